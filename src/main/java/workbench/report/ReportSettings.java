package workbench.report;

import java.util.List;
import java.util.Optional;

/**
 * How a saved run is printed: one immutable record that {@code profile} and {@code stats} build from the same
 * options and hand to {@link ProfilePrinter}, so that both print a run the same way.
 *
 * @param sortKeys     pstats' sort keys, most significant first (deterministic)
 * @param restrictions pstats' restrictions in order: a regex, then a count or fraction (deterministic)
 * @param callers      also print the callers of the functions this matches (deterministic)
 * @param callees      also print the callees of the functions this matches (deterministic)
 * @param perThread    one table per thread (deterministic)
 * @param by           rows per line or per function (sampling)
 * @param labels       how functions are named ({@code strip_dirs} or not)
 * @param sources      where line tables find their source text
 */
public record ReportSettings(List<SortKey> sortKeys, List<Restriction> restrictions, Optional<Restriction> callers,
                             Optional<Restriction> callees, boolean perThread, StatprofTable.By by, Labels labels,
                             SourceLookup sources) {

    public ReportSettings {
        sortKeys = List.copyOf(sortKeys);
        restrictions = List.copyOf(restrictions);
    }

    /** @return pstats' defaults: by internal time, 20 rows, stripped names, lines of the workload's sources */
    public static ReportSettings defaults() {
        return new ReportSettings(List.of(SortKey.parse("time")), List.of(Restriction.count(20)), Optional.empty(),
                Optional.empty(), false, StatprofTable.By.LINE, Labels.STRIPPED, new SourceLookup(List.of()));
    }
}
