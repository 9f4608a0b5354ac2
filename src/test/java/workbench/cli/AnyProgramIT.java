package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code profile -- JAVA-COMMAND} on programs that are not the workbench's: their stdin, stdout, stderr and exit code
 * are untouched, the profile is written however they end (System.exit, an uncaught exception, --timeout, Ctrl-C),
 * what is instrumented defaults to their own packages, and a program that bundles another ASM than ours runs under
 * every mode exactly as it runs alone: the slim agent jar brings nothing of the CLI onto its class path.
 */
class AnyProgramIT {

    private static final String MAIN = """
            package demo.app;

            import demo.app.util.Words;

            public class Main {
                public static void main(String[] args) throws Exception {
                    String line = new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
                    System.out.println("read " + line);
                    int n = Integer.parseInt(args[0]);
                    long sum = 0;
                    for (int i = 0; i < n; i++) sum += Words.length("w" + i);
                    System.out.println("sum " + sum + " twice " + lib.Other.twice(3));
                    System.err.println("app stderr");
                    switch (args[1]) {
                        case "exit" -> System.exit(3);
                        case "throw" -> throw new IllegalStateException("boom");
                        case "sleep" -> Thread.sleep(120_000);
                        default -> { }
                    }
                }
            }
            """;
    private static final String WORDS = """
            package demo.app.util;

            public class Words {
                public static int length(String s) {
                    return s.length();
                }
            }
            """;
    private static final String OTHER = """
            package lib;

            public class Other {
                public static int twice(int x) {
                    return 2 * x;
                }
            }
            """;
    /** A launcher, as Maven's classworlds is one: it loads the program's real code through a loader of its own. */
    private static final String LAUNCHER = """
            package demo.launch;

            public class Main {
                public static void main(String[] args) throws Exception {
                    java.net.URL[] path = {java.nio.file.Path.of(args[0]).toUri().toURL()};
                    ClassLoader plugins = new java.net.URLClassLoader(path, Main.class.getClassLoader());
                    Class<?> work = plugins.loadClass("plug.Work");
                    System.out.println("sum " + work.getMethod("run", int.class).invoke(null, 300));
                }
            }
            """;
    private static final String PLUGIN = """
            package plug;

            public class Work {
                static int step(int i) {
                    return i % 7;
                }

                public static int run(int n) {
                    int sum = 0;
                    for (int i = 0; i < n; i++) sum += step(i);
                    return sum;
                }
            }
            """;
    /** Uses its own ASM (9.5) and looks for ours and for the CLI's libraries on its class path. */
    private static final String ASM_USER = """
            package asmuser;

            import org.objectweb.asm.ClassReader;
            import org.objectweb.asm.ClassVisitor;
            import org.objectweb.asm.MethodVisitor;
            import org.objectweb.asm.Opcodes;

            public class Main {
                static int count(Class<?> c) throws Exception {
                    int[] n = {0};
                    new ClassReader(c.getName()).accept(new ClassVisitor(Opcodes.ASM9) {
                        @Override
                        public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                            n[0]++;
                            return null;
                        }
                    }, 0);
                    return n[0];
                }

                public static void main(String[] args) throws Exception {
                    System.out.println("asm " + ClassReader.class.getPackage().getImplementationVersion());
                    for (int i = 0; i < 3; i++) System.out.println("methods " + count(Main.class));
                    for (String name : new String[] {"picocli.CommandLine", "com.fasterxml.jackson.databind.ObjectMapper",
                            "one.profiler.AsyncProfiler", "one.convert.JfrToFlame", "workbench.cli.Main",
                            "workbench.shaded.picocli.CommandLine", "workbench.shaded.jackson.databind.ObjectMapper"}) {
                        try {
                            Class.forName(name);
                            System.out.println("visible " + name);
                        } catch (ClassNotFoundException e) {
                            // as it should be
                        }
                    }
                    System.out.println("done");
                }
            }
            """;

    @TempDir
    static Path shared;
    static Path classes;
    static Path asmJar;
    static Path launcher;
    static Path plugins;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws IOException {
        classes = Programs.compile(shared.resolve("app"), Map.of("demo/app/Main.java", MAIN,
                "demo/app/util/Words.java", WORDS, "lib/Other.java", OTHER), List.of());
        Path otherAsm = Path.of(System.getProperty("other.asm.jar"));
        assertTrue(Files.isRegularFile(otherAsm), "ASM 9.5 copied by the build: " + otherAsm);
        Path lib = Files.createDirectories(shared.resolve("lib"));
        Files.copy(otherAsm, lib.resolve("asm-9.5.jar"));
        Path asmClasses = Programs.compile(shared.resolve("asmuser"), Map.of("asmuser/Main.java", ASM_USER),
                List.of(otherAsm));
        asmJar = Programs.jar(shared.resolve("asmuser.jar"), asmClasses, "asmuser.Main", "lib/asm-9.5.jar");
        launcher = Programs.compile(shared.resolve("launcher"), Map.of("demo/launch/Main.java", LAUNCHER), List.of());
        plugins = Programs.compile(shared.resolve("plugins"), Map.of("plug/Work.java", PLUGIN), List.of());
    }

