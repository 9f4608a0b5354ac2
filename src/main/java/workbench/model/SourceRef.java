package workbench.model;

/**
 * Where a method or a line is in the sources.
 *
 * @param path the source file relative to its source root ({@code workbench/workload/Data.java}), or {@code ""}
 *             when unknown (native code)
 * @param line a line number: a function's first line, or the sampled or counted line; 0 when unknown
 */
public record SourceRef(String path, int line) {

    /** Where nothing is known. */
    public static final SourceRef UNKNOWN = new SourceRef("", 0);

    public SourceRef {
        if (path == null) throw new IllegalArgumentException("a SourceRef's path is \"\" when unknown, not null");
        if (line < 0) line = 0;
    }

    /**
     * @param method the method whose source this is
     * @param sourceFile the class file's {@code SourceFile} attribute, or {@code null}
     * @param line     the line
     * @return the source path by package (the way javac lays sources out), the outer class's {@code .java} when the
     *         class file does not say
     */
    public static SourceRef of(MethodId method, String sourceFile, int line) {
        String file = sourceFile != null && !sourceFile.isEmpty() ? sourceFile : method.outerClassName() + ".java";
        String pkg = method.packageName();
        return new SourceRef(pkg.isEmpty() ? file : pkg.replace('.', '/') + "/" + file, line);
    }

    /** @return the file name without directories: pstats' {@code strip_dirs} */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** @return the same file at another line */
    public SourceRef atLine(int newLine) {
        return new SourceRef(path, newLine);
    }
}
