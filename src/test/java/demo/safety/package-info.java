/**
 * Target programs for the agent's safety tests ({@code workbench.validation.AgentSafetyIT}): real programs that use
 * what the JVM allows and the agent must survive, each printing its own deterministic output and exiting with a
 * known code. They live outside {@code workbench.*}, which the agent's default selection leaves out.
 */
package demo.safety;
