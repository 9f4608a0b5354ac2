package workbench.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** What {@code overhead} and {@code sweep} share: the order's seed, how far to go, a name, a time limit per child. */
public final class StudyOptions {

    @Option(names = "--order-seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the shuffled order (default: ${DEFAULT-VALUE}).")
    long orderSeed;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "0",
            description = "Stop after N children, keeping a partial result (default: all).")
    int maxRuns;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "",
            description = "A name for the saved result, usable wherever its id is.")
    String name;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "Stop a child after this many seconds, 0 for no limit (default: ${DEFAULT-VALUE}).")
    long timeout;

    /**
     * @throws UserException naming the first bad option
     */
    void check() {
        if (maxRuns < 0) throw new UserException("--max-runs must be 0 (all) or more, got " + maxRuns);
        if (timeout < 0) throw new UserException("--timeout must be 0 (none) or more, got " + timeout);
    }

    /** @return the time limit per child, or {@code null} for none */
    Duration childTimeout() {
        return timeout == 0 ? null : Duration.ofSeconds(timeout);
    }
}
