package workbench.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Sampled call stacks, interned: each stack is a list of indices into {@link #frames()}.
 *
 * <p>For the {@link SamplingEvent#ALLOC} event a stack's count is the bytes its samples stand for, and the interval
 * is 1 (a byte per unit), so that every sum below reads as bytes; {@link StackCount#objects()} is the objects
 * they stand for.
 *
 * @param sampler what took the samples and how
 * @param frames  distinct frames; {@link Frame#line()} is the line being executed
 * @param stacks  distinct (thread, stack) pairs with their sample counts
 */
public record SampleData(SamplerInfo sampler, List<Frame> frames, List<StackCount> stacks) implements ProfileData {

    public SampleData {
        frames = List.copyOf(frames);
        stacks = List.copyOf(stacks);
    }

    @Override
    public Mode mode() {
        return Mode.SAMPLING;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitSamples(this);
    }

    @Override
    public Optional<FunctionData> functionData() {
        return Optional.empty();
    }

    @Override
    public Optional<SampleData> sampleData() {
        return Optional.of(this);
    }

    @Override
    public Optional<LineData> lineData() {
        return Optional.empty();
    }

    /** @return the samples (for the allocation event: the bytes they stand for) */
    @Override
    public long eventCount() {
        return totalSamples();
    }

    /** @return the number of samples over all stacks */
    public long totalSamples() {
        long n = 0;
        for (StackCount s : stacks) n += s.count();
        return n;
    }

    /** @return the samples' time: samples times the interval */
    public long totalNanos() {
        return totalSamples() * sampler.intervalNanos();
    }

    /**
     * statprof's counts: self samples (the frame on top) and cumulative samples (the frame anywhere on the stack,
     * once per sample even when recursion puts it there several times).
     *
     * @param byLine per line ({@code true}) or per function (lines dropped)
     * @return one tally per distinct frame (per line or function), in order of first appearance
     */
    public Map<Frame, Tally> tally(boolean byLine) {
        return tally(byLine, StackCount::count);
    }

    /**
     * The allocation event's objects, tallied as {@link #tally} tallies counts (bytes).
     *
     * @param byLine per line ({@code true}) or per function
     * @return self and cumulative objects per distinct frame
     */
    public Map<Frame, Tally> objects(boolean byLine) {
        return tally(byLine, StackCount::objects);
    }

    private Map<Frame, Tally> tally(boolean byLine, ToLongFunction<StackCount> weight) {
        Map<Frame, long[]> counts = new LinkedHashMap<>();
        Set<Frame> seen = new HashSet<>();
        for (StackCount s : stacks) {
            if (s.frames().isEmpty()) continue;
            long w = weight.applyAsLong(s);
            counts.computeIfAbsent(key(s.frames().get(0), byLine), k -> new long[2])[0] += w;
            seen.clear();
            for (int id : s.frames()) {
                Frame k = key(id, byLine);
                if (seen.add(k)) counts.computeIfAbsent(k, x -> new long[2])[1] += w;
            }
        }
        Map<Frame, Tally> out = new LinkedHashMap<>();
        counts.forEach((k, c) -> out.put(k, new Tally(c[0], c[1])));
        return out;
    }

    private Frame key(int id, boolean byLine) {
        Frame f = frames.get(id);
        return byLine ? f : f.functionOnly();
    }

    /**
     * @param other  the profile to compare with (B)
     * @param byLine per line or per function
     * @return per frame: its tally here (A) and in the other
     */
    public List<Diff.Row<Frame, Tally>> diff(SampleData other, boolean byLine) {
        return Diff.of(tally(byLine), other.tally(byLine));
    }

    /**
     * Adds the other run's samples: frames are interned anew and equal (thread, stack) pairs add up. The sampler is
     * this profile's, with the lost samples summed and no single recording named.
     */
    @Override
    public SampleData plus(ProfileData other) {
        if (!(other instanceof SampleData o)) throw ProfileData.kindMismatch(this, other);
        if (o.sampler.intervalNanos() != sampler.intervalNanos() || o.sampler.engine() != sampler.engine()
                || o.sampler.event() != sampler.event()) {
            throw new IllegalArgumentException("cannot add samples of different engines, events or intervals");
        }
        Map<Frame, Integer> ids = new LinkedHashMap<>();
        Map<List<Object>, long[]> counts = new LinkedHashMap<>();
        for (SampleData d : List.of(this, o)) {
            for (StackCount s : d.stacks) {
                List<Integer> mapped = new ArrayList<>(s.frames().size());
                for (int id : s.frames()) mapped.add(ids.computeIfAbsent(d.frames.get(id), k -> ids.size()));
                long[] c = counts.computeIfAbsent(List.of(s.thread(), mapped), k -> new long[2]);
                c[0] += s.count();
                c[1] += s.objects();
            }
        }
        List<StackCount> sum = new ArrayList<>(counts.size());
        counts.forEach((k, n) -> {
            @SuppressWarnings("unchecked")
            List<Integer> frameIds = (List<Integer>) k.get(1);
            sum.add(new StackCount((String) k.get(0), frameIds, n[0], n[1]));
        });
        SamplerInfo s = new SamplerInfo(sampler.engine(), sampler.event(), sampler.sampler(), sampler.threads(),
                sampler.intervalNanos(), sampler.lost() + o.sampler.lost(), "", sampler.jit());
        return new SampleData(s, new ArrayList<>(ids.keySet()), sum);
    }

    /**
     * One distinct stack and how many samples hit it.
     *
     * @param thread  the sampled thread's name
     * @param frames  indices into the profile's frames, leaf (top of stack) first
     * @param count   samples; bytes for the allocation event
     * @param objects the allocation event's objects (estimated from the sampled objects' sizes), else 0
     */
    public record StackCount(String thread, List<Integer> frames, long count, long objects) {
        public StackCount {
            frames = List.copyOf(frames);
        }

        /** A stack of an event that counts no objects. */
        public StackCount(String thread, List<Integer> frames, long count) {
            this(thread, frames, count, 0);
        }
    }

    /**
     * A frame's samples.
     *
     * @param self       samples with it on top
     * @param cumulative samples with it anywhere on the stack
     */
    public record Tally(long self, long cumulative) {
    }
}
