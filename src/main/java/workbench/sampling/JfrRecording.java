package workbench.sampling;

import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts JDK Flight Recorder in the child JVM with a settings file of our own that enables the sampling event and
 * nothing else, and dumps the recording when the child exits.
 *
 * <p>Why a minimal {@code .jfc}: JFR's {@code default} settings add dozens of periodic and threshold events. Even
 * with every event off the recorder costs something (its threads and buffers), so the sampling event is the only
 * thing we ask of it.
 */
public final class JfrRecording {

    /**
     * JFR's {@code profile} settings take 300 a second. A throttled-away sample's bytes go to the next sample's
     * weight, whatever its stack: at 1000 a second a 3:1 split came out 2.45 to 3.48; at this rate within 2 %.
     */
    static final int ALLOCATION_SAMPLES_PER_SECOND = 10000;

    private JfrRecording() {
    }

    /**
     * Writes the settings file.
     *
     * @param settings the run's settings; the event is {@code cpu}, {@code cpu-time} or {@code alloc}
     * @param jfc      the file to write
     * @throws IOException when it cannot be written
     */
    public static void writeSettings(SamplingSettings settings, Path jfc) throws IOException {
        long ms = settings.intervalNanos() / 1_000_000L;
        String events = settings.event() == SamplingEvent.ALLOC
                // JDK 16+: samples allocations at up to this rate, each weighed by the bytes it stands for
                ? event("jdk.ObjectAllocationSample", "throttle", ALLOCATION_SAMPLES_PER_SECOND + "/s")
                : settings.event() == SamplingEvent.CPU_TIME
                // JEP 509: a signal per thread every "throttle" of its CPU time; lost samples are counted too.
                ? event("jdk.CPUTimeSample", "throttle", ms + " ms") + event("jdk.CPUTimeSamplesLost", null, null)
                : event("jdk.ExecutionSample", "period", ms + " ms");
        // The settings in force, written once at the start, make the recording say its own interval.
        events += event("jdk.ActiveSetting", null, null);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<configuration version=\"2.0\" label=\"workbench sampling\""
                + " description=\"Only the sampling event, at the workbench's interval\" provider=\"workbench\">\n"
                + events + "</configuration>\n";
        Files.writeString(jfc, xml, StandardCharsets.UTF_8);
    }

    private static String event(String name, String setting, String value) {
        String s = "  <event name=\"" + name + "\">\n    <setting name=\"enabled\">true</setting>\n";
        if (setting != null) s += "    <setting name=\"" + setting + "\">" + value + "</setting>\n";
        return s + "  </event>\n";
    }

    /**
     * @param jfc    the settings file written by {@link #writeSettings}
     * @param output the {@code .jfr} to dump at exit; its path must not contain a comma, the option's separator
     * @return the JVM options that start the recording, without JFR's start-up message on the child's stdout
     */
    public static List<String> jvmOptions(Path jfc, Path output) {
        String file = output.toAbsolutePath().toString();
        String settings = jfc.toAbsolutePath().toString();
        if (file.indexOf(',') >= 0 || settings.indexOf(',') >= 0) {
            throw new IllegalArgumentException("recording path contains a comma: " + file);
        }
        return List.of("-Xlog:jfr+startup=error",
                "-XX:StartFlightRecording=dumponexit=true,filename=" + file + ",settings=" + settings);
    }
}
