package workbench.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which methods the line mode instruments, like the functions line_profiler's {@code @profile} marks.
 *
 * <p>A pattern is {@code CLASS.METHOD} or just {@code METHOD}; {@code *} matches any run of characters and
 * {@code ?} one (see {@link Globs}). CLASS is
 * matched against the fully qualified name ({@code com.acme.Bootstrap}, nested classes with
 * {@code $}) and against the simple name ({@code BoxedBootstrap}), so {@code BoxedBootstrap.confidenceInterval},
 * {@code workbench.workload.*.confidenceInterval} and {@code *Bootstrap.mean} all work. A pattern without a dot
 * matches the method name in any class the agent transforms.
 */
public final class FunctionSelector {

    /** The workload's confidence-interval methods: the document's {@code @profile}d function. */
    public static final String DEFAULT_PATTERN = "workbench.workload.*.confidenceInterval";

    private final List<String> patterns;
    private final List<Pattern[]> compiled = new ArrayList<>();

    /**
     * @param patterns one or more patterns
     * @throws IllegalArgumentException naming a pattern that is empty or ends with a dot
     */
    public FunctionSelector(List<String> patterns) {
        if (patterns.isEmpty()) throw new IllegalArgumentException("no function pattern given");
        this.patterns = List.copyOf(patterns);
        for (String p : patterns) {
            String t = p.trim();
            int dot = t.lastIndexOf('.');
            String cls = dot < 0 ? "*" : t.substring(0, dot);
            String method = t.substring(dot + 1);
            if (method.isEmpty() || cls.isEmpty()) {
                throw new IllegalArgumentException("bad function pattern '" + p
                        + "' (expected CLASS.METHOD or METHOD)");
            }
            compiled.add(new Pattern[] {Globs.compile(cls), Globs.compile(method)});
        }
    }

    /** @return the selector for {@link #DEFAULT_PATTERN} */
    public static FunctionSelector defaults() {
        return new FunctionSelector(List.of(DEFAULT_PATTERN));
    }

    /** @return the patterns as given */
    public List<String> patterns() {
        return patterns;
    }

    /**
     * @param internalClassName e.g. {@code workbench/workload/BoxedBootstrap}
     * @param methodName        e.g. {@code confidenceInterval}
     * @return whether some pattern selects the method
     */
    public boolean matches(String internalClassName, String methodName) {
        String fq = internalClassName.replace('/', '.');
        String simple = fq.substring(fq.lastIndexOf('.') + 1);
        for (Pattern[] p : compiled) {
            if (p[1].matcher(methodName).matches()
                    && (p[0].matcher(fq).matches() || p[0].matcher(simple).matches())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param internalClassName a class about to be loaded
     * @return whether some pattern could select a method of it (lets the agent skip other classes early)
     */
    public boolean mayMatchClass(String internalClassName) {
        String fq = internalClassName.replace('/', '.');
        String simple = fq.substring(fq.lastIndexOf('.') + 1);
        for (Pattern[] p : compiled) {
            if (p[0].matcher(fq).matches() || p[0].matcher(simple).matches()) return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return String.join(",", patterns);
    }
}
