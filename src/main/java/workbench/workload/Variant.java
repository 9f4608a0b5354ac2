package workbench.workload;

import java.util.Locale;

/** The workload's variants, in the order the source document's story tells them. */
public enum Variant {
    /** {@code List<Double>} data and a {@code randint} helper called once per element: the original program. */
    BOXED,
    /** An index array first, then the gather: the document's two-line numpy version. */
    TWO_LINE,
    /** Resample and sum in one fused statement: the document's fix. */
    FUSED,
    /** {@code double[]} data and {@code SplittableRandom}: no boxing at all. */
    PRIMITIVE,
    /** The primitive variant with iterations spread over all cores, each on its own seed-derived stream. */
    PARALLEL;

    /** @return the name used on the command line, e.g. {@code two-line} */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param name a command-line name such as {@code two-line}
     * @return the variant
     * @throws IllegalArgumentException naming the valid variants
     */
    public static Variant fromCliName(String name) {
        for (Variant v : values()) {
            if (v.cliName().equals(name)) return v;
        }
        throw new IllegalArgumentException("unknown variant '" + name + "' (expected one of: boxed, two-line, fused,"
                + " primitive, parallel)");
    }

    /**
     * @param seed seeds the variant's resampling stream
     * @return a fresh bootstrap of this variant
     */
    public Bootstrap create(long seed) {
        switch (this) {
            case BOXED: return new BoxedBootstrap(seed);
            case TWO_LINE: return new TwoLineBootstrap(seed);
            case FUSED: return new FusedBootstrap(seed);
            case PRIMITIVE: return new PrimitiveBootstrap(seed);
            default: return new ParallelBootstrap(seed);
        }
    }
}
