package workbench.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import workbench.instrument.Globs;
import workbench.instrument.ClassSelector;

/**
 * Which classes and methods get probes.
 *
 * <p>Never: the workbench's own machinery, whose probes would trace themselves. Not the JDK (calls into it become
 * call-site rows instead) unless a pattern names a JDK package explicitly, from its first character
 * ({@code com.sun.tools.javac.parser.*}, not {@code *}): an include, or a line-mode function pattern. Only JDK
 * modules an application loader defines ({@code jdk.compiler}, ...) can be reached so. By default everything else
 * loaded by an application class loader, except {@code workbench.*} other than the workload. Patterns are class
 * names with {@code *} (any characters) and {@code ?} (one character), optionally followed by {@code #method} with
 * the same wildcards:
 * {@code workbench.workload.*}, {@code *Bootstrap#confidence*}. With includes, only what they match is
 * instrumented; excludes always win.
 */
public final class ClassFilter implements ClassSelector {

    private static final String[] JDK = {"java/", "javax/", "jdk/", "sun/", "com/sun/", "org/xml/", "org/w3c/",
        "org/ietf/", "org/jcp/"};
    private static final String[] NEVER = {"workbench/agent/", "workbench/instrument/", "workbench/shaded/"};

    private final List<Pattern[]> includes = new ArrayList<>();
    private final List<Pattern[]> excludes = new ArrayList<>();
    private final List<Pattern> namedJdk = new ArrayList<>();

    /**
     * @param includes include patterns (empty: the default selection)
     * @param excludes exclude patterns
     */
    public ClassFilter(List<String> includes, List<String> excludes) {
        this(includes, excludes, List.of());
    }

    /**
     * @param includes  include patterns (empty: the default selection)
     * @param excludes  exclude patterns
     * @param functions the line mode's {@code CLASS.METHOD} patterns: those naming a JDK package let its classes
     *                  through as an include would
     */
    public ClassFilter(List<String> includes, List<String> excludes, List<String> functions) {
        for (String p : includes) {
            this.includes.add(compile(p));
            int hash = p.indexOf('#');
            nameJdk(hash < 0 ? p : p.substring(0, hash));
        }
        for (String p : excludes) this.excludes.add(compile(p));
        for (String f : functions) {
            if (f.lastIndexOf('.') > 0) nameJdk(f.substring(0, f.lastIndexOf('.')));
        }
    }

    private void nameJdk(String classPattern) {
        if (jdk(classPattern.trim().replace('.', '/'))) namedJdk.add(Globs.compile(classPattern.trim()));
    }

    @Override
    public boolean instruments(String internalName) {
        if (internalName == null || never(internalName)) return false;
        String dotted = internalName.replace('/', '.');
        for (Pattern[] p : excludes) {
            if (p[1] == null && p[0].matcher(dotted).matches()) return false;
        }
        if (jdk(internalName)) return namedJdk.stream().anyMatch(p -> p.matcher(dotted).matches());
        if (includes.isEmpty()) {
            return !internalName.startsWith("workbench/") || internalName.startsWith("workbench/workload/");
        }
        for (Pattern[] p : includes) {
            if (p[0].matcher(dotted).matches()) return true;
        }
        return false;
    }

    @Override
    public boolean instruments(String internalName, String method) {
        if (!instruments(internalName)) return false;
        String dotted = internalName.replace('/', '.');
        for (Pattern[] p : excludes) {
            if (p[1] != null && p[0].matcher(dotted).matches() && p[1].matcher(method).matches()) return false;
        }
        if (includes.isEmpty()) return true;
        for (Pattern[] p : includes) {
            if (p[0].matcher(dotted).matches() && (p[1] == null || p[1].matcher(method).matches())) return true;
        }
        return false;
    }

    /**
     * @param internalName a class an application loader defines
     * @return whether it is the program's and this selection leaves it out: not the JDK's, not the workbench's own
     *     (the workload excepted), not selected
     */
    boolean leavesOut(String internalName) {
        if (internalName == null || jdk(internalName) || never(internalName)) return false;
        if (internalName.startsWith("workbench/") && !internalName.startsWith("workbench/workload/")) return false;
        return !instruments(internalName);
    }

    /** @return whether the class belongs to the JDK, which only a pattern naming it explicitly instruments */
    static boolean jdk(String internalName) {
        for (String prefix : JDK) {
            if (internalName.startsWith(prefix)) return true;
        }
        return false;
    }

    private static boolean never(String internalName) {
        for (String prefix : NEVER) {
            if (internalName.startsWith(prefix)) return true;
        }
        return false;
    }

    private static Pattern[] compile(String pattern) {
        int hash = pattern.indexOf('#');
        String cls = hash < 0 ? pattern : pattern.substring(0, hash);
        String method = hash < 0 ? null : pattern.substring(hash + 1);
        return new Pattern[] {Globs.compile(cls), method == null ? null : Globs.compile(method)};
    }
}
