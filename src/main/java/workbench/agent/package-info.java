/**
 * The Java agent: {@code premain}, its option string, the class filter, the transformer and the per-mode parts
 * (what is instrumented, what is written at shutdown). Puts {@link workbench.agent.rt} on the bootstrap class path.
 */
package workbench.agent;
