package workbench.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import workbench.session.SelfJar;

/**
 * {@code scripts/bench [--repeats N] [section ...]}: runs the benchmark sections (all by default) and prints their
 * figures. Every section measures side by side in one run, interleaving what it compares, and reports medians.
 */
public final class BenchMain {

    private BenchMain() {
    }

    /** @return every section, in the order they are run by default */
    static List<BenchSection> sections() {
        return List.of(new VariantsBench(), new MemoryBench(), new DeterministicBench(), new SamplingBench(),
                new LineBench());
    }

    /** @param args {@code [--repeats N] [--reference DIR] [section ...]} */
    public static void main(String[] args) throws Exception {
        int repeats = 5;
        Path reference = Path.of("..", "shared", "reference");
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repeats": repeats = Integer.parseInt(args[++i]); break;
                case "--reference": reference = Path.of(args[++i]); break;
                default: wanted.add(args[i]);
            }
        }
        BenchContext ctx = new BenchContext(System.out, repeats, SelfJar.locate(), reference);
        ctx.printf("workbench benchmark: %d cores, %s %s, Java %s, repeats %d (medians)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), repeats);
        for (BenchSection s : sections()) {
            if (wanted.isEmpty() || wanted.contains(s.name().toLowerCase(Locale.ROOT))) {
                ctx.printf("%n== %s ==%n", s.name());
                s.run(ctx);
            }
        }
    }
}
