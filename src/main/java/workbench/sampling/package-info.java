/**
 * Sampling profilers for the child JVM: JDK Flight Recorder and async-profiler set-up, and the reading of their
 * recordings into the model's sampled stacks. Depends only on {@code model}.
 */
package workbench.sampling;
