package workbench.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import workbench.model.OverheadStudy.Slot;
import workbench.model.Profile;
import workbench.model.RunSet;
import workbench.model.Target;
import workbench.store.ProfileStore;

/**
 * Runs of several targets made in one shuffled order and saved as one new run set per target: the machine's drift
 * (a neighbour's load, a warming CPU) then falls on every set alike instead of on whichever ran last, as in
 * {@code overhead}. What {@code compare --rerun} runs.
 */
public final class InterleavedRuns {

    /**
     * One target and how its runs are made.
     *
     * @param label     the name the order uses for it ({@code A})
     * @param session   how its children start (its recipe saved in each run)
     * @param recorders a fresh recorder of its mode per run
     * @param target    what runs
     * @param exitCode  the exit code its runs end with: a run that ends otherwise (a class path gone, a program
     *                  that failed) is not the same run, and stops them all
     */
    public record Side(String label, ProfileSession session, Supplier<? extends ModeRecorder> recorders,
                       Target target, int exitCode) {
    }

    private InterleavedRuns() {
    }

    /**
     * @param store    where the sets are saved, each under a new id (no saved run is replaced)
     * @param sides    the targets, labels distinct
     * @param order    which side runs when; every side at least once
     * @param progress told one line per finished run
     * @return the saved sets, in the order of {@code sides}; after Ctrl-C, those of the runs that finished before it
     *         (the run it cut short is dropped, the rest of the order never starts), each side's set only when it
     *         has a run
     * @throws IOException when a child cannot run, left nothing readable or ended with another exit code than its
     *                     side's: then nothing is saved
     */
    public static List<RunSet> run(ProfileStore store, List<Side> sides, List<Slot> order, Consumer<String> progress)
            throws IOException {
        store.checkWritable();
        store.prepareAsync();
        Map<String, Side> byLabel = new LinkedHashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, List<Profile>> runs = new LinkedHashMap<>();
        for (Side s : sides) {
            byLabel.put(s.label(), s);
            runs.put(s.label(), new ArrayList<>());
        }
        List<Path> kept = new ArrayList<>();
        boolean saving = false;
        try (ShutdownGuard guard = new ShutdownGuard(() -> { })) {
            for (int i = 0; i < order.size() && !guard.interrupted(); i++) {
                Slot slot = order.get(i);
                Side side = byLabel.get(slot.config());
                ModeRecorder recorder = side.recorders().get();
                String id = ids.computeIfAbsent(side.label(), l -> store.newId(recorder.mode().cliName()));
                String suffix = "-" + slot.run();
                List<Path> files = new ArrayList<>();
                Profile p = side.session().record(recorder, side.target(), id, "", ext -> {
                    Path f = store.sibling(id, suffix + ext);
                    files.add(f);
                    return f;
                });
                if (guard.interrupted()) {
                    // cut short by Ctrl-C: not one of K like runs; the runs before it are saved
                    files.forEach(f -> f.toFile().delete());
                    break;
                }
                kept.addAll(files);
                if (p.run().exitCode() != side.exitCode()) {
                    throw new IOException(side.label() + "#" + slot.run() + " exited with " + p.run().exitCode()
                            + " where its saved run exited with " + side.exitCode() + ": not the same run ("
                            + String.join(" ", p.run().command()) + "); nothing saved");
                }
                runs.get(side.label()).add(p);
                progress.accept((i + 1) + "/" + order.size() + " " + side.label() + "#" + slot.run() + " "
                        + String.format(java.util.Locale.ROOT, "%.3f s", p.run().ownNanos() / 1e9));
            }
            List<RunSet> sets = new ArrayList<>();
            for (Side s : sides) {
                List<Profile> made = runs.get(s.label());
                if (!made.isEmpty()) sets.add(new RunSet(ids.get(s.label()), "", made));
                else if (ids.containsKey(s.label())) store.release(ids.get(s.label()));
            }
            saving = true;
            sets.forEach(store::save);
            return sets;
        } catch (IOException | RuntimeException e) {
            // nothing half-saved: the recordings kept beside runs that are not saved go too, and so do their ids
            // (once a set is saved, its recordings are its own: a later set's failed save leaves them)
            if (!saving) kept.forEach(f -> f.toFile().delete());
            ids.values().forEach(store::release);
            throw e;
        }
    }
}
