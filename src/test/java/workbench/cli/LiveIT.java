package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.FunctionStats;
import workbench.model.Profile;
import workbench.model.SampleData;
import workbench.store.ProfileStore;

/**
 * {@code profile --live} on a virtual terminal of 120 x 40 that the test types into: the view refreshes with the
 * target's hottest function on top, takes keys, and the run is saved afterwards as without it; for a program
 * started here and for a JVM attached to.
 */
class LiveIT {

    /**
     * Spins in {@code spin} nine parts in ten until the file named by its argument appears; says "ready" on stderr
     * first.
     */
    private static final String HOT = """
            package live;
            import java.nio.file.*;
            public class Hot {
                static long ticks;
                static double sink;
                static double spin() { double s = 1; for (int i = 0; i < 200_000; i++) s += i * 1e-9 * s; return s; }
                static double cold() { double s = 1; for (int i = 0; i < 20_000; i++) s += i * 1e-9 * s; return s; }
                static void tick() { ticks++; }
                public static void main(String[] a) {
                    System.err.println("ready");
                    Path stop = Path.of(a[0]);
                    while (!Files.exists(stop)) {
                        sink += spin() + cold();
                        for (int i = 0; i < 100; i++) tick();
                    }
                    System.out.println("ticks " + ticks);
                }
            }
            """;

    @TempDir
    Path dir;

    private final LinkedBlockingQueue<List<String>> screens = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream drawnBytes = new ByteArrayOutputStream();
    private final Supplier<Terminal> systemTerminals = LiveRun.terminals;
    private PipedOutputStream keys;

    @AfterEach
    void restore() {
        LiveRun.terminals = systemTerminals;
        LiveRun.drawn = lines -> { };
    }

