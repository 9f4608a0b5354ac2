package workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import workbench.model.OverheadStudy.Slot;
import workbench.model.RunRecipe;
import workbench.model.RunSet;
import workbench.overhead.StudyOrder;
import workbench.session.InterleavedRuns;
import workbench.store.ProfileStore;

/**
 * {@code compare A B --rerun K}: A's and B's recipes run K more times each, interleaved in a shuffled order, and saved
 * as two new run sets, which are then compared instead of A and B.
 */
final class Rerun {

    private Rerun() {
    }

    /**
     * @param a     the baseline as saved
     * @param b     the run compared with it
     * @param k     runs a side, at least 1 (checked with the other options)
     * @param seed  the order's seed
     * @param store where the new sets are saved
     * @param out   where a re-parsed profile command would print (it prints nothing)
     * @param err   where the progress and the new ids go
     * @return the two new sets, A's first
     * @throws UserException when a set has no recipe, or its recipe no longer parses or checks
     * @throws IOException when a child cannot run
     */
    static List<RunSet> run(RunSet a, RunSet b, int k, long seed, ProfileStore store, PrintWriter out,
                            PrintWriter err) throws IOException {
        Path work = Files.createTempDirectory("workbench-rerun-");
        try {
            // the programs' own output would mix with the table on stdout: it goes to a file, deleted after
            List<InterleavedRuns.Side> sides = List.of(side("A", a, store, work, out, err),
                    side("B", b, store, work, out, err));
            List<Slot> order = StudyOrder.shuffled(List.of("A", "B"), k, seed);
            Notices.to(err).accept("re-running A and B " + k + " time(s) each, interleaved, order seed " + seed
                    + " (--seed " + seed + " repeats it)");
            List<RunSet> sets = InterleavedRuns.run(store, sides, order, line -> Notices.to(err).accept(line));
            if (sets.size() < 2) throw new UserException("interrupted before both sides ran: nothing to compare");
            Notices.to(err).accept("saved A's re-runs as " + sets.get(0).id() + " and B's as " + sets.get(1).id()
                    + " (" + sets.get(0).size() + " and " + sets.get(1).size() + " runs)");
            return sets;
        } finally {
            Interrupts.deleteQuietly(work);
        }
    }

    private static InterleavedRuns.Side side(String label, RunSet set, ProfileStore store, Path work,
                                             PrintWriter out, PrintWriter err) {
        RunRecipe recipe = set.first().recipe();
        if (recipe == null) {
            throw new UserException(label + " (" + set.id() + ") does not record what ran (saved before workbench"
                    + " recorded it, or attached with --pid): it cannot be re-run; profile it again");
        }
        ProfileCommand cmd = RunRecipes.parse(RunRecipes.pinned(recipe, set.first().settings()), out, err);
        cmd.storeOptions.dir = store.dir(); // the re-runs go where A and B are
        List<String> program = ProgramProfiler.programWords(cmd.spec);
        ProfilePlan plan = ProfilePlan.of(cmd, program, err);
        return new InterleavedRuns.Side(label, plan.session().withStdout(work.resolve(label + ".out")),
                plan.recorders(), plan.target(), set.first().exitCode());
    }
}
