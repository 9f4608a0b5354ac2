package workbench.sampling;

import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Starts async-profiler in the child JVM as a native agent: {@code -agentpath:<lib>=start,event=...,jfr,file=...}.
 *
 * <p>The library comes from the {@code tools.profiler:async-profiler} jar, which is shaded into ours and carries it
 * for Linux x64 and arm64; it is copied to a file because the JVM can only load a native agent from disk.
 */
public final class AsyncProfilerAgent {

    private static final String LIBRARY = "libasyncProfiler.so";
    private static final Path PARANOID = Path.of("/proc/sys/kernel/perf_event_paranoid");

    private AsyncProfilerAgent() {
    }

    /**
     * @param osName {@code os.name}
     * @param osArch {@code os.arch}
     * @return the jar's directory holding the library for this platform, or empty when there is none
     */
    static Optional<String> platform(String osName, String osArch) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) return Optional.empty();
        return switch (osArch) {
            case "amd64", "x86_64" -> Optional.of("linux-x64");
            case "aarch64", "arm64" -> Optional.of("linux-arm64");
            default -> Optional.empty();
        };
    }

    /**
     * Copies the native library for this platform into a directory.
     *
     * @param dir where to put it
     * @return the library file
     * @throws EngineUnavailableException with a one-line reason when this OS or architecture has no library
     * @throws IOException                   when it cannot be written
     */
    public static Path extractLibrary(Path dir) throws IOException {
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        String resource = platform(os, arch).map(p -> "/" + p + "/" + LIBRARY).orElseThrow(() ->
                new EngineUnavailableException("async-profiler has no library for " + os + "/" + arch));
        try (InputStream in = AsyncProfilerAgent.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new EngineUnavailableException("async-profiler's " + resource + " is not on the class path");
            }
            Path lib = libraryIn(dir);
            Files.copy(in, lib, StandardCopyOption.REPLACE_EXISTING);
            return lib;
        }
    }

    /**
     * @param dir a directory given to {@link #extractLibrary}
     * @return the library there: a running profiler takes further commands ({@code dump}) through it by attach
     */
    public static Path libraryIn(Path dir) {
        return dir.resolve(LIBRARY);
    }

    /**
     * Builds the agent option that starts profiling at JVM start and writes a JFR recording at exit.
     *
     * @param library  the extracted library
     * @param settings engine settings (event and interval)
     * @param output   the {@code .jfr} to write; its path must not contain a comma, the agent's separator
     * @return the {@code -agentpath:...} JVM option
     */
    public static String jvmOption(Path library, SamplingSettings settings, Path output) {
        return "-agentpath:" + library.toAbsolutePath() + "=" + startArguments(settings, output);
    }

    /**
     * @param settings engine settings (event and interval)
     * @param output   the {@code .jfr} written when profiling stops; its path must not contain a comma
     * @return the agent's arguments that start profiling: at JVM start, or loaded into a running JVM by attach
     */
    public static String startArguments(SamplingSettings settings, Path output) {
        String file = output.toAbsolutePath().toString();
        if (file.indexOf(',') >= 0) throw new IllegalArgumentException("recording path contains a comma: " + file);
        // the allocation sampler takes a sample per new TLAB (and per allocation outside one), not per interval
        String interval = settings.event().allocation() ? "" : ",interval=" + settings.intervalNanos();
        return "start," + eventOption(settings.event(), perfEventsLimited()) + interval + ",jfr,quiet,file=" + file;
    }

    /**
     * Chooses async-profiler's event. Its {@code cpu} event uses perf_events and, where
     * {@code kernel.perf_event_paranoid} forbids kernel sampling to us, silently falls back to {@code ctimer},
     * which only fires on a kernel tick (4 ms at HZ=250): at 1 ms that loses three samples in four. perf_events
     * limited to user space ({@code cpu-clock,alluser}) is allowed at paranoid level 2 and keeps the interval.
     *
     * @param event   the requested event
     * @param limited whether kernel-space perf_events are forbidden to this user
     * @return the agent's {@code event=...} option (with {@code alluser} when limited)
     */
    static String eventOption(SamplingEvent event, boolean limited) {
        return switch (event) {
            case CPU -> limited ? "event=cpu-clock,alluser" : "event=cpu";
            case WALL -> "event=wall";
            case ITIMER -> "event=itimer";
            case ALLOC -> "event=alloc";
            case CPU_TIME -> throw new IllegalArgumentException("cpu-time is a JFR event");
        };
    }

    /** @return whether perf_event_paranoid is above 1 and we are not root, so kernel-space sampling is refused */
    static boolean perfEventsLimited() {
        try {
            int level = Integer.parseInt(Files.readString(PARANOID).trim());
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return level > 1 && !Integer.valueOf(0).equals(uid);
        } catch (IOException | RuntimeException e) {
            return false; // not Linux, or no procfs: the cpu event finds its own way
        }
    }
}
