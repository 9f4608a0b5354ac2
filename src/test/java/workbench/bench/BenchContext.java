package workbench.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What every benchmark section shares: where to print, how often to repeat, and how to time a child process
 * side by side with another (interleaved, so that both see the same machine noise), with medians.
 */
public final class BenchContext {

    /** The workload's per-run line: {@code run k: ... (0.123 s)}. */
    private static final Pattern RUN_TIME = Pattern.compile("^run \\d+: .*\\(([0-9.]+) s\\)\\s*$");
    /** A line a Python timing wrapper prints: {@code seconds=0.123}. */
    private static final Pattern SECONDS = Pattern.compile("^seconds=([0-9.eE+-]+)\\s*$");

    private final PrintStream out;
    private final int repeats;
    private final Path jar;
    private final Path reference;

    /**
     * @param out       where the report goes
     * @param repeats   repeats per measurement (medians are reported)
     * @param jar       the workbench jar
     * @param reference the shared reference folder ({@code ../shared/reference}), may not exist
     */
    public BenchContext(PrintStream out, int repeats, Path jar, Path reference) {
        this.out = out;
        this.repeats = repeats;
        this.jar = jar;
        this.reference = reference;
    }

    /** @return where the report goes */
    public PrintStream out() {
        return out;
    }

    /** @return repeats per measurement */
    public int repeats() {
        return repeats;
    }

    /** @return the workbench jar */
    public Path jar() {
        return jar;
    }

    /** @return the Python port of the document's program, when the shared folder is there */
    public Optional<Path> pythonScript() {
        Path p = reference.resolve("python").resolve("bootstrap_ci.py");
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** @return the {@code python3} on PATH, if any */
    public Optional<String> python() {
        return onPath("python3");
    }

    /** @return whether {@code python3 -c 'import <module>'} works */
    public boolean pythonHas(String module) {
        if (python().isEmpty()) return false;
        try {
            Process p = new ProcessBuilder(python().get(), "-c", "import " + module).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** @return the java executable of this JVM */
    public String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** @return a JDK 25 installed beside the default one (under /usr/lib/jvm), if any */
    public static Optional<Path> jdk25() {
        Path root = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(root)) return Optional.empty();
        try (Stream<Path> homes = Files.list(root)) {
            return homes.filter(h -> releaseMajor(h).equals("25")).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String releaseMajor(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) return line.replaceAll("JAVA_VERSION=\"?(\\d+).*", "$1");
            }
        } catch (IOException e) {
            // not a JDK
        }
        return "";
    }

    /** @return the command that runs the workload's main from our jar with the given JVM options */
    public List<String> workload(List<String> jvmOptions, String... workloadArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", jar.toString(), "workbench.workload.Main"));
        cmd.addAll(Arrays.asList(workloadArgs));
        return cmd;
    }

    /**
     * Runs each command {@link #repeats()} times, interleaved (A B C A B C ...), and collects the timings.
     *
     * @param commands label to command
     * @return label to timings, in the order given
     */
    public Map<String, List<Timing>> interleave(Map<String, List<String>> commands) throws IOException {
        return interleave(commands, repeats);
    }

    /** As {@link #interleave(Map)} with an explicit number of repeats. */
    public Map<String, List<Timing>> interleave(Map<String, List<String>> commands, int times) throws IOException {
        Map<String, List<Timing>> result = new LinkedHashMap<>();
        commands.keySet().forEach(k -> result.put(k, new ArrayList<>()));
        for (int r = 0; r < times; r++) {
            for (Map.Entry<String, List<String>> e : commands.entrySet()) {
                result.get(e.getKey()).add(time(e.getValue()));
            }
        }
        return result;
    }

    /**
     * Runs one command and times it: the wall time of the process, and the time the program reports for its own
     * work (the sum of the workload's per-run times, or a Python wrapper's {@code seconds=}), which leaves JVM and
     * interpreter start-up out.
     *
     * @throws IOException when the command fails
     */
    public Timing time(List<String> command) throws IOException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        double own = 0;
        boolean sawOwn = false;
        StringBuilder tail = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                Matcher m = RUN_TIME.matcher(line);
                Matcher s = SECONDS.matcher(line);
                if (m.matches()) {
                    own += Double.parseDouble(m.group(1));
                    sawOwn = true;
                } else if (s.matches()) {
                    own += Double.parseDouble(s.group(1));
                    sawOwn = true;
                }
                if (tail.length() < 2000) tail.append(line).append('\n');
            }
        }
        int exit;
        try {
            exit = p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        if (exit != 0) throw new IOException("exit " + exit + " from " + String.join(" ", command) + "\n" + tail);
        return new Timing(wall, sawOwn ? own : wall);
    }

    /** One timed process: its wall time and the time the program reports for its own work. */
    public record Timing(double wallSeconds, double ownSeconds) {
    }

    /** @return the median of the programs' own times */
    public static double medianOwn(List<Timing> timings) {
        return median(timings.stream().mapToDouble(Timing::ownSeconds).toArray());
    }

    /** @return the median of the wall times */
    public static double medianWall(List<Timing> timings) {
        return median(timings.stream().mapToDouble(Timing::wallSeconds).toArray());
    }

    /** @return the median (mean of the middle two for an even count) */
    public static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** Prints a formatted line (Locale.ROOT, so decimal points are points). */
    public void printf(String format, Object... args) {
        out.printf(Locale.ROOT, format, args);
        out.flush();
    }

    private static Optional<String> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) return Optional.of(p.toString());
        }
        return Optional.empty();
    }
}
