package workbench.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One saved id: K runs of the same target in the same mode, each in a fresh JVM ({@code profile --repeat K}), so
 * that a comparison can say how much a figure varies from run to run. A single run is a set of one.
 *
 * @param id   the saved id
 * @param name the name the user gave it, {@code ""} for none
 * @param runs the runs, in the order they ran; at least one, all of one mode
 */
public record RunSet(String id, String name, List<Profile> runs) {

    public RunSet {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) throw new IllegalArgumentException("a run set holds at least one run");
        Mode mode = runs.get(0).run().mode();
        for (Profile p : runs) {
            if (p.run().mode() != mode) throw new IllegalArgumentException("a run set holds runs of one mode");
        }
    }

    /** @param profile a single run */
    public static RunSet of(Profile profile) {
        return new RunSet(profile.run().id(), profile.run().name(), List.of(profile));
    }

    /** @return how many runs */
    public int size() {
        return runs.size();
    }

    /** @return the first run's header: what every run of the set ran */
    public RunInfo first() {
        return runs.get(0).run();
    }

    /** @return the mode of every run */
    public Mode mode() {
        return first().mode();
    }

    /** @return every run's data summed, as pstats' {@code add} sums profiles */
    public ProfileData merged() {
        List<ProfileData> data = new ArrayList<>(runs.size());
        for (Profile p : runs) data.add(p.data());
        return ProfileData.merge(data);
    }

    /** @return whether every run knows its child's CPU time */
    public boolean cpuKnown() {
        return runs.stream().allMatch(p -> p.run().cpuKnown());
    }

    /** @return each run's CPU time of the child process (user + system), in run order; NaN where a run lacks it */
    public double[] cpuSeconds() {
        double[] s = new double[runs.size()];
        for (int i = 0; i < s.length; i++) {
            RunInfo r = runs.get(i).run();
            s[i] = r.cpuKnown() ? r.cpuNanos() / 1e9 : Double.NaN;
        }
        return s;
    }

    /** @return each run's own time (the workload's runs summed, or the wall time), in run order */
    public double[] ownSeconds() {
        double[] s = new double[runs.size()];
        for (int i = 0; i < s.length; i++) s[i] = runs.get(i).run().ownNanos() / 1e9;
        return s;
    }
}
