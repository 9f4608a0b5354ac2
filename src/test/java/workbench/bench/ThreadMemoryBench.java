package workbench.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbench.agent.AgentOptions;
import workbench.validation.targets.ManyThreads;

/**
 * The deterministic agent's memory on thread-heavy programs (issue 17): a pool of 200 threads, 100,000 short platform
 * threads and 100,000 virtual threads (on the JDK 25 beside the default one when that is 17), and the short threads
 * again under the hybrid runtime of {@code --timing sampled}. Each program runs plain and under the agent in
 * -Xmx256m, interleaved; the agent's own accounting of its arrays at the program's end ({@code Tracer.retainedBytes},
 * {@code HybridCounter.retainedBytes}) is printed with the traces it keeps, and the wall times side by side (medians).
 */
final class ThreadMemoryBench implements BenchSection {

    private static final Pattern AGENT = Pattern.compile("agent-bytes=(\\d+) traces=(\\d+)");

    @Override
    public String name() {
        return "threads";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        ctx.printf("ManyThreads under the deterministic agent (no tree) and plain, -Xmx256m, %d repeats interleaved;"
                + " every task calls ManyThreads.task %d times%n", ctx.repeats(), ManyThreads.K);
        String java = ctx.java();
        program(ctx, java, AgentOptions.TRACE, "a pool of 200 threads, 20000 tasks", "pool", "200", "20000");
        program(ctx, java, AgentOptions.TRACE, "100000 short threads, 50 at a time", "short", "100000");
        program(ctx, java, AgentOptions.HYBRID, "100000 short threads, 50 at a time, hybrid (--timing sampled)",
                "short", "100000");
        Optional<Path> jdk25 = Runtime.version().feature() >= 21 ? Optional.empty() : BenchContext.jdk25();
        if (Runtime.version().feature() < 21 && jdk25.isEmpty()) {
            ctx.printf("100000 virtual threads: skipped (JDK %d, no JDK 25 under /usr/lib/jvm)%n",
                    Runtime.version().feature());
            return;
        }
        String vjava = jdk25.map(h -> h.resolve("bin/java").toString()).orElse(java);
        program(ctx, vjava, AgentOptions.TRACE, "100000 virtual threads (JDK " + (jdk25.isPresent() ? 25 : Runtime.version().feature())
                + ")", "virtual", "100000");
    }

    private static void program(BenchContext ctx, String java, String mode, String what, String... args)
            throws Exception {
        double[] plain = new double[ctx.repeats()];
        double[] traced = new double[ctx.repeats()];
        String agent = "";
        for (int r = 0; r < ctx.repeats(); r++) {
            plain[r] = run(ctx, java, null, args)[0];
            double[] t = run(ctx, java, mode, args);
            traced[r] = t[0];
            agent = String.format("%.0f KB in %d traces", t[1] / 1024, (long) t[2]);
        }
        double p = BenchContext.median(plain);
        double t = BenchContext.median(traced);
        ctx.printf("%s: agent arrays %s; wall plain %.2f s, traced %.2f s (%.2fx)%n", what, agent, p, t, t / p);
    }

    /** @return wall seconds, and under the agent (in {@code mode}; {@code null} for plain) its bytes and traces */
    private static double[] run(BenchContext ctx, String java, String mode, String... args) throws Exception {
        boolean agent = mode != null;
        Path trace = ctx.workDir().resolve("threads.wbt");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
        if (agent) {
            command.add("-javaagent:" + ctx.jar() + "=" + new AgentOptions(mode, trace.toString(),
                    List.of(ManyThreads.class.getPackageName() + ".*"), List.of(), false));
        }
        command.addAll(List.of("-cp", testClasses().toString(), ManyThreads.class.getName()));
        command.addAll(List.of(args));
        Path out = ctx.workDir().resolve("threads.out");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(out);
        if (exit != 0) throw new IOException("exit " + exit + ": " + String.join(" ", command) + "\n" + output);
        if (!agent) return new double[] {seconds};
        Matcher m = AGENT.matcher(output);
        if (!m.find()) throw new IOException("no agent figures from " + String.join(" ", command) + "\n" + output);
        return new double[] {seconds, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    private static Path testClasses() throws URISyntaxException {
        return Path.of(ManyThreads.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
