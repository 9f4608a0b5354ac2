package workbench.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import workbench.model.Target;

/**
 * A real program nobody here wrote: the JDK's own compiler ({@code com.sun.tools.javac.Main}, module
 * {@code jdk.compiler}) compiling a generated source file whose shape is known, so that some of the parser's call
 * counts are known exactly.
 */
public final class JavacProgram {

    /** javac's entry point, which the launcher finds in {@code jdk.compiler} through the application loader. */
    public static final String MAIN = "com.sun.tools.javac.Main";
    /** Its parser's package, as an include pattern: an explicit include is what lets the agent into the JDK. */
    public static final String PARSER = "com.sun.tools.javac.parser.*";
    /** The class the generated source declares. */
    public static final String CLASS = "Generated";
    /** Lines per generated method. */
    private static final int LINES_PER_METHOD = 4;

    private JavacProgram() {
    }

    /**
     * @param lines about how many lines the file should have
     * @return how many methods such a file declares
     */
    public static int methodsFor(int lines) {
        return Math.max(1, (lines - 2) / LINES_PER_METHOD);
    }

    /**
     * Writes {@code Generated.java}: a class of {@code methods} small methods, four lines each, which call each
     * other so that the compiler has names to resolve.
     *
     * @param dir     where to write it
     * @param methods how many methods
     * @return the file
     */
    public static Path source(Path dir, int methods) throws IOException {
        StringBuilder sb = new StringBuilder("public class " + CLASS + " {\n");
        for (int k = 0; k < methods; k++) {
            sb.append("    static int m").append(k).append("(int x) {\n");
            sb.append("        int y = x * ").append(k % 97).append(" + 1;\n");
            sb.append("        return y > 10 ? ").append(k == 0 ? "y - 3" : "m" + (k - 1) + "(y - 10)")
                    .append(" : y + 3;\n");
            sb.append("    }\n");
        }
        sb.append("}\n");
        return Files.writeString(Files.createDirectories(dir).resolve(CLASS + ".java"), sb.toString());
    }

    /**
     * @param source the file to compile
     * @param out    where the class file goes (created)
     * @return javac compiling it, with no annotation processing (nothing to look for on the class path)
     */
    public static Target compile(Path source, Path out) throws IOException {
        Files.createDirectories(out);
        return new Target(MAIN, List.of("-proc:none", "-implicit:none", "-d", out.toString(), source.toString()),
                Map.of());
    }
}
