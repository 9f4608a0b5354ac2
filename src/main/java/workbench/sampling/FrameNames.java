package workbench.sampling;

import workbench.model.FrameKey;

/**
 * Names sampled frames the way the deterministic mode names traced ones: {@code File.java:line} and
 * {@code Class.method}, with the class's simple name (nested classes as {@code Outer.Inner}).
 *
 * <p>Recordings carry no source file names, so the file is derived from the class: the outermost class's simple
 * name plus {@code .java}, which is where javac puts nested, local and lambda classes too.
 */
final class FrameNames {

    private static final String LAMBDA = "$$Lambda";

    private FrameNames() {
    }

    /**
     * @param className binary class name as a recording gives it, e.g. {@code java.util.Random} or
     *                  {@code a.B$$Lambda.0x0000000800c03000} (hidden class)
     * @param method    method name
     * @param line      the line being executed, or 0 (or negative) when unknown
     * @return the frame's key
     */
    static FrameKey javaFrame(String className, String method, int line) {
        String simple = className.substring(className.lastIndexOf('.', lambdaStart(className)) + 1);
        int dollar = simple.indexOf('$');
        String outer = dollar > 0 ? simple.substring(0, dollar) : simple;
        return new FrameKey(outer + ".java", Math.max(line, 0), displayClass(simple) + "." + method);
    }

    /**
     * A frame of native code (only async-profiler records them): a built-in, like cProfile's C functions.
     *
     * @param library the library, empty for the kernel
     * @param symbol  the function's symbol
     * @param kernel  whether it is a kernel frame
     * @return {@code {libjvm.so`Symbol}} style key, with async-profiler's {@code _[k]} suffix for the kernel
     */
    static FrameKey nativeFrame(String library, String symbol, boolean kernel) {
        String name = kernel ? symbol + "_[k]" : library.isEmpty() ? symbol : library + "`" + symbol;
        return new FrameKey(FrameKey.BUILTIN_FILE, 0, name);
    }

    /** Hidden lambda classes ({@code Outer$$Lambda/0x...} or {@code .0x...}) become {@code Outer$$Lambda}. */
    private static String displayClass(String simple) {
        int lambda = simple.indexOf(LAMBDA);
        if (lambda >= 0) return simple.substring(0, lambda).replace('$', '.') + LAMBDA;
        return simple.replace('$', '.');
    }

    /** @return where a hidden class's suffix starts (its dots are not package separators), else the end */
    private static int lambdaStart(String className) {
        int lambda = className.indexOf(LAMBDA);
        return lambda >= 0 ? lambda : className.length();
    }
}
