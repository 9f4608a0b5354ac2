package workbench.model;

import java.util.Locale;

/**
 * Which JIT compilers ran the sampled code, which decides how far a sample's line can be trusted: C2 compiles with
 * debug information only at some points, and a sample between them is given a nearby point's line (Burchell and
 * Marr, "Don't Trust Your Profiler", MPLR 2023); C1 alone keeps lines right and runs the code slower.
 */
public enum JitMode {
    /** The JVM as it runs: tiered compilation up to C2. */
    C2,
    /** C1 only ({@code -XX:TieredStopAtLevel=1}). */
    C1,
    /**
     * C2 without inlining ({@code -XX:-Inline}): a compiled frame is one method again, so its debug information
     * names the right line; on the boxed workload it costs about 1.5x where C1 costs 1.7x.
     */
    C2_NO_INLINE,
    /** The recording does not say. */
    UNKNOWN;

    /** @return the name on the command line */
    public String cliName() {
        return this == C2_NO_INLINE ? "c2-noinline" : name().toLowerCase(Locale.ROOT);
    }

    /** @return the JVM option that selects this mode, {@code ""} for the JVM as it runs */
    public String jvmOption() {
        return switch (this) {
            case C1 -> "-XX:TieredStopAtLevel=1";
            case C2_NO_INLINE -> "-XX:-Inline";
            case C2, UNKNOWN -> "";
        };
    }

    /**
     * @param name {@code c2}, {@code c1} or {@code c2-noinline}
     * @return the mode
     * @throws IllegalArgumentException for any other name
     */
    public static JitMode fromCliName(String name) {
        if (name.equalsIgnoreCase("c1")) return C1;
        if (name.equalsIgnoreCase("c2")) return C2;
        if (name.equalsIgnoreCase("c2-noinline")) return C2_NO_INLINE;
        throw new IllegalArgumentException("--jit must be c2, c1 or c2-noinline, got '" + name + "'");
    }

    /** @return one line for a sampled table's header on how far its lines can be trusted, {@code ""} when unknown */
    public String attributionNote() {
        return switch (this) {
            case C2 -> "Lines: C2-compiled code, where a sample takes the line of the nearest debug-information point,"
                    + " often a neighbour's (--jit c1: right lines, slower code)";
            case C1 -> "Lines: C1 only (-XX:TieredStopAtLevel=1): right lines, code slower than under C2";
            case C2_NO_INLINE -> "Lines: C2 without inlining (-XX:-Inline): right lines, code slower than with inlining";
            case UNKNOWN -> "";
        };
    }
}
