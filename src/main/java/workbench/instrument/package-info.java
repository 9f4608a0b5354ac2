/**
 * ASM rewriting of classes for the agent's modes, and the table of the ids the probes push. Knows the runtime's
 * classes only by their internal names.
 */
package workbench.instrument;
