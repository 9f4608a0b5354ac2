package workbench.overhead;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import workbench.session.ModeDescriptor;
import workbench.session.ModeDescriptors;
import workbench.session.ModeRecorder;

/**
 * The configurations an overhead study can run: the workload plain, under each profiler, the JFR recorder with
 * every event off, the reference for distortion, and the Python port under the document's own profilers.
 */
public enum Configuration {
    /** No profiler: the baseline of every slowdown. */
    PLAIN("plain", "plain", "", Shares.NONE),
    /** Our tracing agent, calibrated. */
    DETERMINISTIC("deterministic", "deterministic", "call", Shares.FUNCTIONS),
    /** The hybrid mode: our agent counting calls without a clock, times from async-profiler at 1 ms. */
    HYBRID("hybrid", "deterministic hybrid", "call", Shares.FUNCTIONS),
    /** async-profiler, CPU, 1 ms. */
    ASYNC_1MS("async-1ms", "sampling async 1ms", "sample", Shares.FUNCTIONS),
    /** async-profiler, CPU, 10 ms. */
    ASYNC_10MS("async-10ms", "sampling async 10ms", "sample", Shares.FUNCTIONS),
    /** JFR execution samples, 1 ms. */
    JFR_1MS("jfr-1ms", "sampling jfr 1ms", "sample", Shares.FUNCTIONS),
    /** JFR execution samples, 10 ms. */
    JFR_10MS("jfr-10ms", "sampling jfr 10ms", "sample", Shares.FUNCTIONS),
    /** The JFR recorder on with every event off: its on-cost apart from sampling. */
    JFR_OFF("jfr-off", "jfr, no events", "", Shares.NONE),
    /** Line counters only. */
    LINE_HITS("line-hits", "line hits", "hit", Shares.NONE),
    /** Line counters and a timestamp per line start. */
    LINE_EXACT("line-exact", "line exact", "hit", Shares.LINES),
    /** Line counters, times from async-profiler at 1 ms (C2). */
    LINE_SAMPLED("line-sampled", "line sampled", "hit", Shares.LINES),
    /** async-profiler at 10 ms with C1 only: least intrusive and right about lines; the distortion reference. */
    REFERENCE("reference", "reference (async 10ms c1)", "sample", Shares.BOTH),
    /** The Python port, plain. */
    PYTHON_PLAIN("python", "python plain", "", Shares.NONE),
    /** The Python port under cProfile. */
    PYTHON_CPROFILE("python-cprofile", "python cProfile", "", Shares.NONE),
    /** The Python port under line_profiler. */
    PYTHON_LINE_PROFILER("python-line-profiler", "python line_profiler", "", Shares.NONE);

    /** What a configuration's profile tells about where the time goes. */
    enum Shares {
        /** Nothing: no profile, or counts only. */
        NONE,
        /** Time shares per function. */
        FUNCTIONS,
        /** Time shares per line of {@code confidenceInterval}. */
        LINES,
        /** Both. */
        BOTH;

        boolean functions() {
            return this == FUNCTIONS || this == BOTH;
        }

        boolean lines() {
            return this == LINES || this == BOTH;
        }
    }

    private final String cliName;
    private final String label;
    private final String event;
    private final Shares shares;

    Configuration(String cliName, String label, String event, Shares shares) {
        this.cliName = cliName;
        this.label = label;
        this.event = event;
        this.shares = shares;
    }

    /** @return the name {@code --modes} takes */
    public String cliName() {
        return cliName;
    }

    /** @return the table's and the saved study's name */
    public String label() {
        return label;
    }

    /** @return what one event is ({@code call}, {@code sample}, {@code hit}), {@code ""} when no cost per event */
    public String event() {
        return event;
    }

    Shares shares() {
        return shares;
    }

    /** @return whether this runs the Python port rather than our workload */
    public boolean python() {
        return name().startsWith("PYTHON");
    }

