package workbench.agent;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.List;
import workbench.agent.rt.Delay;
import workbench.instrument.DelayInjector;
import workbench.instrument.DelayTarget;
import workbench.instrument.SkipLog;
import workbench.io.AtomicFiles;
import workbench.model.DelayTruth;

/**
 * The accuracy study's known delay ({@code workbench accuracy --inject}): not a profiling mode but a mode of its own
 * that runs beside any of them (the tracer, the line counter, the sampler's reserve). Its transformer is registered
 * before the profiling mode's, so the profiler's probes wrap the delay as they wrap the rest of the method; what
 * it spent is written at exit for the study ({@link DelayTruth}).
 *
 * <p>It is switched on by two system properties of the profiled JVM, {@value AgentOptions#INJECT_PROPERTY}
 * ({@code CLASS.METHOD[:LINE]@NANOS}, see {@link DelayTarget#parse}) and {@value AgentOptions#INJECT_TRUTH_PROPERTY}
 * (the record's path), so that every recorder's agent options stay as they are.
 */
final class InjectMode implements AgentMode {

    /** Set once the injection has started in this JVM. */
    private static final String STARTED = AgentOptions.INJECT_PROPERTY + ".started";

    private final DelayTarget target;

    private InjectMode(DelayTarget target) {
        this.target = target;
    }

    /**
     * Starts the injection when the properties ask for one; the runtime must be on the bootstrap class path.
     *
     * @param inst the JVM's instrumentation
     * @throws IllegalArgumentException when the target cannot be read
     */
    static void startIfAsked(Instrumentation inst) {
        String spec = System.getProperty(AgentOptions.INJECT_PROPERTY);
        if (spec == null || spec.isBlank()) return;
        // a child may load the agent twice (the hybrid mode's agent and the sampler's reserve-only one): one delay
        if (System.getProperty(STARTED) != null) return;
        System.setProperty(STARTED, "true");
        InjectMode mode = new InjectMode(DelayTarget.parse(spec));
        Path truth = Path.of(System.getProperty(AgentOptions.INJECT_TRUTH_PROPERTY, "workbench-delay.properties"));
        Delay.calibrate();
        ClassFilter filter = new ClassFilter(List.of("*" + mode.target.className()), List.of());
        inst.addTransformer(new InstrumentingTransformer(filter, mode, SkipLog.toStderr(), inst, false, null), false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                mode.write(truth);
            } catch (IOException | RuntimeException e) {
                System.err.println("workbench agent: cannot write " + truth + " (" + e + ")");
            }
        }, "workbench-delay-dump"));
    }

    @Override
    public byte[] instrument(String internalName, byte[] classBytes) {
        return target.matchesClass(internalName) ? DelayInjector.inject(classBytes, target) : null;
    }

    @Override
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, new DelayTruth(target.toString(), Delay.calls(), Delay.nanos(), Delay.wallNanos()).text()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
