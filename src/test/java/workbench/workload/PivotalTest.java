package workbench.workload;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The pivotal interval, against cases worked by hand. */
class PivotalTest {

    @Test
    void handComputedCase() {
        // it = 8, α = 0.3: ⌊8·0.85⌋ = ⌊6.8⌋ = 6 and ⌊8·0.15⌋ = ⌊1.2⌋ = 1 (no product lands on an integer, so no
        // rounding question); θ*[6] = 21, θ*[1] = 2, mean 6: lower = 12 − 21 = −9, upper = 12 − 2 = 10.
        double[] sorted = {1, 2, 3, 5, 8, 13, 21, 34};
        assertEquals(6, Pivotal.index(8, 1 - 0.3 / 2));
        assertEquals(1, Pivotal.index(8, 0.3 / 2));
        assertEquals(new Interval(-9, 10, 6, 42), Pivotal.interval(sorted, 6, 0.3, 42));
    }

    @Test
    void documentsDefaultsWithTenIterations() {
        // it = 10, α = 0.05: ⌊9.75⌋ = 9 (the largest mean) and ⌊0.25⌋ = 0 (the smallest).
        double[] sorted = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
        assertEquals(new Interval(2 * 14.5 - 19, 2 * 14.5 - 10, 14.5, 100), Pivotal.interval(sorted, 14.5, 0.05, 100));
    }

    @Test
    void tinyAlphaIsClampedToTheLargestMean() {
        double alpha = 1e-17; // 1 − α/2 rounds to 1.0, so ⌊it·(1 − α/2)⌋ = it: one past the last mean
        assertEquals(1.0, 1 - alpha / 2);
        assertEquals(10, (int) Math.floor(10 * (1 - alpha / 2)), "the formula's own index is out of range");
        assertEquals(9, Pivotal.index(10, 1 - alpha / 2));
        assertEquals(0, Pivotal.index(10, alpha / 2));
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(new Interval(2 * 5 - 10, 2 * 5 - 1, 5, 3), Pivotal.interval(sorted, 5, alpha, 3));
    }

    @Test
    void indexNeverLeavesTheArray() {
        for (int it = 2; it <= 50; it++) {
            for (double q : new double[] {0, 1e-300, 0.025, 0.5, 0.975, 1 - 1e-17, 1}) {
                int i = Pivotal.index(it, q);
                assertEquals(true, i >= 0 && i < it, "it=" + it + " q=" + q + " -> " + i);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Variant.class)
    void everyVariantTakesTinyAlphaAndConstantData(Variant variant) {
        Bootstrap bootstrap = variant.create(5);
        double[] constant = {2.5, 2.5, 2.5, 2.5};
        assertEquals(new Interval(2.5, 2.5, 2.5, 4), bootstrap.confidenceInterval(constant, 10, 0.05));
        Interval iv = assertDoesNotThrow(() -> bootstrap.confidenceInterval(Data.generate(50, 5), 10, 1e-17));
        assertEquals(50, iv.num());
        assertEquals(true, iv.lower() <= iv.upper(), iv.toString());
    }
}
