package workbench.model;

import java.util.List;
import java.util.Optional;

/**
 * What a run measured: one type per kind of profile, each immutable and free of printing.
 *
 * <p>Consumers read a run in one of two ways. One that needs a shape every kind may or may not have (the functions
 * with their times, the sampled stacks, the lines, the count of events) asks for it: {@link #functionData()},
 * {@link #sampleData()}, {@link #lineData()}, {@link #eventCount()}. One that truly differs per kind (a printer
 * choosing its table) implements a {@link Visitor}: the interface is sealed and every kind has its method, so a new
 * kind fails to compile in every such consumer until it is handled (switch patterns arrive only after Java 17).
 */
public sealed interface ProfileData permits FunctionData, SampleData, LineData, HybridLineData,
        HybridFunctionData {

    /** @return the mode that records this kind of data */
    Mode mode();

    /**
     * Hands this data to the visitor's method for its kind.
     *
     * @param visitor one method per kind
     * @param <R>     what the visitor returns
     * @return what the visitor's method returned
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * @return the per-function statistics with their times: a deterministic run's, timed by the agent or by samples
     *     ({@link HybridFunctionData}); empty for other kinds
     */
    Optional<FunctionData> functionData();

    /**
     * @return the sampled stacks: a sampling run's, or the samples a run timed with {@code --timing sampled} took
     *     its times from; empty for a run without samples
     */
    Optional<SampleData> sampleData();

    /** @return the lines with their hits (and times) of a line run, timed or sampled; empty for other kinds */
    Optional<LineData> lineData();

    /**
     * @return what the run's profiler counted, exactly or by sampling: traced or counted calls, samples, or line hits
     */
    long eventCount();

    /**
     * One method per kind of profile data. A consumer whose work differs per kind implements it, so that the compiler
     * names it when a kind is added.
     *
     * @param <R> what each method returns
     */
    interface Visitor<R> {
        /**
         * @param data a deterministic run timed by the agent
         * @return the result
         */
        R visitFunctions(FunctionData data);

        /**
         * @param data a deterministic run's counted calls, timed by samples
         * @return the result
         */
        R visitHybridFunctions(HybridFunctionData data);

        /**
         * @param data a sampling run's stacks
         * @return the result
         */
        R visitSamples(SampleData data);

        /**
         * @param data a line run's lines, counted (and timed) by the agent
         * @return the result
         */
        R visitLines(LineData data);

        /**
         * @param data a line run's counted hits, timed by samples
         * @return the result
         */
        R visitHybridLines(HybridLineData data);
    }

    /**
     * Sums profiles of the same kind and target, as pstats' {@code add} does: calls, times, samples and hits add up.
     *
     * @param parts at least one profile, all of one kind
     * @return their sum
     * @throws IllegalArgumentException when the list is empty or mixes kinds
     */
    static ProfileData merge(List<? extends ProfileData> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("nothing to merge");
        ProfileData sum = parts.get(0);
        for (int i = 1; i < parts.size(); i++) sum = sum.plus(parts.get(i));
        return sum;
    }

    /**
     * @param other data of the same kind
     * @return the sum of the two
     * @throws IllegalArgumentException when the kinds differ
     */
    ProfileData plus(ProfileData other);

    /** @return the error for adding data of another kind */
    static IllegalArgumentException kindMismatch(ProfileData a, ProfileData b) {
        return new IllegalArgumentException("cannot add " + b.getClass().getSimpleName() + " to "
                + a.getClass().getSimpleName());
    }
}
