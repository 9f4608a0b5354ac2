package workbench.model;

/**
 * Frames for tests, built the way the recorders build them: a Java frame's source path comes from its class's package
 * ({@code workbench.workload.Data} → {@code workbench/workload/Data.java}).
 */
public final class Frames {

    private Frames() {
    }

    /**
     * @param className  binary class name with dots ({@code workbench.workload.Data}, {@code a.Outer$Inner})
     * @param method     method name
     * @param descriptor method descriptor, {@code ""} when unknown
     * @param line       the method's first line (traced) or the sampled line
     * @return a Java frame whose source is the outer class's {@code .java} in the package's directory
     */
    public static Frame java(String className, String method, String descriptor, int line) {
        MethodId id = new MethodId(className, method, descriptor);
        return new Frame(id, SourceRef.of(id, null, line), Frame.Kind.JAVA);
    }

    /** @return a Java frame of unknown descriptor */
    public static Frame java(String className, String method, int line) {
        return java(className, method, "", line);
    }

    /** @return a call into code that was not instrumented: {@code {java.util.Random.nextInt}} */
    public static Frame builtin(String className, String method) {
        return new Frame(new MethodId(className, method, ""), SourceRef.UNKNOWN, Frame.Kind.BUILTIN);
    }

    /**
     * @param library the library ({@code libjvm.so}), {@code [kernel]}, or {@code ""}
     * @param symbol  the native symbol
     * @return a native frame
     */
    public static Frame nativeCode(String library, String symbol) {
        return new Frame(new MethodId(library, symbol, ""), SourceRef.UNKNOWN, Frame.Kind.NATIVE);
    }

    /** {@code workbench.workload.Data.randint(II)I} at line 23: {@code Data.java:23(Data.randint)}. */
    public static final Frame RANDINT = java("workbench.workload.Data", "randint", "(II)I", 23);
}
