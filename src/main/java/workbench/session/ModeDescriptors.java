package workbench.session;

import java.util.List;
import java.util.Map;
import workbench.instrument.WarmupBoundary;
import workbench.model.Mode;

/** The profiling modes, registered once: everything that differs between modes is asked of their descriptors. */
public final class ModeDescriptors {

    private static final List<ModeDescriptor> ALL =
            List.of(new DeterministicDescriptor(), new SamplingDescriptor(), new LineDescriptor());

    private ModeDescriptors() {
    }

    /** @return every mode, in the order help texts name them */
    public static List<ModeDescriptor> all() {
        return ALL;
    }

    /**
     * @param mode a mode
     * @return its descriptor
     */
    public static ModeDescriptor of(Mode mode) {
        for (ModeDescriptor d : ALL) if (d.mode() == mode) return d;
        throw new IllegalStateException("no descriptor registered for " + mode);
    }

    /**
     * @param configuration a configuration's name in the overhead study ({@code line-exact})
     * @return a fresh recorder for it, made as {@code profile} makes one
     * @throws IllegalArgumentException when no mode has a configuration of that name
     */
    public static ModeRecorder studyRecorder(String configuration) {
        return studyRecorder(configuration, null);
    }

    /**
     * @param configuration a study configuration's name
     * @param program       the program it profiles, for what is instrumented by default; {@code null} for the workload
     * @return a fresh recorder for it
     * @throws IllegalArgumentException when no mode has that configuration
     */
    public static ModeRecorder studyRecorder(String configuration, ProgramCommand program) {
        return studyRecorder(configuration, program, List.of());
    }

    /**
     * @param configuration a study configuration's name
     * @param program       the program it profiles, for what is instrumented by default; {@code null} for the workload
     * @param functions     the functions the line mode profiles line by line (an accuracy study's injected method),
     *                      empty for the default
     * @return a fresh recorder for it
     * @throws IllegalArgumentException when no mode has that configuration
     */
    public static ModeRecorder studyRecorder(String configuration, ProgramCommand program, List<String> functions) {
        return studyRecorder(configuration, program, functions, null);
    }

    /**
     * @param configuration a study configuration's name
     * @param program       the program it profiles, {@code null} for the workload
     * @param warmupRuns    the runs its children leave out first (a sweep's deterministic children)
     * @param warmupAt      the method whose calls start the runs ({@code Class.method})
     * @return a fresh recorder for it
     * @throws IllegalArgumentException when no mode has that configuration, or it cannot leave a warm-up out
     */
    public static ModeRecorder studyRecorder(String configuration, ProgramCommand program, int warmupRuns,
                                             String warmupAt) {
        return studyRecorder(configuration, program, List.of(), WarmupBoundary.of(warmupRuns, warmupAt));
    }

    /**
     * @param configuration a study configuration's name
     * @param program       the program it profiles, for what is instrumented by default; {@code null} for the workload
     * @param functions     the functions the line mode profiles line by line, empty for the default
     * @param warmup        where the warm-up ends (a sweep's deterministic children), {@code null} for none
     * @return a fresh recorder for it
     * @throws IllegalArgumentException when no mode has that configuration, or it cannot leave a warm-up out
     */
    private static ModeRecorder studyRecorder(String configuration, ProgramCommand program, List<String> functions,
                                              WarmupBoundary warmup) {
        for (ModeDescriptor d : ALL) {
            Map<String, ModeOptions> configs = d.studyConfigurations();
            if (!configs.containsKey(configuration)) continue;
            ModeOptions o = configs.get(configuration).forProgram(program).withWarmup(warmup);
            return d.recorder(functions.isEmpty() ? o : o.withFunctions(functions));
        }
        throw new IllegalArgumentException("no mode has the study configuration '" + configuration + "'");
    }
}
