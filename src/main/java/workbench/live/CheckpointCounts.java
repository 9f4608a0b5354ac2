package workbench.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import workbench.model.FunctionStats;
import workbench.model.ProfileData;
import workbench.session.AgentOutput;

/**
 * A deterministic or line run read through the checkpoints its agent writes on a schedule ({@code --checkpoint},
 * 1 s by default): exact calls per function (hits per line) up to the last one. Reading them costs the profiled JVM nothing more.
 */
public final class CheckpointCounts implements LiveSource {

    private final Path checkpoint;
    private final LiveUnit unit;
    private LiveCounts last;

    /**
     * @param checkpoint the agent's checkpoint file (it appears after the first period)
     * @param unit       {@link LiveUnit#CALLS} for a deterministic run's file, {@link LiveUnit#HITS} for a line run's
     */
    public CheckpointCounts(Path checkpoint, LiveUnit unit) {
        this.checkpoint = checkpoint;
        this.unit = unit;
    }

    @Override
    public LiveUnit unit() {
        return unit;
    }

    @Override
    public LiveCounts read() throws IOException {
        long at;
        ProfileData data;
        try {
            at = Files.getLastModifiedTime(checkpoint).toMillis();
            if (last != null && at * 1_000_000L == last.atNanos()) return last; // no new checkpoint yet
            data = AgentOutput.read(checkpoint);
        } catch (NoSuchFileException e) {
            // none yet, or the last write at the program's end has removed it: the counts stand as last read
            if (last != null) return last;
            throw new IOException("no checkpoint yet", e);
        }
        Map<String, Long> calls = new HashMap<>();
        if (data.functionData().isPresent()) {
            for (FunctionStats f : data.functionData().get().merged()) {
                calls.merge(f.method().className() + "." + f.method().method(), f.calls(), Long::sum);
            }
        } else if (data.lineData().isPresent()) {
            data.lineData().get().byLine().forEach((id, stats) -> calls.merge(id.method().className() + "."
                    + id.method().method() + ":" + id.line(), stats.hits(), Long::sum));
        } else {
            throw new IOException(checkpoint + " holds neither calls nor line hits");
        }
        long events = calls.values().stream().mapToLong(Long::longValue).sum();
        // the checkpoint's own time, not ours: the interval is the agent's, whenever we happen to read
        last = new LiveCounts(at * 1_000_000L, events, 0, calls, calls);
        return last;
    }
}
