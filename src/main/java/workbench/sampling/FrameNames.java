package workbench.sampling;

import workbench.model.Frame;
import workbench.model.MethodId;
import workbench.model.SourceRef;

/**
 * Gives sampled frames the identity the deterministic and line modes give traced ones: a {@link MethodId} and a
 * {@link SourceRef}.
 *
 * <p>Recordings carry no source file names, so the file is derived from the class: its package path and the outermost
 * class's simple name plus {@code .java}, which is where javac puts nested, local and lambda classes too. A hidden
 * lambda class's address ({@code $$Lambda$14/0x0000000800c0b000} on JDK 17, {@code $$Lambda/0x...} or
 * {@code $$Lambda.0x...} later) changes from run to run, so it is dropped: every lambda of a class is
 * {@code Outer$$Lambda}.
 */
final class FrameNames {

    private static final String LAMBDA = "$$Lambda";

    private FrameNames() {
    }

    /**
     * @param className  binary class name as a recording gives it, e.g. {@code java.util.Random}
     * @param method     method name
     * @param descriptor method descriptor, {@code ""} when the recording does not give it
     * @param line       the line being executed, or 0 (or negative) when unknown
     * @return the frame
     */
    static Frame javaFrame(String className, String method, String descriptor, int line) {
        MethodId id = new MethodId(stableClassName(className), method, descriptor == null ? "" : descriptor);
        return new Frame(id, SourceRef.of(id, null, Math.max(line, 0)), Frame.Kind.JAVA);
    }

    /**
     * A frame of native code (only async-profiler records them).
     *
     * @param library the library, empty for the kernel or when unknown
     * @param symbol  the function's symbol
     * @param kernel  whether it is a kernel frame
     * @return the frame: its "class" is the library, or {@link #KERNEL}
     */
    static Frame nativeFrame(String library, String symbol, boolean kernel) {
        return new Frame(new MethodId(kernel ? KERNEL : library, symbol, ""), SourceRef.UNKNOWN, Frame.Kind.NATIVE);
    }

    /** The "library" of kernel frames. */
    static final String KERNEL = "[kernel]";

    /** {@code a.B$$Lambda$14/0x0000000800c0b000}, {@code a.B$$Lambda/0x...}, {@code a.B$$Lambda.0x...} become {@code a.B$$Lambda}. */
    static String stableClassName(String className) {
        int lambda = className.indexOf(LAMBDA);
        return lambda < 0 ? className : className.substring(0, lambda + LAMBDA.length());
    }
}
