/**
 * The runtime instrumented code calls: per-thread shadow stacks and sparse counters, which grow (by doubling) only on
 * a thread's first call of a function or edge, so no allocation and no lock per call otherwise; finished threads are
 * folded into totals. Imports only {@code java.*}, because it is loaded by the bootstrap class loader.
 */
package workbench.agent.rt;
