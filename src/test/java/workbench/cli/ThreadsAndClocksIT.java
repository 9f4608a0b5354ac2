package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program with a known split of its time: the main thread burns CPU in {@code work()} while three threads are
 * parked in a queue's {@code take} for as long (they are let go by the work's result, never by a sleep). Under the
 * CPU clock {@code work} holds nearly all of the time; under the wall clock the table says it sums four threads and
 * marks the parked time as waiting.
 */
class ThreadsAndClocksIT {

    private static final String SPLIT = """
            package split;

            import java.util.concurrent.BlockingQueue;
            import java.util.concurrent.CountDownLatch;
            import java.util.concurrent.LinkedBlockingQueue;

            public class Main {
                static final int WAITERS = 3;

                public static void main(String[] args) throws InterruptedException {
                    long n = Long.parseLong(args[0]);
                    BlockingQueue<Long> queue = new LinkedBlockingQueue<>();
                    CountDownLatch ready = new CountDownLatch(WAITERS);
                    Waiter[] waiters = new Waiter[WAITERS];
                    for (int i = 0; i < WAITERS; i++) {
                        waiters[i] = new Waiter(queue, ready, "waiter-" + i);
                        waiters[i].start();
                    }
                    ready.await();
                    long r = work(n);
                    for (int i = 0; i < WAITERS; i++) queue.put(r);
                    long sum = 0;
                    for (Waiter w : waiters) {
                        w.join();
                        sum += w.got;
                    }
                    System.out.println("work " + (sum == WAITERS * r));
                }

                static long work(long n) {
                    long x = 1;
                    for (long i = 0; i < n; i++) x = x * 6364136223846793005L + 1442695040888963407L;
                    return x;
                }

                static final class Waiter extends Thread {
                    private final BlockingQueue<Long> queue;
                    private final CountDownLatch ready;
                    long got;

                    Waiter(BlockingQueue<Long> queue, CountDownLatch ready, String name) {
                        super(name);
                        this.queue = queue;
                        this.ready = ready;
                    }

                    @Override
                    public void run() {
                        ready.countDown();
                        try {
                            got = queue.take();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
            """;
    /** About half a second of CPU: enough that the threads' start-up is a few per cent of the work at most. */
    private static final String ITERATIONS = "500000000";
    private static final Pattern TOTAL = Pattern.compile(" in (\\d+\\.\\d{3}) seconds");

    @TempDir
    static Path shared;
    private static Path classes;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws IOException {
        classes = Programs.compile(shared.resolve("split"), Map.of("split/Main.java", SPLIT), List.of());
    }

    private Programs.Run profile(String clock, String... more) throws Exception {
        List<String> options = new ArrayList<>(List.of("--profiles", dir.resolve("profiles").toString(), "--clock",
                clock));
        options.addAll(List.of(more));
        List<String> words = List.of("-cp", classes.toString(), "split.Main", ITERATIONS);
        Programs.Run r = Programs.run(dir, "", Programs.with(Programs.workbench(options.toArray(String[]::new)),
                words));
        assertEquals(0, r.code(), r.err());
        assertEquals("work true\n", r.out(), "stdout is the program's alone");
        return r;
    }

    /** @return the seconds in a row's tottime column */
    private static double tottime(String table, String name) {
        String row = table.lines().filter(l -> l.contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in\n" + table));
        return Double.parseDouble(row.trim().split("\\s+")[1]);
    }

    private static double total(String table) {
        Matcher m = TOTAL.matcher(table);
        assertTrue(m.find(), table);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void under_the_cpu_clock_the_work_holds_nearly_all_of_the_time_and_stats_prints_the_same() throws Exception {
        Programs.Run r = profile("cpu");
        double work = tottime(r.err(), "(Main.work)");
        double total = total(r.err());
        assertTrue(work >= 0.9 * total, "work " + work + " of " + total + ":\n" + r.err());
        assertTrue(tottime(r.err(), "BlockingQueue.take}") < 0.05 * work, r.err());
        List<String> lines = r.err().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> TOTAL.matcher(l).find()).findFirst().orElseThrow());
        assertTrue(lines.get(header + 1).startsWith("   Summed over 4 threads (the thread CPU time of each;"),
                lines.get(header + 1));
        assertTrue(lines.get(header + 2).matches("   Calibrated: .*; clock cpu: \\d+\\.\\d ns per reading"),
                lines.get(header + 2));
        // the saved run keeps its clock: stats prints the table profile printed, clock line and all
        Cli.Result stats = Cli.run("stats", "last", "--profiles", dir.resolve("profiles").toString());
        assertEquals(0, stats.code(), stats.err());
        List<String> table = new ArrayList<>(lines.subList(header, header + 3));
        assertEquals(table, stats.out().lines().limit(3).toList());
    }

