package workbench.bench;

/** One part of {@code scripts/bench}: a set of side-by-side measurements with the figures it prints. */
public interface BenchSection {

    /** @return the name used to select it on the command line, e.g. {@code variants} */
    String name();

    /**
     * Measures and prints.
     *
     * @param ctx the shared context
     * @throws Exception when a measured process fails
     */
    void run(BenchContext ctx) throws Exception;
}
