/**
 * How cost grows: {@code sweep} runs the workload over a grid of sizes, iterations, variants and modes, fits the
 * growth exponent of each series, and prints and charts it; {@code history} follows one function's share over saved
 * runs and flags where it changed.
 */
package workbench.growth;
