/**
 * The runtime instrumented code calls: per-thread shadow stacks and preallocated counters, no allocation and no
 * lock per call. Imports only {@code java.*}, because it is loaded by the bootstrap class loader.
 */
package workbench.agent.rt;
