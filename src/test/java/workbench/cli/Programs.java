package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Programs that are not the workbench's, compiled for a test from source text, and the workbench and plain
 * {@code java} run on them in processes of their own, where stdin, stdout, stderr and the exit code are real.
 */
final class Programs {

    /** What a process did. */
    record Run(int code, String out, String err) {
    }

    private Programs() {
    }

    /**
     * @param dir       where the classes go ({@code dir/classes})
     * @param sources   file path (by package) to source text
     * @param classPath what the sources compile against, may be empty
     * @return the classes directory
     */
    static Path compile(Path dir, Map<String, String> sources, List<Path> classPath) throws IOException {
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("--release", "17", "-g", "-d", classes.toString()));
        if (!classPath.isEmpty()) {
            args.add("-cp");
            args.add(String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        }
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path f = src.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
            args.add(f.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "compiling " + sources.keySet());
        return classes;
    }

    /**
     * @param jar       the jar to write
     * @param classes   a directory whose files go in, by their relative paths
     * @param mainClass its Main-Class, or {@code null}
     * @param classPath its Class-Path, or {@code null}
     */
    static Path jar(Path jar, Path classes, String mainClass, String classPath) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        if (classPath != null) m.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, m);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** @return the shaded workbench jar the build made */
    static Path workbenchJar() {
        String jar = System.getProperty("workbench.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "the shaded jar: " + jar);
        return Path.of(jar);
    }

    /** @return this JVM's {@code java} */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * @param dir   where stdout and stderr are kept
     * @param stdin what the process reads
     * @param cmd   the command
     * @return how it ended
     */
    static Run run(Path dir, String stdin, List<String> cmd) throws IOException, InterruptedException {
        Path in = Files.createTempFile(dir, "in", ".txt");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Files.writeString(in, stdin);
        Process p = new ProcessBuilder(cmd).redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Where {@link #onTerminal} runs a program: util-linux's {@code script}, which gives it a terminal of its own. */
    static final Path SCRIPT = Path.of("/usr/bin/script");

    /** The columns of the terminal {@link #onTerminal} gives a program (JLine's dumb terminal reports 0). */
    static final int COLUMNS = 132;

    /**
     * Runs a command on a pseudo-terminal of {@link #COLUMNS} columns, {@code TERM=xterm-256color}, without {@code CI}
     * in its environment (which hides {@code run}'s progress bar): its stdin, stdout and stderr are that terminal.
     *
     * @param dir where the terminal's output is kept
     * @param cmd the command
     * @return how it ended; {@code out} is everything written to the terminal, {@code \r\n} line ends and all
     */
    static Run onTerminal(Path dir, List<String> cmd) throws IOException, InterruptedException {
        StringBuilder shell = new StringBuilder("unset CI; stty cols " + COLUMNS + " rows 40 && ");
        shell.append("TERM=xterm-256color exec");
        for (String word : cmd) shell.append(" '").append(word.replace("'", "'\\''")).append('\'');
        return run(dir, "", List.of(SCRIPT.toString(), "-qec", shell.toString(), "/dev/null"));
    }

    /** @return {@code java -jar workbench.jar profile ARGS} */
    static List<String> workbench(String... args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-jar", workbenchJar().toString(), "profile"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** @return {@code java WORDS}: the program as it runs without the workbench */
    static List<String> plain(List<String> words) {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(words);
        return cmd;
    }

    /** @return the words after {@code --} */
    static List<String> with(List<String> workbench, List<String> words) {
        List<String> cmd = new ArrayList<>(workbench);
        cmd.add("--");
        cmd.addAll(words);
        return cmd;
    }
}
