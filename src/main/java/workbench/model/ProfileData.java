package workbench.model;

import java.util.List;

/** What a run measured: one type per kind of profile, each immutable and free of printing. */
public sealed interface ProfileData permits FunctionData, SampleData, LineData, SampledLineData,
        SampledFunctionData {

    /** @return the mode that records this kind of data */
    Mode mode();

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
