/**
 * The Java agent: {@code premain}, its option string, the class filter, the transformer and the per-mode parts
 * (what is instrumented, what is written at shutdown). Defines {@link workbench.agent.rt} in the bootstrap class loader.
 */
package workbench.agent;
