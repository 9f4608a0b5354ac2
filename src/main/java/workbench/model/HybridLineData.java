package workbench.model;

import java.util.Optional;

/**
 * {@code --timing sampled}: exact hits counted per line, times from sampled stacks of the same run.
 *
 * @param lines   the lines, timing {@link LineTiming#SAMPLED}, their times taken from the samples
 * @param samples the samples the times come from
 */
public record HybridLineData(LineData lines, SampleData samples) implements ProfileData {

    public HybridLineData {
        if (lines.timing() != LineTiming.SAMPLED) {
            throw new IllegalArgumentException("sampled line data must have sampled timing, not " + lines.timing());
        }
    }

    @Override
    public Mode mode() {
        return Mode.LINE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitHybridLines(this);
    }

    @Override
    public Optional<FunctionData> functionData() {
        return Optional.empty();
    }

    @Override
    public Optional<SampleData> sampleData() {
        return Optional.of(samples);
    }

    @Override
    public Optional<LineData> lineData() {
        return Optional.of(lines);
    }

    /** @return the counted line hits (exact), not the samples */
    @Override
    public long eventCount() {
        return lines.totalHits();
    }

    @Override
    public HybridLineData plus(ProfileData other) {
        if (!(other instanceof HybridLineData o)) throw ProfileData.kindMismatch(this, other);
        return new HybridLineData(lines.plus(o.lines), samples.plus(o.samples));
    }
}
