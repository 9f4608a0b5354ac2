package workbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import one.convert.FlameGraph;
import workbench.io.AtomicFiles;
import workbench.model.SampleData;

/**
 * Writes a differential flame graph of two profiles of one program, A (the baseline) and B (the new one), through
 * the converter's {@link FlameGraph#diff}, with both sides first scaled to the same total.
 *
 * <p>What the converter draws (async-profiler 4.4+): the graph has B's shape, every frame as wide as in B's own flame
 * graph. Each frame is coloured by the change in its <em>self</em> samples (samples with it on top of that same
 * stack) from A to B: red where B has more, blue where it has fewer, the deeper the larger the change, grey where
 * there is none, yellow where A has no such frame at that place in the stack; the tooltip shows the change
 * ({@code +n}). A frame that only A has is not drawn, as B has no width to give it: swap the sides to see it.
 *
 * <p>Why normalise: the converter subtracts raw sample counts, so a B recorded twice as long as A would look twice
 * as slow everywhere, and every frame would be red. Each side is scaled to {@link #SCALE} units first (a
 * millionth of its samples each), so a frame's change is the change in its share of the time; the title says so.
 */
public final class DiffFlameGraphExporter {

    /**
     * The total each side is scaled to, 100 % in millionths: rounding moves a stack by less than a millionth, below
     * one sample's share in any recording of fewer than a million samples.
     */
    static final long SCALE = 1_000_000;

    /** Orders stacks by their frames' names (then types), so that ties in rounding are broken the same on both sides. */
    private static final Comparator<List<FlameStacks.Node>> BY_FRAMES = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).name().compareTo(b.get(i).name());
            if (c == 0) c = Byte.compare(a.get(i).type(), b.get(i).type());
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    };

    private final String title;
    private final boolean lines;

    /**
     * @param title the page's title, to which the normalisation is added; quotes, backslashes and angle brackets are
     *              dropped, as the page embeds it as is
     * @param lines whether frames are split by line ({@code Class.method:line}) rather than per method
     */
    public DiffFlameGraphExporter(String title, boolean lines) {
        this.title = FlameStacks.safeTitle(title);
        this.lines = lines;
    }

    /**
     * Writes the HTML, atomically: a reader never sees half a page.
     *
     * @param base    A, the baseline
     * @param current B, the profile compared with it
     * @param target  the {@code .html} file
     * @throws IOException              when it cannot be written
     * @throws IllegalArgumentException when a side has no samples, so nothing can be scaled
     */
    public void export(SampleData base, SampleData current, Path target) throws IOException {
        // built before the write starts, so that a side without samples fails before any file is touched
        FlameGraph graph = graph(base, current);
        AtomicFiles.write(target, out -> FlameStacks.dump(graph, out));
    }

    /**
     * @param base    A, the baseline
     * @param current B, the profile compared with it
     * @param out     where the HTML goes; not closed
     * @throws IOException              when writing fails
     * @throws IllegalArgumentException when a side has no samples
     */
    public void write(SampleData base, SampleData current, OutputStream out) throws IOException {
        FlameStacks.dump(graph(base, current), out);
    }

    private FlameGraph graph(SampleData base, SampleData current) {
        long a = base.totalSamples();
        long b = current.totalSamples();
        if (a <= 0 || b <= 0) {
            throw new IllegalArgumentException("cannot compare with a profile of no samples (A " + a + ", B " + b + ")");
        }
        String page = title + " (normalised: A " + a + " samples, B " + b + " samples, both scaled to 100 % = "
                + String.format(Locale.ROOT, "%,d", SCALE) + ")";
        FlameGraph before = FlameStacks.graph(page, normalise(FlameStacks.of(base, lines)));
        FlameGraph after = FlameStacks.graph(page, normalise(FlameStacks.of(current, lines)));
        after.diff(before); // the converter's diff: the receiver is the new side, the argument the baseline
        return after;
    }

    /**
     * Scales stacks to {@link #SCALE} units in all, by the largest-remainder method: each stack gets the whole part
     * of its exact share, and the units still missing go one each to the stacks with the largest fractions, so the
     * total is exactly {@code SCALE} on both sides (plain rounding could leave one side a unit over, which the diff
     * would show as a change). Ties go in the order of the stacks' frame names, not of recording, so two sides whose
     * counts are proportional get identical units.
     *
     * @param stacks stacks with their samples, at least one sample in all and at most about 9·10<sup>12</sup> per
     *               stack (their product with {@code SCALE} must fit a {@code long})
     * @return the same stacks in the same order with their units; a stack whose share rounds to nothing is left out,
     *         as a frame of no width would be drawn wrongly by the page
     */
    static Map<List<FlameStacks.Node>, Long> normalise(Map<List<FlameStacks.Node>, Long> stacks) {
        long total = 0;
        for (long n : stacks.values()) total += n;
        if (total <= 0) throw new IllegalArgumentException("no samples to scale");
        Map<List<FlameStacks.Node>, long[]> units = new LinkedHashMap<>(); // {whole part, remainder}
        long given = 0;
        for (Map.Entry<List<FlameStacks.Node>, Long> e : stacks.entrySet()) {
            long scaled = Math.multiplyExact(e.getValue(), SCALE);
            units.put(e.getKey(), new long[] {scaled / total, scaled % total});
            given += scaled / total;
        }
        List<List<FlameStacks.Node>> byRemainder = new ArrayList<>(units.keySet());
        byRemainder.sort(Comparator.<List<FlameStacks.Node>>comparingLong(k -> units.get(k)[1]).reversed()
                .thenComparing(BY_FRAMES));
        for (int i = 0; i < SCALE - given; i++) units.get(byRemainder.get(i))[0]++; // fewer than the stacks' number
        Map<List<FlameStacks.Node>, Long> out = new LinkedHashMap<>();
        units.forEach((k, u) -> {
            if (u[0] > 0) out.put(k, u[0]);
        });
        return out;
    }
}
