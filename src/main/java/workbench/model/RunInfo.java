package workbench.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was run, how and where: everything a saved run needs to be compared with another one later.
 *
 * @param id          the saved run's id (its file name under {@code profiles/} without extension)
 * @param mode        {@code deterministic}, {@code sampling}, {@code line} or {@code plain}
 * @param startedAt   ISO-8601 instant the child JVM was started
 * @param command     the child JVM's full command line
 * @param options     the workload and mode options as given (name to value), for display and comparison
 * @param javaVersion {@code java.version} of the child JVM
 * @param host        host name
 * @param cores       available processors
 * @param wallNanos   wall time of the child JVM, from start to exit, as seen by the driver
 * @param exitCode    the child's exit code
 */
public record RunInfo(String id, String mode, String startedAt, List<String> command, Map<String, String> options,
                      String javaVersion, String host, int cores, long wallNanos, int exitCode) {

    public RunInfo {
        command = List.copyOf(command);
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options)); // keeps the order given, unlike Map.copyOf
    }

    /** @return a copy with the given id */
    public RunInfo withId(String newId) {
        return new RunInfo(newId, mode, startedAt, command, options, javaVersion, host, cores, wallNanos, exitCode);
    }
}
