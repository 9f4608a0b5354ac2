/**
 * The raw trace file the agent writes at shutdown (its format, writer and reader), and its one conversion into the
 * profile model, calibration included.
 */
package workbench.trace;
