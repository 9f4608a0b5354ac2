package workbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workbench.workload.Interval;
import workbench.workload.Workload;
import workbench.workload.WorkloadConfig;

/**
 * {@code workbench run}: the workload without a profiler, in this JVM.
 *
 * <p>Results go to stdout and are byte-identical for the same seed and variant; times go to stderr, because they
 * are not.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Compute the bootstrap confidence interval of the mean, without profiling.")
public final class RunCommand implements Callable<Integer> {

    /** Resampled elements above which a terminal gets a progress bar. */
    private static final long PROGRESS_THRESHOLD = 200_000_000L;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkloadOptions workload;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    /** One run's result, as printed with {@code --json}. */
    record RunResult(int run, double lower, double upper, double value, int num) {
    }

    @Override
    public Integer call() throws Exception {
        WorkloadConfig config = workload.toConfig();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<RunResult> results = new ArrayList<>();
        long elements = (long) config.n() * config.iterations() * config.runs();
        List<String> lines = new ArrayList<>();
        List<String> times = new ArrayList<>();
        try (ProgressBar bar = showProgress(elements) ? progressBar(config.runs()) : null) {
            Workload.run(config, (run, iv, nanos) -> {
                results.add(new RunResult(run + 1, iv.lower(), iv.upper(), iv.value(), iv.num()));
                String time = String.format(Locale.ROOT, "run %d: %.3f s", run + 1, nanos / 1e9);
                if (bar != null) {
                    // lines printed under a live bar would tear it (stdout is most often the same terminal)
                    if (!json) lines.add(format(run + 1, iv));
                    bar.step();
                    bar.setExtraMessage(time);
                    times.add(time);
                } else {
                    if (!json) out.println(format(run + 1, iv));
                    out.flush();
                    err.println(time);
                    err.flush();
                }
            });
        }
        lines.forEach(out::println);
        out.flush();
        times.forEach(err::println);
        err.flush();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(new JsonOutput(config.variant().cliName(), config.seed(),
                    config.iterations(), config.alpha(), results)));
            out.flush();
        }
        return 0;
    }

    record JsonOutput(String variant, long seed, int iterations, double alpha, List<RunResult> runs) {
    }

    static String format(int run, Interval iv) {
        return String.format(Locale.ROOT, "run %d: lower=%.6f upper=%.6f value=%.6f num=%d",
                run, iv.lower(), iv.upper(), iv.value(), iv.num());
    }

    /** A progress bar only for long runs and only when a person is watching: never in pipes, files or CI. */
    private static boolean showProgress(long elements) {
        return elements >= PROGRESS_THRESHOLD && stderrIsTerminal() && System.getenv("CI") == null;
    }

    /**
     * Java has no call for "is stderr a terminal"; on Linux /proc tells where file descriptor 2 points. Elsewhere a
     * console (stdin and stdout on a terminal) is the nearest sign.
     */
    static boolean stderrIsTerminal() {
        java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
        try {
            if (!java.nio.file.Files.isSymbolicLink(fd)) return System.console() != null; // no /proc here
            String target = java.nio.file.Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | SecurityException e) {
            return System.console() != null;
        }
    }

    private static ProgressBar progressBar(int runs) {
        return new ProgressBarBuilder().setTaskName("bootstrap").setInitialMax(runs)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(
                        System.err)).build();
    }
}
