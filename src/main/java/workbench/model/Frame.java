package workbench.model;

/**
 * A function as one mode saw it: its identity, where its source is, and what kind of code it is.
 *
 * <p>In the deterministic and line modes {@link #source()}'s line is the method's first line; in a sampled stack it is
 * the line being executed. Identity is the {@link #method()}: maps, merges and diffs key on it (and on the line for
 * per-line data), so that a function matches across modes and across edits that move it.
 *
 * @param method the method
 * @param source its source file and line
 * @param kind   what sort of code
 */
public record Frame(MethodId method, SourceRef source, Kind kind) implements Comparable<Frame> {

    /** What sort of code a frame is. */
    public enum Kind {
        /** Java code that was instrumented or sampled with its line. */
        JAVA,
        /** A call into Java code that was not instrumented (the JDK), counted at its call sites: cProfile's built-ins. */
        BUILTIN,
        /** Native code: the JVM, a library, the kernel (sampled stacks only). */
        NATIVE
    }

    /** @return the line the frame is at (first line of a function, or the sampled line), 0 when unknown */
    public int line() {
        return source.line();
    }

    /** @return this frame with its line dropped, so that samples at different lines of a function merge */
    public Frame functionOnly() {
        return source.line() == 0 ? this : new Frame(method, source.atLine(0), kind);
    }

    /** @return the identity of this frame's line */
    public LineId lineId() {
        return new LineId(method, source.line());
    }

    /** Orders by method, then line. */
    @Override
    public int compareTo(Frame o) {
        int c = method.compareTo(o.method);
        return c != 0 ? c : Integer.compare(line(), o.line());
    }
}