    /** @return the configuration its slowdown is measured against: plain, or Python plain */
    public Configuration baseline() {
        return python() ? PYTHON_PLAIN : PLAIN;
    }

    /** @return the configurations {@code --modes} may name: every JVM one but plain and the reference, always run */
    public static List<Configuration> selectable() {
        List<Configuration> out = new ArrayList<>();
        for (Configuration c : values()) if (c != PLAIN && c != REFERENCE && !c.python()) out.add(c);
        return out;
    }

    /**
     * @param label a saved study's configuration label
     * @return the configuration, or {@code null} for one this build does not know
     */
    public static Configuration ofLabel(String label) {
        for (Configuration c : values()) if (c.label.equals(label)) return c;
        return null;
    }

    /**
     * Reads {@code --modes}: configuration names, or a family ({@code sampling}, {@code line}, {@code jfr},
     * {@code async}) for all of its members.
     *
     * @param names what the user typed, already split at commas
     * @return the configurations asked for, plain and the reference first, in the table's order
     * @throws IllegalArgumentException naming the first unknown name
     */
    public static List<Configuration> parse(List<String> names) {
        List<Configuration> chosen = new ArrayList<>(List.of(PLAIN));
        for (String raw : names) {
            String n = raw.trim().toLowerCase(Locale.ROOT);
            List<Configuration> match = matching(n, selectable());
            if (match.isEmpty() && !n.equals("plain") && !n.equals("reference")) {
                throw new IllegalArgumentException("unknown mode '" + raw + "' for --modes (expected "
                        + String.join(", ", selectable().stream().map(Configuration::cliName).toList())
                        + ", or sampling, async, jfr, line)");
            }
            chosen.addAll(match);
        }
        chosen.add(REFERENCE);
        return chosen.stream().distinct().sorted().toList();
    }

    /**
     * @param name  a name {@code --modes} took, trimmed and in lower case
     * @param among the configurations it may name
     * @return those it names: the one of that name, or a family's ({@code sampling}, {@code async}, {@code jfr},
     *         {@code line}) members
     */
    public static List<Configuration> matching(String name, List<Configuration> among) {
        return among.stream().filter(c -> c.cliName.equals(name) || c.cliName.startsWith(name + "-")
                || name.equals("sampling") && c.label.startsWith("sampling")).toList();
    }

    /**
     * @return the recorder of a profiled configuration, as its mode's descriptor makes it
     *         ({@link ModeDescriptor#studyConfigurations}); a fresh one per child (a recorder keeps what it configured)
     * @throws IllegalArgumentException for plain, the JFR on-cost and the Python rows, which have none
     */
    public ModeRecorder recorder() {
        return ModeDescriptors.studyRecorder(cliName);
    }

    /**
     * @param program the program profiled ({@code null} for the workload): by default its own code is instrumented
     * @return {@link #recorder()} for that program
     */
    public ModeRecorder recorder(workbench.session.ProgramCommand program) {
        return ModeDescriptors.studyRecorder(cliName, program);
    }

    /**
     * @param program   the program profiled ({@code null} for the workload)
     * @param functions the functions a line mode profiles line by line, empty for its default
     * @return {@link #recorder(workbench.session.ProgramCommand)} with those functions
     */
    public ModeRecorder recorder(workbench.session.ProgramCommand program, List<String> functions) {
        return ModeDescriptors.studyRecorder(cliName, program, functions);
    }

    /**
     * @param program    the program profiled ({@code null} for the workload)
     * @param warmupRuns the runs its children leave out first
     * @param warmupAt   the method whose calls start the runs ({@code Class.method})
     * @return {@link #recorder(workbench.session.ProgramCommand)} leaving that warm-up out of its counts
     * @throws IllegalArgumentException for a configuration that cannot leave a warm-up out
     */
    public ModeRecorder recorder(workbench.session.ProgramCommand program, int warmupRuns, String warmupAt) {
        return ModeDescriptors.studyRecorder(cliName, program, warmupRuns, warmupAt);
    }
}
