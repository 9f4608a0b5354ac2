package workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;
import workbench.model.Durations;
import workbench.export.FlameGraphExporter;
import workbench.model.Profile;
import workbench.model.SampleProfile;
import workbench.report.StatprofTable;
import workbench.sampling.RecordingException;
import workbench.sampling.RecordingReader;
import workbench.sampling.SamplingSettings;
import workbench.session.ProfileSession;
import workbench.session.SamplingRecorder;
import workbench.workload.WorkloadConfig;

/** {@code profile --mode sampling}'s options, and that mode's part of the command. */
public final class SamplingOptions {

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "async",
            description = "Sampling mode: async (async-profiler) or jfr (JDK Flight Recorder)"
                    + " (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--interval", paramLabel = "TIME", defaultValue = "1ms",
            description = "Sampling mode: time between samples, with unit ns, us, ms or s (default: ${DEFAULT-VALUE},"
                    + " like statprof).")
    String interval;

    @Option(names = "--event", paramLabel = "EVENT", defaultValue = "cpu",
            description = {"Sampling mode: cpu, wall or itimer (async), cpu or cpu-time (jfr; cpu-time is"
                + " Java 25's CPU-time sampler on Linux) (default: ${DEFAULT-VALUE}).",
                "itimer and cpu-time fire on the kernel's tick (often 4 ms) at best."})
    String event;

    @Option(names = "--by", paramLabel = "KEY", defaultValue = "line",
            description = "Sampling mode: table rows per line or per function (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--flamegraph", paramLabel = "FILE",
            description = "Sampling mode: also write an interactive HTML flame graph to FILE.")
    Path flameGraph;

    @Option(names = "--threads", paramLabel = "WHICH", defaultValue = "workload",
            description = "Sampling mode: workload (the program's own threads) or all (JIT, GC and other JVM threads"
                    + " too) (default: ${DEFAULT-VALUE}).")
    String threads;

    @Option(names = "--jfr", paramLabel = "FILE",
            description = "Sampling mode: print the table of an existing recording (of either engine) instead of"
                    + " running the workload.")
    Path recording;

    /** @return whether an existing recording is to be read rather than a new run made */
    boolean readsRecording() {
        return recording != null;
    }

    /** @return the checked settings */
    SamplingSettings settings() {
        if (!threads.equals("workload") && !threads.equals("all")) {
            throw new UserException("--threads must be workload or all, got '" + threads + "'");
        }
        return SamplingSettings.of(engine, event, interval, threads.equals("all"));
    }

    StatprofTable.By tableKey() {
        return switch (by) {
            case "line" -> StatprofTable.By.LINE;
            case "function" -> StatprofTable.By.FUNCTION;
            default -> throw new UserException("--by must be line or function, got '" + by + "'");
        };
    }

    /**
     * Runs the workload sampled, saves it, prints the table (and writes the flame graph).
     *
     * @return the exit code
     */
    int profile(ProfileSession session, WorkloadConfig config, Map<String, String> options, PrintWriter out,
                PrintWriter err) throws IOException {
        SamplingSettings s = settings();
        StatprofTable.By key = tableKey();
        SamplingRecorder recorder = new SamplingRecorder(s, line -> {
            err.println("workbench: " + line);
            err.flush();
        });
        options.put("engine", s.engine().cliName());
        options.put("event", s.event().cliName());
        options.put("interval", Durations.exact(s.intervalNanos()));
        options.put("threads", s.threadsName());
        Profile p = session.run(recorder, config, options);
        report(p.samples(), key, out);
        out.println("saved " + p.run().id() + " (recording " + p.samples().recording() + ")");
        out.flush();
        return 0;
    }

    /**
     * Prints the table of an existing recording.
     *
     * @return the exit code
     * @throws UserException when the file is not a readable recording
     */
    int readRecording(PrintWriter out) throws IOException {
        SamplingSettings s = settings();
        StatprofTable.By key = tableKey();
        SampleProfile samples;
        try {
            samples = RecordingReader.read(recording, s.allThreads(), s.intervalNanos());
        } catch (RecordingException e) {
            throw new UserException(e.getMessage());
        }
        report(samples, key, out);
        return 0;
    }

    private void report(SampleProfile samples, StatprofTable.By key, PrintWriter out) throws IOException {
        new StatprofTable(samples, key).print(out);
        if (flameGraph != null) {
            new FlameGraphExporter("workbench: " + samples.engine() + " " + samples.event(), false)
                    .export(samples, flameGraph);
            out.println("flame graph: " + flameGraph);
        }
        out.flush();
    }
}
