package workbench.session;

import java.util.Map;
import workbench.model.Mode;
import workbench.model.ProfileData;

/**
 * Everything one profiling mode is, in one place: its name, what it records, the recorder it makes from the
 * options (and the options it refuses, its own and other modes'), the kind of data its runs hold, whether a flame
 * graph can be drawn from them, and its configurations in the overhead study. How it records a running JVM is its
 * recorder's ({@link ModeRecorder#attach}), as are the settings it saves ({@link ModeRecorder#settings}). A new
 * mode is one descriptor registered in {@link ModeDescriptors}.
 */
public interface ModeDescriptor {

    /** @return the mode as saved in runs */
    Mode mode();

    /** @return the name on the command line and in run ids */
    default String name() {
        return mode().cliName();
    }

    /** @return what the mode records, for the help's list of modes (at most 63 characters: one line of it) */
    String records();

    /**
     * @param options the options asked for
     * @return the kind of data a run with these options holds
     */
    Class<? extends ProfileData> dataKind(ModeOptions options);

    /**
     * @param options the options asked for
     * @return a fresh recorder (a recorder keeps what it configured: one per child)
     * @throws IllegalArgumentException one line for the user, naming an option the mode cannot take
     */
    ModeRecorder recorder(ModeOptions options);

    /**
     * @param options the options asked for
     * @return why a run with these options has no stacks to draw a flame graph from, {@code null} when it has
     */
    String flameGraphRefusal(ModeOptions options);

    /**
     * @return whether the recorder's notices are known only once the run is read (then they are said after it, as
     *         the saved run keeps them), rather than said as they happen
     */
    boolean noticesAfterRun();

    /**
     * @return the options of other modes this one refuses rather than ignores, each with its one-line refusal, in
     *         the order they are checked
     */
    Map<String, String> refusedOptions();

    /** @return the mode's configurations in the overhead study, by the name {@code overhead --modes} takes */
    Map<String, ModeOptions> studyConfigurations();
}
