/**
 * Profiles written in other tools' formats: async-profiler's HTML flame graph, and its differential flame graph of
 * two profiles scaled to the same total; and {@code workbench export}'s formats, a class each, each an
 * {@link Exporter} registered once in {@link ExportFormat}, which makes the command's help and refusals. Depends on
 * {@code model}, {@code io} (atomic writes), {@code report} (frame labels) and the libraries whose formats it writes.
 */
package workbench.export;
