package workbench.sampling;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;
import workbench.model.Frame;
import workbench.model.SampleData;
import workbench.model.SamplerInfo;
import workbench.model.SamplingEngine;
import workbench.model.SamplingEvent;
import workbench.model.ThreadScope;

/**
 * Reads a JFR recording, made by the JDK's Flight Recorder or by async-profiler, into sampled stacks with the
 * JDK's own parser ({@code jdk.jfr.consumer.RecordingFile}).
 *
 * <p>The recording describes itself: async-profiler writes its engine, event and interval as
 * {@code jdk.ActiveSetting} events, and so does JFR for the settings we give it. Stacks keep Java frames only
 * (native frames above them are the JVM's or the kernel's work on the Java frame's behalf, and JFR never records
 * them); a stack with no Java frame at all, such as a GC thread's, keeps its native frames.
 *
 * <p>A recording of allocations (and no time samples) is read as the {@link SamplingEvent#ALLOC} event: each stack
 * counts the bytes its samples stand for, and the objects, estimated as bytes over the sampled object's size where
 * the event gives that size (async-profiler's do; JFR's {@code jdk.ObjectAllocationSample} does not, so its objects
 * stay 0).
 */
public final class RecordingReader {

    static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";
    /** The descriptor async-profiler gives a native function it names after its library. */
    private static final String FAKE = "()L;";
    static final String CPU_TIME_SAMPLE = "jdk.CPUTimeSample";
    static final String CPU_TIME_LOST = "jdk.CPUTimeSamplesLost";
    static final String WALL_CLOCK_SAMPLE = "profiler.WallClockSample";
    /** async-profiler's allocation samples: a new TLAB (weighed by the TLAB's size) or an object outside one. */
    static final String ALLOC_IN_TLAB = "jdk.ObjectAllocationInNewTLAB";
    static final String ALLOC_OUTSIDE_TLAB = "jdk.ObjectAllocationOutsideTLAB";
    /** JFR's allocation sample, weighed by the bytes the thread allocated since its previous one. */
    static final String ALLOC_SAMPLE = "jdk.ObjectAllocationSample";
    /** The recording's allocation events all count in one table. */
    private static final String ALLOCATIONS = "allocations";
    private static final String ACTIVE_SETTING = "jdk.ActiveSetting";
    private static final int CHUNK_MAGIC = 0x464c5200; // "FLR\0"

    private RecordingReader() {
    }

