package workbench.model;

/**
 * One profiled run: the unit that is saved, reported, compared and exported.
 *
 * @param run  what was run and how
 * @param data what it measured, of the run's mode
 */
public record Profile(RunInfo run, ProfileData data) {

    public Profile {
        if (run.mode() != data.mode()) {
            throw new IllegalArgumentException("a " + run.mode().cliName() + " run cannot hold "
                    + data.mode().cliName() + " data");
        }
    }
}
