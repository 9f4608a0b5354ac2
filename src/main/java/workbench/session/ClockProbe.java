package workbench.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import workbench.model.ClockInfo;

/**
 * Names the timer a run's times were read with and measures one reading's cost. Both vary between machines (a
 * {@code tsc} clock source reads in about 22 ns, {@code kvm-clock} in about 26 ns here) and set the floor of what a
 * traced call costs, so every run records them beside its figures.
 */
public final class ClockProbe {

    private static final Path CLOCK_SOURCE = Path.of("/sys/devices/system/clocksource/clocksource0/current_clocksource");
    /** Reads per round: five rounds of them cost the driver a few milliseconds before each child starts. */
    private static final int READS = 50_000;

    /** Keeps the timed loop's result alive so that the compiler cannot drop the loop. */
    private static volatile long sink;

    private ClockProbe() {
    }

    /** @return the clock source and the median cost of {@code System.nanoTime()} over a few short rounds */
    public static ClockInfo measure() {
        double[] rounds = new double[5];
        for (int r = 0; r < rounds.length; r++) rounds[r] = nanoTimeCost();
        java.util.Arrays.sort(rounds);
        return new ClockInfo(clockSource(), rounds[rounds.length / 2]);
    }

    /** @return the kernel's clock source, {@code ""} where the system does not say (not Linux) */
    public static String clockSource() {
        try {
            return Files.readString(CLOCK_SOURCE, StandardCharsets.US_ASCII).trim();
        } catch (IOException | SecurityException e) {
            return "";
        }
    }

    private static double nanoTimeCost() {
        long acc = 0;
        long start = System.nanoTime();
        for (int i = 0; i < READS; i++) acc += System.nanoTime();
        long elapsed = System.nanoTime() - start;
        sink = acc;
        return elapsed / (double) READS;
    }
}
