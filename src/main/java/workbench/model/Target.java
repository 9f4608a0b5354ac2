package workbench.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What program a run profiled: two runs of the same target can be compared row by row.
 *
 * @param mainClass the program's main class
 * @param args      its arguments
 * @param workload  for the workbench's own workload, its parameters ({@code n}, {@code iterations}, {@code runs},
 *                  {@code alpha}, {@code variant}, {@code seed}, {@code data}) in that order; empty for any other
 *                  program
 */
public record Target(String mainClass, List<String> args, Map<String, String> workload) {

    public Target {
        args = List.copyOf(args);
        workload = Collections.unmodifiableMap(new LinkedHashMap<>(workload)); // keeps the order, unlike Map.copyOf
    }

    /** @return one short phrase: {@code boxed n=100000 10x4}, or the main class and its arguments */
    public String describe() {
        if (workload.isEmpty()) return (mainClass + " " + String.join(" ", args)).trim();
        StringBuilder s = new StringBuilder(workload.getOrDefault("variant", "?"));
        if (workload.containsKey("data")) s.append(" data=").append(workload.get("data"));
        else s.append(" n=").append(workload.getOrDefault("n", "?"));
        s.append(' ').append(workload.getOrDefault("iterations", "?")).append('x')
                .append(workload.getOrDefault("runs", "?"));
        return s.toString();
    }
}
