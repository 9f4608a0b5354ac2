package workbench.bench;

import java.io.PrintStream;
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
        return List.of(new VariantsBench(), new MemoryBench(), new DeterministicBench(), new ClockBench(),
                new CallTreeBench(), new ThreadMemoryBench(), new HybridBench(), new SamplingBench(), new LineBench(),
                new JavacBench(), new CheckpointBench(), new ProbeCostBench());
    }

    /**
     * @param args {@code [--repeats N] [--reference DIR] [section ...]}
     */
    public static void main(String[] args) throws Exception {
        int repeats = 5;
        Path reference = Path.of("..", "shared", "reference");
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repeats": repeats = Integer.parseInt(args[++i]); break;
                case "--reference": reference = Path.of(args[++i]); break;
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
        PrintStream out = System.out;
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
}
