/**
 * One function's (or line's) cost over the saved runs of a target and mode, oldest first, and the point where its
 * share changed by more than the runs' noise: {@code workbench history}.
 */
package workbench.history;