    private void virtualTerminal() throws Exception {
        keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys);
        OutputStream out = drawnBytes;
        Terminal terminal = TerminalBuilder.builder().system(false).streams(in, out).type("xterm-256color")
                .size(new Size(120, 40)).build();
        LiveRun.terminals = () -> terminal;
        LiveRun.drawn = lines -> screens.add(lines.stream().map(AttributedString::toString).toList());
    }

    /** Starts {@code Hot} under {@code profile --live} on the virtual terminal; it runs until {@link #stop} exists. */
    private CompletableFuture<Cli.Result> profile(String mode) throws Exception {
        Path classes = hotClasses();
        virtualTerminal();
        return CompletableFuture.supplyAsync(() -> Cli.run("profile", "--mode", mode, "--live", "--profiles",
                dir.resolve("profiles").toString(), "--", "-cp", classes.toString(), "live.Hot", stop().toString()));
    }

    private Path hotClasses() throws Exception {
        return Programs.compile(dir.resolve("hot"), Map.of("live/Hot.java", HOT), List.of());
    }

    private Path stop() {
        return dir.resolve("stop");
    }

    /** @return the screens drawn until {@code count} of them passed the test, the last of them last */
    private List<List<String>> waitFor(int count, Predicate<List<String>> test) throws InterruptedException {
        List<List<String>> seen = new ArrayList<>();
        int passed = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (passed < count) {
            List<String> s = screens.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (s == null) fail("not " + count + " such screens in 90 s; the last ones: " + tail(seen));
            seen.add(s);
            if (test.test(s)) passed++;
        }
        return seen;
    }

    private static String tail(List<List<String>> seen) {
        return String.join("\n---\n", seen.subList(Math.max(0, seen.size() - 2), seen.size()).stream()
                .map(s -> String.join("\n", s)).toList());
    }

    /** @return the refresh number in a screen's first line */
    private static int refresh(List<String> screen) {
        String first = screen.get(0);
        return Integer.parseInt(first.substring(first.lastIndexOf(' ') + 1));
    }

    private static boolean topRowIs(List<String> screen, String function) {
        return screen.size() > 4 && screen.get(4).endsWith("  " + function);
    }

    /** @return the last of two refreshes (two numbers, not one screen drawn twice) with the function on top */
    private List<String> twoRefreshesWithOnTop(String function) throws InterruptedException {
        List<List<String>> seen = waitFor(2, s -> topRowIs(s, function));
        assertEquals(2, seen.stream().filter(s -> topRowIs(s, function)).mapToInt(LiveIT::refresh).distinct()
                .count(), "two refreshes, not one drawn twice");
        return seen.get(seen.size() - 1);
    }

    @Test
    void sampling_refreshes_with_the_hottest_function_on_top_takes_keys_and_saves_the_run() throws Exception {
        CompletableFuture<Cli.Result> run = profile("sampling");
        List<String> last = twoRefreshesWithOnTop("live.Hot.spin");
        assertTrue(last.get(1).startsWith("samples/s "), last.get(1));
        // a filter that leaves only cold, typed on the terminal
        keys.write("/cold\r".getBytes(StandardCharsets.US_ASCII));
        keys.flush();
        List<String> filtered = waitFor(1, s -> s.get(2).contains("/ filter: cold") && topRowIs(s, "live.Hot.cold"))
                .stream().reduce((a, b) -> b).orElseThrow();
        assertTrue(filtered.stream().skip(4).allMatch(l -> l.contains("cold")), filtered.toString());
        keys.write('q');
        keys.flush();
        // the view is closed; the program goes on until told to stop, and its run is saved as usual
        Files.createFile(stop());
        Cli.Result r = run.get(90, TimeUnit.SECONDS);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("(closed with q)"), r.err());
        assertTrue(r.out().startsWith("ticks "), r.out()); // the program's output, kept while the view was up
        assertTrue(drawnBytes.toString(StandardCharsets.UTF_8).contains("live.Hot.spin"));
        assertEquals("spin", hottestOwn(onlySavedRun().data().sampleData().orElseThrow()));
    }

    @Test
    void deterministic_shows_exact_calls_per_second_and_the_saved_counts_are_the_programs() throws Exception {
        CompletableFuture<Cli.Result> run = profile("deterministic");
        List<String> last = twoRefreshesWithOnTop("live.Hot.tick");
        assertTrue(last.get(3).contains("calls/s"), last.get(3));
        Files.createFile(stop());
        Cli.Result r = run.get(90, TimeUnit.SECONDS);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("workbench: live view: "), r.err());
        long ticks = Long.parseLong(r.out().trim().split(" ")[1]);
        FunctionStats tick = onlySavedRun().data().functionData().orElseThrow().merged().stream()
                .filter(f -> f.method().method().equals("tick")).findFirst().orElseThrow();
        assertEquals(ticks, tick.calls());
    }

    @Test
    void attached_sampling_refreshes_with_the_hottest_function_on_top_and_saves_the_run() throws Exception {
        Path classes = hotClasses();
        Path err = dir.resolve("hot.err");
        Process hot = new ProcessBuilder(Programs.java(), "-cp", classes.toString(), "live.Hot", stop().toString())
                .redirectOutput(dir.resolve("hot.out").toFile()).redirectError(err.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(err) && Files.readString(err).contains("ready"))) {
                assertTrue(System.nanoTime() < deadline, "the target said nothing in 60 s");
                Thread.sleep(20);
            }
            virtualTerminal();
            CompletableFuture<Cli.Result> run = CompletableFuture.supplyAsync(() -> Cli.run("profile", "--mode",
                    "sampling", "--live", "--pid", Long.toString(hot.pid()), "--duration", "8s", "--profiles",
                    dir.resolve("profiles").toString()));
            List<String> last = twoRefreshesWithOnTop("live.Hot.spin");
            assertTrue(last.get(0).contains("pid " + hot.pid()), last.get(0));
            Cli.Result r = run.get(90, TimeUnit.SECONDS);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("workbench: live view: "), r.err());
            assertEquals("spin", hottestOwn(onlySavedRun().data().sampleData().orElseThrow()));
            // the program was left running, as by any attach
            assertTrue(hot.isAlive());
        } finally {
            Files.writeString(stop(), "");
            assertTrue(hot.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(0, hot.exitValue());
    }

    /** @return the method of the target's own that has the most own samples */
    private static String hottestOwn(SampleData samples) {
        return samples.tally(false).entrySet().stream().filter(e -> e.getKey().method().className()
                .startsWith("live.")).max(Map.Entry.comparingByValue((a, b) -> Long.compare(a.self(), b.self())))
                .orElseThrow().getKey().method().method();
    }

    private Profile onlySavedRun() throws Exception {
        ProfileStore store = new ProfileStore(dir.resolve("profiles"));
        List<String> ids = store.list();
        assertEquals(1, ids.size(), ids.toString());
        return store.load(store.file(ids.get(0))).runs().get(0);
    }
}
