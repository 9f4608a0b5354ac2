package workbench.model;

/**
 * Identifies one function (or, for line-level sampling, one line of a function) the way pstats does:
 * {@code (file, line, name)}.
 *
 * <p>For a method we trace, {@code file} is the source file name, {@code line} the first line of the method and
 * {@code function} is {@code Class.method}. For a call into code we did not instrument (the JDK, like cProfile's
 * built-ins) {@code file} is {@link #BUILTIN_FILE} and {@code line} is 0.
 *
 * @param file     source file name without directories, or {@code "~"} for built-in (uninstrumented) code
 * @param line     first line of the method, or the sampled line; 0 when unknown
 * @param function {@code Class.method}, with the class's simple dotted name
 */
public record FrameKey(String file, int line, String function) implements Comparable<FrameKey> {

    /** The file cProfile gives built-in functions; we give it to calls into uninstrumented code. */
    public static final String BUILTIN_FILE = "~";

    /** @return whether this frame stands for a call into code that was not instrumented */
    public boolean builtin() {
        return BUILTIN_FILE.equals(file);
    }

    /** @return this frame with its line dropped, so that samples at different lines of a function merge */
    public FrameKey functionOnly() {
        return line == 0 ? this : new FrameKey(file, 0, function);
    }

    /** @return pstats' {@code func_std_string}: {@code file:line(function)}, or {@code {function}} for built-ins */
    public String label() {
        return builtin() ? "{" + function + "}" : file + ":" + line + "(" + function + ")";
    }

    /** Orders like pstats' {@code nfl} key: name, then file, then line. */
    @Override
    public int compareTo(FrameKey o) {
        int c = function.compareTo(o.function);
        if (c == 0) c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }

    @Override
    public String toString() {
        return label();
    }
}
