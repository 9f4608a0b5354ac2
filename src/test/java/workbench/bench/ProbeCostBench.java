package workbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.agent.rt.ProbeCost;
import workbench.model.ClockInfo;
import workbench.session.ClockProbe;

/**
 * What one traced call costs the timed trace, probe by probe ({@link ProbeCost}), on this JVM's JDK and on JDK 25
 * side by side: the clock alone (two reads a call, the floor), the call-site probe, with the calling-context tree, and
 * an instrumented method's probe; each the median of 11 rounds of thread CPU time, after 3 rounds of warm-up.
 */
final class ProbeCostBench implements BenchSection {

    @Override
    public String name() {
        return "probes";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Map<String, String> javas = new LinkedHashMap<>();
        javas.put("JDK " + Runtime.version().feature(), ctx.java());
        BenchContext.jdk25().filter(h -> Runtime.version().feature() != 25)
                .ifPresent(h -> javas.put("JDK 25", h.resolve("bin/java").toString()));
        Map<String, Map<String, String>> figures = new LinkedHashMap<>();
        for (int r = 0; r < ctx.repeats(); r++) {
            for (Map.Entry<String, String> java : javas.entrySet()) {
                Map<String, String> f = figures.computeIfAbsent(java.getKey(), k -> new LinkedHashMap<>());
                for (String line : child(java.getValue()).split("\n")) {
                    String[] kv = line.split("=", 2);
                    if (kv.length == 2) f.merge(kv[0], kv[1], (a, b) -> a + " " + b);
                }
            }
        }
        ClockInfo clock = ClockProbe.measure();
        ctx.printf("ns per call (enter + exit), thread CPU time, median of 11 rounds of 1,000,000 calls in each of %d"
                + " children per JDK (each child's median listed); clock source %s; load %s%n", ctx.repeats(),
                clock.source().isEmpty() ? "unknown" : clock.source(), BenchContext.loadAverage());
        for (Map.Entry<String, Map<String, String>> jdk : figures.entrySet()) {
            for (Map.Entry<String, String> f : jdk.getValue().entrySet()) {
                double[] v = java.util.Arrays.stream(f.getValue().split(" ")).mapToDouble(Double::parseDouble)
                        .toArray();
                ctx.printf("%-7s %-16s %6.1f ns   (%s)%n", jdk.getKey(), f.getKey(), BenchContext.median(v),
                        f.getValue());
            }
        }
    }

    private static String child(String java) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                ProbeCost.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("exit " + p.exitValue() + ": " + String.join(" ", cmd) + "\n" + out);
        return out;
    }

}
