/**
 * The profile model: immutable records every mode produces and every table, export and store consumes.
 * Depends on nothing else in workbench.
 */
package workbench.model;
