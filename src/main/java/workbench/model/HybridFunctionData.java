package workbench.model;

import java.util.Optional;

/**
 * The deterministic mode's {@code --timing sampled}: exact calls counted per caller-to-callee edge, tottime and
 * cumtime from sampled stacks of the same run, attributed to the same functions.
 *
 * @param functions the counted calls, with times taken from the samples
 * @param samples   the samples the times come from
 */
public record HybridFunctionData(FunctionData functions, SampleData samples) implements ProfileData {

    @Override
    public Mode mode() {
        return Mode.DETERMINISTIC;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitHybridFunctions(this);
    }

    @Override
    public Optional<FunctionData> functionData() {
        return Optional.of(functions);
    }

    @Override
    public Optional<SampleData> sampleData() {
        return Optional.of(samples);
    }

    @Override
    public Optional<LineData> lineData() {
        return Optional.empty();
    }

    /** @return the counted calls (exact), not the samples */
    @Override
    public long eventCount() {
        return functions.eventCount();
    }

    /** @return samples that fell in none of the functions (before the first instrumented frame, other threads) */
    public long unattributedSamples() {
        long interval = samples.sampler().intervalNanos();
        long attributed = interval == 0 ? 0 : functions.totals().totalNanos() / interval;
        return Math.max(0, samples.totalSamples() - attributed);
    }

    @Override
    public HybridFunctionData plus(ProfileData other) {
        if (!(other instanceof HybridFunctionData o)) throw ProfileData.kindMismatch(this, other);
        return new HybridFunctionData(functions.plus(o.functions), samples.plus(o.samples));
    }
}