    private List<String> app(String... args) {
        List<String> words = new ArrayList<>(List.of("-cp", classes.toString(), "demo.app.Main"));
        words.addAll(List.of(args));
        return words;
    }

    private List<String> profile(String... options) {
        List<String> o = new ArrayList<>(List.of("--profiles", dir.resolve("profiles").toString()));
        o.addAll(List.of(options));
        return Programs.workbench(o.toArray(String[]::new));
    }

    @Test
    void streams_and_exit_code_are_the_programs_and_the_default_is_its_own_packages() throws Exception {
        Programs.Run plain = Programs.run(dir, "hello\n", Programs.plain(app("1000", "exit")));
        Programs.Run r = Programs.run(dir, "hello\n", Programs.with(profile(), app("1000", "exit")));
        assertEquals(3, plain.code(), plain.err());
        assertEquals(3, r.code(), r.err());
        assertEquals("read hello\nsum 3890 twice 6\n", r.out(), "stdout is the program's alone");
        assertEquals(plain.out(), r.out());
        assertTrue(r.err().startsWith("app stderr\n"), r.err());
        assertEquals("1000", calls(r.err(), "Words.length"), r.err());
        assertEquals("1", calls(r.err(), "Main.main"), r.err());
        // lib.Other is on the class path but not in the main class's package: a call-site row at most, and said
        assertFalse(r.err().contains("(Other.twice)"), r.err());
        assertTrue(r.err().contains("workbench agent: not profiled: 1 class the program loaded is outside the class"
                + " selection, lib.Other; --include 'lib.*' profiles it"), r.err());
        assertTrue(r.err().contains("workbench: saved run "), r.err());
        Cli.Result runs = Cli.run("runs", "--profiles", dir.resolve("profiles").toString());
        assertTrue(runs.out().contains("demo.app.Main 1000 exit"), runs.out());
    }

    /**
     * A program that runs its code through a loader of its own (a launcher, a plugin host) has it outside the default
     * selection, the main class's package: the run says so, naming the package and the --include that profiles it,
     * and with that --include its calls are counted exactly, the class loader notwithstanding.
     */
    @Test
    void code_a_launcher_loads_is_named_when_left_out_and_profiled_when_included() throws Exception {
        List<String> words = List.of("-cp", launcher.toString(), "demo.launch.Main", plugins.toString());
        Programs.Run plain = Programs.run(dir, "", Programs.plain(words));
        assertEquals("sum 897\n", plain.out(), plain.err());
        Programs.Run left = Programs.run(dir, "", Programs.with(profile(), words));
        assertEquals(plain.out(), left.out());
        assertTrue(Pattern.compile("(?m)^\\s+1\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+"
                + "\\{java\\.lang\\.reflect\\.Method\\.invoke\\}$").matcher(left.err()).find(), left.err());
        assertEquals("no row", calls(left.err(), "Work.step"), left.err());
        assertTrue(left.err().contains("not profiled: 1 class the program loaded is outside the class selection,"
                + " plug.Work; --include 'plug.*' profiles it"), left.err());
        Programs.Run included = Programs.run(dir, "", Programs.with(
                profile("--include", "demo.*", "--include", "plug.*"), words));
        assertEquals(plain.out(), included.out());
        assertEquals("300", calls(included.err(), "Work.step"), included.err());
        assertEquals("1", calls(included.err(), "Work.run"), included.err());
        assertFalse(included.err().contains("outside the class selection"), included.err());
    }

    @Test
    void an_uncaught_exception_and_a_timeout_still_write_the_profile() throws Exception {
        Programs.Run thrown = Programs.run(dir, "x\n", Programs.with(profile(), app("500", "throw")));
        assertEquals(1, thrown.code(), thrown.err());
        assertTrue(thrown.err().contains("java.lang.IllegalStateException: boom"), thrown.err());
        assertEquals("500", calls(thrown.err(), "Words.length"), thrown.err());

        Programs.Run stopped = Programs.run(dir, "x\n", Programs.with(profile("--timeout", "4"), app("500", "sleep")));
        assertEquals(143, stopped.code(), "SIGTERM's code, as the program got it: " + stopped.err());
        assertEquals("read x\nsum 1890 twice 6\n", stopped.out());
        assertEquals("500", calls(stopped.err(), "Words.length"), stopped.err());
        assertTrue(stopped.err().contains("workbench: saved run "), stopped.err());
    }

