package workbench.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import workbench.instrument.SkipLog;
import workbench.model.LineData;
import workbench.model.Profile;
import workbench.model.ProfileData;
import workbench.model.SampleData;
import workbench.model.HybridLineData;
import workbench.model.Target;
import workbench.session.ChildRun;
import workbench.session.ChildSetup;
import workbench.session.ModeRecorder;
import workbench.session.ProfileSession;
import workbench.store.ProfileStore;

/**
 * Runs one program plain and under profiling modes, each in a child JVM started by {@link ProfileSession} as
 * {@code workbench profile} starts it, and keeps what a user of the program would see: its output, its standard
 * error and its exit code, beside the profile.
 */
final class ProgramRuns {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    /**
     * One run of the program.
     *
     * @param label    the mode, or {@code plain}
     * @param exitCode the program's exit code
     * @param stdout   what it printed
     * @param stderr   its standard error, the agent's lines included
     * @param profile  the profile, {@code null} for the plain run
     */
    record Run(String label, int exitCode, String stdout, String stderr, Profile profile) {

        /** @return the agent's lines on standard error, in order */
        List<String> agentLines() {
            return stderr.lines().filter(l -> l.startsWith(SkipLog.PREFIX)).toList();
        }

        /** @return the profile's line data, sampled or not */
        LineData lines() {
            ProfileData d = profile.data();
            return d instanceof HybridLineData s ? s.lines() : (LineData) d;
        }

        /** @return the profile's samples, from a sampling run or a line run with sampled timing */
        SampleData samples() {
            ProfileData d = profile.data();
            return d instanceof HybridLineData s ? s.samples() : (SampleData) d;
        }

        /** Fails unless the program's output and exit code are the plain run's, and nothing broke on the way. */
        void behavesAs(Run plain) {
            assertEquals(plain.exitCode, exitCode, label + ": exit code\n" + stderr);
            assertEquals(plain.stdout, stdout, label + ": standard output\n" + stderr);
            for (String bad : List.of("VerifyError", "Exception in thread", "LinkageError", "IllegalAccessError")) {
                assertFalse(stderr.contains(bad), label + ": " + bad + " on standard error\n" + stderr);
            }
        }
    }

    private final Path work;
    private final List<Path> classPath;
    private int count;

    /**
     * @param work      a fresh directory
     * @param classPath what the programs need on their class path besides the workbench jar
     */
    ProgramRuns(Path work, List<Path> classPath) {
        this.work = work;
        this.classPath = List.copyOf(classPath);
    }

    /**
     * @param target the program
     * @return the program run with no profiler, through the same kind of child as the profiled runs
     */
    Run plain(Target target) throws IOException {
        Path[] files = files();
        ChildRun run = session(files).plain(target, ChildSetup.NONE);
        return new Run("plain", run.exitCode(), Files.readString(files[0]), Files.readString(files[1]), null);
    }

    /**
     * @param label    the mode's name, for messages
     * @param recorder the mode
     * @param target   the program
     * @return the program run under it
     */
    Run profiled(String label, ModeRecorder recorder, Target target) throws IOException {
        Path[] files = files();
        Path saved = Files.createDirectories(work.resolve("saved-" + count));
        Profile p = session(files).record(recorder, target, label, "", suffix -> saved.resolve("run" + suffix));
        return new Run(label, p.run().exitCode(), Files.readString(files[0]), Files.readString(files[1]), p);
    }

    private ProfileSession session(Path[] files) {
        return new ProfileSession(new ProfileStore(work.resolve("profiles")), TIMEOUT, List.of())
                .withClassPath(classPath).withStdout(files[0]).withStderr(files[1]);
    }

    private Path[] files() throws IOException {
        int k = ++count;
        Path out = work.resolve("stdout-" + k + ".txt");
        Path err = work.resolve("stderr-" + k + ".txt");
        Files.createFile(out);
        Files.createFile(err);
        return new Path[] {out, err};
    }

    /** @return the lines of the given function: line number to hits, summed over the function's tables */
    static Map<Integer, Long> hits(LineData data, String className, String method) {
        Map<Integer, Long> out = new TreeMap<>();
        List<String> all = new ArrayList<>();
        for (LineData.FunctionLines f : data.functions()) {
            all.add(f.method().className() + "." + f.method().method());
            if (!f.method().className().equals(className) || !f.method().method().equals(method)) continue;
            for (LineData.LineStats l : f.lines()) {
                if (l.hits() > 0) out.merge(l.line(), l.hits(), Long::sum);
            }
        }
        assertFalse(out.isEmpty(), "no hits in " + className + "." + method + " among " + all);
        return out;
    }
}
