package workbench.bench;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import workbench.model.ClockInfo;
import workbench.session.ClockProbe;
import workbench.session.SelfJar;

/**
 * {@code scripts/bench [--repeats N] [section ...]}: runs the benchmark sections (all by default) and prints their
 * figures. Every section measures side by side in one run, interleaving what it compares, and reports medians.
 *
 * <p>The benchmarks live with the tests, not in the product jar: {@code scripts/bench} runs this class from the test
 * class path, with {@code -Dworkbench.jar} naming the jar the profiled children run from.
 */
public final class BenchMain {

    private BenchMain() {
    }

    /** @return every section, in the order they are run by default */
    static List<BenchSection> sections() {
        return List.of(new VariantsBench(), new MemoryBench(), new DeterministicBench(), new SamplingBench(),
                new LineBench());
    }

    /**
     * @param args {@code [--repeats N] [--reference DIR] [--report FILE] [section ...]}; {@code --report} sends the
     *             figures to a file (such as {@code /dev/fd/3}) instead of standard output, which the profiled
     *             children inherit for their own output
     */
    public static void main(String[] args) throws Exception {
        int repeats = 5;
        Path reference = Path.of("..", "shared", "reference");
        String report = null;
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repeats": repeats = Integer.parseInt(args[++i]); break;
                case "--reference": reference = Path.of(args[++i]); break;
                case "--report": report = args[++i]; break;
                default: wanted.add(args[i].toLowerCase(Locale.ROOT));
            }
        }
        List<String> known = sections().stream().map(BenchSection::name).toList();
        for (String w : wanted) {
            if (!known.contains(w)) {
                System.err.println("bench: unknown section '" + w + "' (sections: " + String.join(", ", known) + ")");
                System.exit(2);
            }
        }
        PrintStream out = reportStream(report);
        try (BenchContext ctx = new BenchContext(out, repeats, SelfJar.locate(), reference)) {
            ClockInfo clock = ClockProbe.measure();
            ctx.printf("workbench benchmark: %d cores, %s %s, Java %s, repeats %d (medians)%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                    System.getProperty("os.arch"), System.getProperty("java.version"), repeats);
            ctx.printf("clock source %s, System.nanoTime %.1f ns%n",
                    clock.source().isEmpty() ? "unknown" : clock.source(), clock.nanoTimeNanos());
            for (BenchSection s : sections()) {
                if (wanted.isEmpty() || wanted.contains(s.name())) {
                    ctx.printf("%n== %s ==%n", s.name());
                    s.run(ctx);
                }
            }
        } finally {
            out.flush();
        }
    }

    /** @return standard output, or the named file appended to (a {@code /dev/fd/N} that cannot be opened: stdout) */
    private static PrintStream reportStream(String report) {
        if (report == null) return System.out;
        try {
            return new PrintStream(new FileOutputStream(report, true), true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("bench: cannot write the report to " + report + " (" + e.getMessage()
                    + "); writing it to standard output");
            return System.out;
        }
    }
}
