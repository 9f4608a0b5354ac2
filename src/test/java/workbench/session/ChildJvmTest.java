package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The child JVM: its exit code and output come back, and a timeout stops it politely so shutdown hooks still run. */
class ChildJvmTest {

    @TempDir
    Path dir;

    /** Prints its arguments and exits with 3. */
    public static final class Exit3 {
        public static void main(String[] args) {
            System.out.println("hello " + String.join(" ", args));
            System.exit(3);
        }
    }

    /** Sleeps far past any timeout; its shutdown hook leaves a marker, as an agent writes its results. */
    public static final class Sleeper {
        public static void main(String[] args) throws Exception {
            Path marker = Path.of(args[0]);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Files.writeString(marker, "written on shutdown");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
            Files.writeString(Path.of(args[1]), "started");
            Thread.sleep(120_000);
        }
    }

    /**
     * Burns 400 ms of CPU, sleeps 1.5 s, and prints its process's CPU time as the JVM counts it (all threads): the
     * truth the parent's reading of the kernel's count is held to.
     */
    public static final class Burner {
        public static void main(String[] args) throws Exception {
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long x = 1;
            while (os.getProcessCpuTime() < 400_000_000L) {
                for (int i = 0; i < 100_000; i++) x ^= x << 13 ^ x >>> 7;
            }
            Thread.sleep(1_500);
            System.out.println(os.getProcessCpuTime() + " " + (x == 42 ? "unlikely" : ""));
        }
    }

    /** A parent like the workbench: runs a {@link Sleeper} through {@link ChildJvm} and waits for it. */
    public static final class Parent {
        public static void main(String[] args) throws Exception {
            ChildJvm.sameJava().classPath(Path.of(args[2])).main(Sleeper.class.getName(), List.of(args[0], args[1]))
                    .run();
        }
    }

    @Test
    void a_child_does_not_outlive_its_parent_stopped_by_a_signal() throws Exception {
        Path marker = dir.resolve("child-stopped");
        Path started = dir.resolve("child-started");
        Path mainClasses = Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                mainClasses + java.io.File.pathSeparator + testClasses(), Parent.class.getName(), marker.toString(),
                started.toString(), testClasses().toString()).inheritIO().start();
        try {
            awaitFile(started);
            parent.destroy(); // SIGTERM to the parent alone, as `kill PID` sends it; Ctrl-C in a terminal is alike
            assertTrue(parent.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the parent stopped");
            awaitFile(marker); // the child's shutdown hook ran: the parent stopped it
        } finally {
            parent.destroyForcibly();
        }
    }

    /** Waits for a file a child writes; generous, since a loaded machine starts JVMs slowly. */
    private static void awaitFile(Path file) throws InterruptedException {
        for (int i = 0; i < 600 && !Files.exists(file); i++) Thread.sleep(100);
        assertTrue(Files.exists(file), file + " was never written");
    }

    @Test
    void exitCodeOutputAndCommand() throws Exception {
        Path out = dir.resolve("out.txt");
        ChildJvm child = ChildJvm.sameJava().jvmArg("-Xmx64m").classPath(testClasses())
                .main(Exit3.class.getName(), List.of("a", "b c")).stdoutTo(out);
        long before = System.nanoTime();
        ChildJvm.Result r = child.run();
        long outside = System.nanoTime() - before;
        assertEquals(3, r.exitCode());
        assertFalse(r.timedOut());
        assertEquals("hello a b c", Files.readString(out).strip());
        List<String> cmd = r.command();
        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), cmd.get(0));
        assertEquals(List.of("-Xmx64m", "-cp", testClasses().toAbsolutePath().toString(), Exit3.class.getName(), "a",
                "b c"), cmd.subList(1, cmd.size()));
        // the child's wall time lies inside what the caller saw, and a JVM takes milliseconds to start and stop
        assertTrue(r.wallNanos() <= outside && r.wallNanos() >= 1_000_000L, r.wallNanos() + " of " + outside);
    }

    @Test
    void the_childs_cpu_time_is_what_it_used_and_not_its_sleep() throws Exception {
        Path out = dir.resolve("burner.txt");
        ChildJvm.Result r = ChildJvm.sameJava().classPath(testClasses()).main(Burner.class.getName(), List.of())
                .stdoutTo(out).run();
        assertEquals(0, r.exitCode());
        long own = Long.parseLong(Files.readString(out).strip().split(" ")[0]);
        // the kernel counts in 10 ms ticks, user and system apart; after the child's last reading only its exit runs
        assertTrue(r.cpuNanos() >= own - 30_000_000L && r.cpuNanos() <= own + 300_000_000L,
                r.cpuNanos() + " ns read, the child counted " + own);
        assertTrue(r.wallNanos() - r.cpuNanos() >= 1_000_000_000L, "the sleep is wall time only: " + r);
    }

    @Test
    void a_program_command_line_follows_our_options_so_its_own_win() throws Exception {
        Path out = dir.resolve("program.txt");
        ChildJvm child = ChildJvm.sameJava().jvmArg("-Xmx64m").classPath(Path.of("ignored-for-a-program"))
                .program(List.of("-Xmx96m", "-cp", testClasses().toString(), Exit3.class.getName(), "x"))
                .stdoutTo(out);
        assertEquals(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-Xmx96m",
                "-cp", testClasses().toString(), Exit3.class.getName(), "x"), child.command());
        assertEquals(3, child.run().exitCode());
        assertEquals("hello x", Files.readString(out).strip());
    }

    @Test
    void timeoutStopsTheChildAndShutdownHooksRun() throws Exception {
        Path marker = dir.resolve("marker");
        Path started = dir.resolve("started");
        ChildJvm.Result r = ChildJvm.sameJava().classPath(testClasses())
                .main(Sleeper.class.getName(), List.of(marker.toString(), started.toString()))
                .timeout(Duration.ofSeconds(5)).run(); // room for a slow start on a busy machine
        assertTrue(Files.exists(started), "the child got as far as its sleep");
        assertTrue(r.timedOut());
        assertEquals(143, r.exitCode(), "stopped by SIGTERM (128 + 15), not killed");
        assertEquals("written on shutdown", Files.readString(marker));
        assertTrue(r.wallNanos() < Duration.ofSeconds(60).toNanos());
    }

    @Test
    void missingJavaIsAnIOException() {
        ChildJvm child = new ChildJvm(dir.resolve("no-jdk")).main("x.Y", List.of());
        IOException e = assertThrows(IOException.class, child::run);
        assertTrue(e.getMessage().startsWith("no java executable at "), e.getMessage());
    }

    private static Path testClasses() throws URISyntaxException {
        return Path.of(ChildJvmTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