    /**
     * @param jfr                   the recording
     * @param allThreads            keep the JVM's own threads too
     * @param defaultIntervalNanos  the interval to assume when the recording does not say
     * @return the samples of the recording's main sampling event
     * @throws RecordingException when the file is missing, not a recording, truncated or corrupt
     */
    public static SampleData read(Path jfr, boolean allThreads, long defaultIntervalNanos)
            throws RecordingException {
        if (!Files.isRegularFile(jfr)) {
            throw new RecordingException("cannot read recording " + jfr + ": no such file", null);
        }
        Map<String, String> settings = new HashMap<>();
        Map<Long, Map<String, String>> byEventType = new HashMap<>();
        Map<String, Stacks> byType = new LinkedHashMap<>();
        long lost = 0;
        try (RecordingFile file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                String type = e.getEventType().getName();
                switch (type) {
                    case ACTIVE_SETTING -> {
                        String name = e.getString("name");
                        String value = e.getString("value");
                        settings.put(name, value);
                        byEventType.computeIfAbsent(e.getLong("id"), k -> new HashMap<>()).put(name, value);
                    }
                    case CPU_TIME_LOST -> lost += e.getLong("lostSamples");
                    case EXECUTION_SAMPLE, CPU_TIME_SAMPLE, WALL_CLOCK_SAMPLE ->
                            byType.computeIfAbsent(type, t -> new Stacks(allThreads)).add(e, type);
                    case ALLOC_IN_TLAB, ALLOC_OUTSIDE_TLAB, ALLOC_SAMPLE ->
                            byType.computeIfAbsent(ALLOCATIONS, t -> new Stacks(allThreads)).add(e, type);
                    default -> { }
                }
            }
        } catch (NoSuchFileException e) {
            throw new RecordingException("cannot read recording " + jfr + ": no such file", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof EOFException || truncated(jfr)) {
                throw new RecordingException("cannot read recording " + jfr + ": it is truncated (was the JVM"
                        + " killed before it finished writing?)", e);
            }
            throw new RecordingException("cannot read recording " + jfr + ": not a valid JFR file ("
                    + oneLine(e) + ")", e);
        }
        return describe(jfr, settings, byEventType, byType, lost, allThreads, defaultIntervalNanos);
    }

    private static SampleData describe(Path jfr, Map<String, String> settings,
            Map<Long, Map<String, String>> byEventType, Map<String, Stacks> byType, long lost, boolean allThreads,
            long defaultInterval) {
        String asyncEngine = settings.get("engine");
        SamplingEngine engine;
        SamplingEvent event;
        String sampler;
        String sampleType;
        long interval;
        boolean alloc = byType.containsKey(ALLOCATIONS) && !byType.containsKey(EXECUTION_SAMPLE)
                && !byType.containsKey(CPU_TIME_SAMPLE) && !byType.containsKey(WALL_CLOCK_SAMPLE);
        if (alloc) {
            engine = asyncEngine != null && settings.containsKey("version") ? SamplingEngine.ASYNC : SamplingEngine.JFR;
            event = SamplingEvent.ALLOC;
            sampleType = ALLOCATIONS;
            sampler = engine == SamplingEngine.ASYNC ? "TLAB" : ALLOC_SAMPLE;
            interval = 1; // counts are bytes
        } else if (asyncEngine != null && settings.containsKey("version")) {
            engine = SamplingEngine.ASYNC;
            String asyncEvent = settings.getOrDefault("event", "cpu");
            boolean wall = asyncEvent.equals("wall") || asyncEngine.equals("wall");
            sampleType = wall ? WALL_CLOCK_SAMPLE : EXECUTION_SAMPLE;
            event = wall ? SamplingEvent.WALL : asyncEvent.equals("itimer") ? SamplingEvent.ITIMER : SamplingEvent.CPU;
            sampler = asyncEngine + ("true".equals(settings.get("alluser")) ? ", user space" : "");
            interval = parseOr(settings.get("interval"), defaultInterval);
        } else {
            engine = SamplingEngine.JFR;
            boolean cpuTime = byType.containsKey(CPU_TIME_SAMPLE);
            sampleType = cpuTime ? CPU_TIME_SAMPLE : EXECUTION_SAMPLE;
            event = cpuTime ? SamplingEvent.CPU_TIME : SamplingEvent.CPU;
            sampler = sampleType;
            Stacks s = byType.get(sampleType);
            Map<String, String> own = s == null ? Map.of() : byEventType.getOrDefault(s.typeId, Map.of());
            interval = parseOr(own.get(cpuTime ? "throttle" : "period"), defaultInterval);
            // JEP 509's timer fires on the kernel's tick at best, and each sample says the period it stands for
            // (4 ms at HZ=250 when 1 ms was asked): seconds must use that, not the setting.
            if (cpuTime && s != null && s.periods > 0) interval = Math.round(s.periodNanos / (double) s.periods);
            if (s != null) lost += s.failed;
        }
        Stacks s = byType.getOrDefault(sampleType, new Stacks(allThreads));
        SamplerInfo info = new SamplerInfo(engine, event, sampler, allThreads ? ThreadScope.ALL : ThreadScope.WORKLOAD,
                interval, lost, jfr.getFileName().toString());
        return new SampleData(info, s.frames(), s.stacks());
    }

    /** Parses {@code 1 ms}, {@code 1000000} (ns), or a rate such as {@code 1000/s}; anything else gives the default. */
    static long parseOr(String value, long defaultNanos) {
        if (value == null) return defaultNanos;
        String v = value.replace(" ", "").toLowerCase(Locale.ROOT);
        try {
            int slash = v.indexOf("/s");
            if (slash > 0) return Math.round(1e9 / Double.parseDouble(v.substring(0, slash)));
            return SamplingSettings.parseInterval(v);
        } catch (IllegalArgumentException e) {
            return defaultNanos;
        }
    }

    /**
     * Tells a cut-off recording from a corrupt one by its chunk headers: each starts with {@code FLR\0}, two
     * version shorts and the chunk's size, and a chunk that claims more bytes than the file has was cut off.
     */
    static boolean truncated(Path jfr) {
        try (FileChannel ch = FileChannel.open(jfr)) {
            long size = ch.size();
            long pos = 0;
            ByteBuffer header = ByteBuffer.allocate(16);
            while (pos < size) {
                header.clear();
                if (ch.read(header, pos) < 16) return true;
                if (header.getInt(0) != CHUNK_MAGIC) return false;
                long chunk = header.getLong(8);
                if (chunk <= 0 || pos + chunk > size) return true;
                pos += chunk;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return m.lines().findFirst().orElse(m);
    }

    /** The distinct stacks of one sample type, interned. */
    private static final class Stacks {
        private final boolean allThreads;
        private final Map<Frame, Integer> frameIds = new LinkedHashMap<>();
        /** Per (thread, frames): the weight (samples, or bytes) and the objects. */
        private final Map<SampleData.StackCount, long[]> counts = new LinkedHashMap<>();
        private long typeId;
        private long periodNanos;
        private long periods;
        private long failed;

        Stacks(boolean allThreads) {
            this.allThreads = allThreads;
        }

        void add(RecordedEvent e, String type) {
            typeId = e.getEventType().getId();
            RecordedThread thread = e.hasField("sampledThread") ? e.getThread("sampledThread")
                    : e.getThread("eventThread");
            String javaName = thread == null ? null : thread.getJavaName();
            if (!allThreads && !ThreadSelection.isWorkload(javaName)) return;
            String name = javaName != null ? javaName : thread == null ? "?" : thread.getOSName();
            long weight = type.equals(WALL_CLOCK_SAMPLE) && e.hasField("samples") ? e.getLong("samples") : 1;
            long objects = 0;
            if (type.equals(ALLOC_IN_TLAB) || type.equals(ALLOC_OUTSIDE_TLAB) || type.equals(ALLOC_SAMPLE)) {
                long size = e.hasField("allocationSize") ? e.getLong("allocationSize") : 0;
                long tlab = e.hasField("tlabSize") ? e.getLong("tlabSize") : 0;
                weight = type.equals(ALLOC_SAMPLE) ? e.getLong("weight") : tlab > 0 ? tlab : size;
                objects = size > 0 ? Math.max(1, Math.round(weight / (double) size)) : 0;
            }
            if (type.equals(CPU_TIME_SAMPLE)) {
                if (e.hasField("failed") && e.getBoolean("failed")) {
                    failed++; // the stack could not be walked: a sample lost, as far as the table goes
                    return;
                }
                if (e.hasField("samplingPeriod")) {
                    periodNanos += e.getDuration("samplingPeriod").toNanos();
                    periods++;
                }
            }
            RecordedStackTrace trace = e.getStackTrace();
            List<Integer> ids = trace == null ? List.of() : intern(trace.getFrames());
            // The key's count is unused: the record is only the (thread, frames) pair being counted.
            long[] c = counts.computeIfAbsent(new SampleData.StackCount(name, ids, 0), k -> new long[2]);
            c[0] += weight;
            c[1] += objects;
        }

        private List<Integer> intern(List<RecordedFrame> frames) {
            List<Frame> java = new ArrayList<>(frames.size());
            List<Frame> all = new ArrayList<>(frames.size());
            for (RecordedFrame f : frames) { // leaf first, as in the model
                RecordedMethod m = f.getMethod();
                String cls = m.getType() == null ? "" : m.getType().getName();
                String frameType = f.getType();
                // async-profiler's native frames are "Native" with the library as the class (libc.so.6, vdso)
                // and a made-up descriptor; a Java native method is "Native" with its real descriptor
                boolean isJava = !cls.isEmpty() && !"Kernel".equals(frameType) && !"C++".equals(frameType)
                        && !("Native".equals(frameType) && (cls.contains(".so") || FAKE.equals(m.getDescriptor())));
                Frame key = isJava ? FrameNames.javaFrame(cls, m.getName(), m.getDescriptor(), f.getLineNumber())
                        : FrameNames.nativeFrame(cls, m.getName(), "Kernel".equals(frameType));
                all.add(key);
                if (isJava) java.add(key);
            }
            List<Integer> ids = new ArrayList<>();
            for (Frame key : java.isEmpty() ? all : java) {
                ids.add(frameIds.computeIfAbsent(key, k -> frameIds.size()));
            }
            return ids;
        }

        List<Frame> frames() {
            return new ArrayList<>(frameIds.keySet());
        }

        List<SampleData.StackCount> stacks() {
            List<SampleData.StackCount> out = new ArrayList<>(counts.size());
            counts.forEach((k, n) -> out.add(new SampleData.StackCount(k.thread(), k.frames(), n[0], n[1])));
            return out;
        }
    }
}