    @Test
    void under_the_wall_clock_the_header_says_four_threads_and_the_parked_time_is_marked_waiting() throws Exception {
        Programs.Run r = profile("wall");
        List<String> lines = r.err().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> TOTAL.matcher(l).find()).findFirst().orElseThrow());
        String threads = lines.get(header + 1);
        Matcher m = Pattern.compile("   Summed over 4 threads \\(the wall-clock time of each; --per-thread splits"
                + " them\\); the process ran (\\d+\\.\\d{3}) s of wall time and (\\d+\\.\\d{3}) s of CPU time")
                .matcher(threads);
        assertTrue(m.matches(), threads);
        double processWall = Double.parseDouble(m.group(1));
        double total = total(r.err());
        assertTrue(processWall < total, "the sum over threads exceeds the run's own wall time: " + threads);
        assertTrue(lines.get(header + 2).matches("   Calibrated: .*; clock wall: \\d+\\.\\d ns per reading"),
                lines.get(header + 2));
        String take = lines.stream().filter(l -> l.contains("{java.util.concurrent.BlockingQueue.take}")).findFirst()
                .orElseThrow(() -> new AssertionError(r.err()));
        assertTrue(take.endsWith("{java.util.concurrent.BlockingQueue.take} [waiting]"), take);
        // three threads parked for the work's whole wall time
        assertTrue(tottime(r.err(), "BlockingQueue.take}") >= 2 * tottime(r.err(), "(Main.work)"), r.err());
        assertTrue(r.err().contains("[waiting]: a JDK call that blocks"), r.err());
    }

    @Test
    void sampled_times_are_on_the_clock_asked_for_the_cpu_one_for_the_work_the_wall_one_for_the_wait_too()
            throws Exception {
        Programs.Run cpu = profile("cpu", "--timing", "sampled");
        assertTrue(cpu.err().contains(", async cpu every 1ms ("), cpu.err());
        assertTrue(cpu.err().contains("   Summed over 4 threads (the sampled thread CPU time of each;"), cpu.err());
        double work = tottime(cpu.err(), "(Main.work)");
        assertTrue(work >= 0.9 * total(cpu.err()), "work " + work + ":\n" + cpu.err());

        Programs.Run wall = profile("wall", "--timing", "sampled");
        assertTrue(wall.err().contains(", async wall every 1ms ("), wall.err());
        assertTrue(wall.err().contains("   Summed over 4 threads (the sampled wall-clock time of each;"), wall.err());
        // three threads parked for the work's whole wall time: about three times its samples
        double wallWork = tottime(wall.err(), "(Main.work)");
        double take = tottime(wall.err(), "BlockingQueue.take}");
        assertTrue(take >= 2 * wallWork && take <= 4 * wallWork, "take " + take + ", work " + wallWork + ":\n"
                + wall.err());
        assertTrue(wall.err().contains("{java.util.concurrent.BlockingQueue.take} [waiting]"), wall.err());
    }

    /**
     * The exact line mode says what its times sum over too: the four threads' lines under the wall clock, the three
     * waiters' parked in {@code take} as long as the work ran, beside the process's own times.
     */
    @Test
    void the_line_table_says_it_sums_four_threads() throws Exception {
        Programs.Run r = profile("wall", "--mode", "line", "--function", "Main.main", "--function", "Main$Waiter.run");
        assertTrue(r.err().lines().anyMatch(l -> l.matches("Summed over 4 threads \\(the wall-clock time of each\\);"
                + " the process ran \\d+\\.\\d{3} s of wall time and \\d+\\.\\d{3} s of CPU time")), r.err());
    }
}