    /**
     * Ctrl-C and SIGTERM take the same path (the JVM's shutdown hooks); SIGTERM is what is sent here, because a
     * process started under a test runner may inherit SIGINT ignored (as every background job of a
     * non-interactive shell does), and then no JVM installs a handler for it.
     */
    @Test
    void ctrl_c_or_sigterm_keeps_the_profile() throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Path in = Files.writeString(dir.resolve("in.txt"), "x\n");
        Process p = new ProcessBuilder(Programs.with(profile(), app("700", "sleep"))).redirectInput(in.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(out).contains("sum") && System.nanoTime() < deadline) Thread.sleep(50);
        assertTrue(Files.readString(out).contains("sum"), "the program ran: " + Files.readString(err));
        p.destroy(); // SIGTERM to the workbench, which stops the program the same way
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the workbench ends");
        assertEquals(143, p.exitValue());
        String e = Files.readString(err);
        assertEquals("700", calls(e, "Words.length"), e);
        assertTrue(e.contains("workbench: saved run "), e);
        assertEquals(1, savedRuns(), e);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deterministic", "sampling", "line"})
    void a_program_with_its_own_asm_runs_as_it_runs_alone(String mode) throws Exception {
        List<String> words = List.of("-jar", asmJar.toString());
        Programs.Run plain = Programs.run(dir, "", Programs.plain(words));
        assertEquals(0, plain.code(), plain.err());
        assertEquals("asm 9.5\nmethods 3\nmethods 3\nmethods 3\ndone\n", plain.out());
        Programs.Run r = Programs.run(dir, "", Programs.with(profile("--mode", mode, "--engine", "jfr"), words));
        assertEquals(0, r.code(), r.err());
        assertEquals(plain.out(), r.out(), "the same ASM, none of the CLI's classes visible");
        assertTrue(r.err().contains("workbench: saved run "), r.err());
        assertFalse(r.err().contains("Exception in thread") || r.err().contains("VerifyError"), r.err());
        switch (mode) {
            // -jar: the jar's own package, not the ASM of its Class-Path
            case "deterministic" -> {
                assertEquals("3", calls(r.err(), "Main.count"), r.err());
                assertFalse(r.err().contains("(ClassReader.accept)"), r.err());
            }
            case "line" -> assertTrue(Pattern.compile("Function: count at line \\d+").matcher(r.err()).find(), r.err());
            default -> assertTrue(r.err().contains("samples by jfr"), r.err());
        }
    }

    @Test
    void line_mode_reads_the_source_from_a_sources_jar() throws Exception {
        Path src = shared.resolve("app").resolve("src");
        Path sources = Programs.jar(dir.resolve("app-sources.jar"), src, null, null);
        Programs.Run r = Programs.run(dir, "x\n", Programs.with(profile("--mode", "line", "--function",
                "demo.app.Main.main", "--source-path", sources.toString()), app("200", "none")));
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("\\n\\s+\\d+\\s+(\\d+)\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+"
                + "for \\(int i = 0; i < n; i\\+\\+\\) sum \\+= Words.length").matcher(r.err());
        assertTrue(m.find(), r.err());
        assertEquals("201", m.group(1), "the loop line's hits: 200 iterations and the exit test");
    }

    @Test
    void a_full_disk_during_the_save_leaves_nothing_behind() throws Exception {
        // warm: the slim agent jar is made once, outside the limit
        assertEquals(0, Programs.run(dir, "x\n", Programs.with(profile(), app("10", "none"))).code());
        Path full = dir.resolve("full");
        // The saved run holds the program's arguments (twice: the target and the command): 1.2 MB of them do not fit
        // under a file size limit of 256 KiB, which the JVM (ignoring SIGXFSZ) sees as EFBIG, as on a full disk.
        List<String> words = new ArrayList<>(app("10", "none"));
        for (int i = 0; i < 12; i++) words.add("a".repeat(100_000));
        List<String> cmd = Programs.with(Programs.workbench("--profiles", full.toString()), words);
        List<String> limited = List.of("bash", "-c", "ulimit -f 256 && exec \"$@\"", "bash");
        List<String> all = new ArrayList<>(limited);
        all.addAll(cmd);
        Programs.Run r = Programs.run(dir, "x\n", all);
        assertEquals(1, r.code(), "a failure of the machine, not of the input: " + r.err());
        List<String> ours = r.err().lines().filter(l -> l.startsWith("workbench:")).toList();
        assertEquals(1, ours.size(), r.err());
        assertTrue(ours.get(0).startsWith("workbench: cannot save run to ") && ours.get(0).contains("File too large"),
                r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        try (Stream<Path> left = Files.list(full)) {
            assertEquals(List.of(), left.toList(), "no run, no temporary file");
        }
    }

    private long savedRuns() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("profiles"))) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    /** @return the ncalls cell of the deterministic table's row for the function */
    static String calls(String table, String function) {
        Matcher m = Pattern.compile("(?m)^\\s*(\\S+)\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+\\S+\\("
                + Pattern.quote(function) + "\\)$").matcher(table);
        return m.find() ? m.group(1) : "no row";
    }
}
