package workbench.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.model.SweepStudy;

/** The table: a row per point, a column per series, the fitted exponents, a partial sweep said so. */
class SweepTableTest {

    private static String print(SweepStudy s) {
        StringWriter w = new StringWriter();
        SweepTable.print(s, new PrintWriter(w));
        return w.toString();
    }

    @Test
    void rows_are_points_columns_are_series_and_k_is_the_known_exponent() {
        SweepStudy s = Sweeps.growing(List.of(1000, 10000, 100000), List.of("boxed", "fused"), List.of("plain"), 3,
                1.0, 0.5);
        String out = print(s);
        List<String> lines = out.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.trim().startsWith("n  iterations")).findFirst()
                .orElseThrow());
        assertTrue(lines.get(header).matches(" +n  iterations  boxed plain +fused plain"), lines.get(header));
        assertTrue(lines.get(header + 1).matches(" +1000 +10  [0-9.e-]+ \\[[0-9.e-]+, [0-9.e-]+\\] +.*"), out);
        assertTrue(lines.get(header + 3).startsWith("100000"), out);
        assertTrue(out.contains("boxed plain  k = 1.000 ["), out);
        assertTrue(out.contains("fused plain  k = 0.500 ["), out);
        assertTrue(out.contains("order (seed 1): "), out);
        assertEquals(SweepFigures.of(s).get(0).exponent(), SweepFigures.of(s).get(0).exponent());
    }

    @Test
    void a_partial_sweep_says_how_far_it_got_and_still_prints() {
        SweepStudy full = Sweeps.growing(List.of(1000, 10000), List.of("boxed"), List.of("plain"), 2, 1.0);
        SweepStudy part = new SweepStudy(full.id(), "", full.base(), full.jvm(), full.startedAt(), 2, 1, full.sizes(),
                full.iterations(), full.variants(), full.modes(), full.order(), full.runs().subList(0, 1), List.of());
        String out = print(part);
        assertTrue(out.contains("PARTIAL: 1 of 4 children ran"), out);
        assertTrue(out.contains("k = - (needs two sizes of work)"), out);
    }
}
