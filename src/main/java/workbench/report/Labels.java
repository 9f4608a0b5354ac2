package workbench.report;

import java.util.function.ToIntFunction;
import workbench.model.Frame;
import workbench.model.MethodId;

/**
 * How the reports name functions and lines: the model keeps identities ({@link MethodId}, source paths), the tables
 * show labels. pstats' {@code strip_dirs} is a choice here: stripped (the default, as cProfile prints) names a file
 * without its directories and a class without its package; unstripped gives the source path and the binary class
 * name, which tell apart two classes of one simple name.
 *
 * <p>A sampled function has no line of its own (a sample gives the line being executed): its row shows the method's
 * first line when {@code firstLines} knows it (read from the class file, as the deterministic mode has it), else no
 * line at all ({@code Shift.java(Shift.beta)}), never {@code :0}.
 *
 * @param stripDirs  whether to drop directories and packages
 * @param firstLines a method's first line for frames that have none, 0 when unknown
 */
public record Labels(boolean stripDirs, ToIntFunction<MethodId> firstLines) {

    /** @param stripDirs whether to drop directories and packages; functions without a line show none */
    public Labels(boolean stripDirs) {
        this(stripDirs, m -> 0);
    }

    /**
     * @param lines where a sampled function's first line comes from
     * @return these labels, with first lines for functions that have no line
     */
    public Labels withFirstLines(ToIntFunction<MethodId> lines) {
        return new Labels(stripDirs, lines);
    }

    /** The file cProfile gives built-in functions; ours for calls into code not instrumented, and native code. */
    public static final String BUILTIN_FILE = "~";

    /** Stripped, as pstats prints after {@code strip_dirs()}. */
    public static final Labels STRIPPED = new Labels(true);

    /** @return the frame's file: its source file, or {@code ~} for built-ins and native code */
    public String file(Frame f) {
        if (f.kind() != Frame.Kind.JAVA) return BUILTIN_FILE;
        return stripDirs ? f.source().fileName() : f.source().path();
    }

    /**
     * @return the function's name: {@code Outer.Inner.method} (stripped) or {@code pkg.Outer$Inner.method}; a
     *         built-in's full {@code java.util.Random.nextInt}; native code's {@code libjvm.so`Symbol} or
     *         {@code symbol_[k]} for the kernel, as async-profiler writes them
     */
    public String function(Frame f) {
        MethodId m = f.method();
        return switch (f.kind()) {
            case BUILTIN -> m.className() + "." + m.method();
            case NATIVE -> m.className().equals("[kernel]") ? m.method() + "_[k]"
                    : m.className().isEmpty() ? m.method() : m.className() + "`" + m.method();
            case JAVA -> (stripDirs ? displayClass(m.simpleClassName()) : m.className()) + "." + m.method();
        };
    }

    /** @return pstats' {@code func_std_string}: {@code file:line(function)}, or {@code {function}} for built-ins */
    public String label(Frame f) {
        if (f.kind() != Frame.Kind.JAVA) return "{" + function(f) + "}";
        int line = f.line() > 0 ? f.line() : firstLines.applyAsInt(f.method());
        return file(f) + (line > 0 ? ":" + line : "") + "(" + function(f) + ")";
    }

    /** statprof's name of a line: {@code file:line:function}. */
    public String line(Frame f) {
        return file(f) + ":" + f.line() + ":" + function(f);
    }

    /** statprof's name of a function: {@code file:function}. */
    public String functionOnly(Frame f) {
        return file(f) + ":" + function(f);
    }

    /** Nested classes as {@code Outer.Inner}; a lambda class as {@code Outer$$Lambda}. */
    static String displayClass(String simple) {
        int lambda = simple.indexOf("$$Lambda");
        if (lambda >= 0) return simple.substring(0, lambda).replace('$', '.') + "$$Lambda";
        return simple.replace('$', '.');
    }
}
