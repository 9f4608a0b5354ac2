/**
 * {@code workbench overhead}: what each profiler costs on the workload and how it bends what it shows, measured in
 * interleaved child JVMs, summarised with the statistics of {@code compare} and said in words computed from the
 * figures.
 */
package workbench.overhead;
