package workbench.model;

import java.util.Locale;

/** Which threads' samples a profile keeps. */
public enum ThreadScope {
    /** The program's own threads (main, pool workers): the JVM's compiler, GC and JFR threads left out. */
    WORKLOAD,
    /** Every thread, the JVM's own included. */
    ALL;

    /** @return the name on the command line */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param name {@code workload} or {@code all}
     * @return the scope
     * @throws IllegalArgumentException for any other name
     */
    public static ThreadScope fromCliName(String name) {
        for (ThreadScope t : values()) {
            if (t.cliName().equals(name)) return t;
        }
        throw new IllegalArgumentException("--threads must be workload or all, got '" + name + "'");
    }
}
