package workbench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import workbench.model.OverheadStudy;
import workbench.model.RunSet;
import workbench.model.SweepStudy;

/**
 * Finds the run a user means: {@code last} (and {@code last~N}, N runs before it), an id, a name given with
 * {@code --name}, a unique prefix of an id, or a path to a run's file. Anything else is bad input, said in one line.
 */
public final class RunResolver {

    private final ProfileStore store;

    /** @param store the saved runs */
    public RunResolver(ProfileStore store) {
        this.store = store;
    }

    /**
     * @param ref what the user typed
     * @return the run set (one run, or the runs of {@code --repeat})
     * @throws StoreException (bad input) when no run or more than one matches, or the file is not a readable run
     */
    public RunSet resolve(String ref) {
        return store.load(path(ref));
    }

    /**
     * @param ref what the user typed
     * @return the overhead study it means, empty when it means a run set
     * @throws StoreException (bad input) when no run or more than one matches, or the file is not readable
     */
    public Optional<OverheadStudy> study(String ref) {
        return store.study(path(ref));
    }

    /**
     * @param ref what the user typed
     * @return the sweep it means, empty when it means a run set or an overhead study
     * @throws StoreException (bad input) when no run or more than one matches, or the file is not readable
     */
    public Optional<SweepStudy> sweep(String ref) {
        return store.sweep(path(ref));
    }

    /**
     * @param ref what the user typed
     * @return the file of the run it means
     * @throws StoreException (bad input) when no run or more than one matches
     */
    public Path path(String ref) {
        if (ref == null || ref.isBlank()) throw StoreException.badInput("no run named: give an id, a name or 'last'");
        List<String> ids = store.list();
        if (ref.equals("last") || ref.startsWith("last~")) return store.file(nthLast(ref, ids));
        if (ids.contains(ref)) return store.file(ref);
        if (!ref.contains("/") && !ref.contains("\\")) {
            for (ProfileStore.Listing r : store.headers()) {
                if (r.name().equals(ref)) return store.file(r.id());
            }
            List<String> matches = new ArrayList<>();
            for (String id : ids) if (id.startsWith(ref)) matches.add(id);
            if (matches.size() == 1) return store.file(matches.get(0));
            if (matches.size() > 1) {
                throw StoreException.badInput("'" + ref + "' is ambiguous: " + matches.size() + " runs start with it ("
                        + String.join(", ", matches.subList(0, Math.min(3, matches.size())))
                        + (matches.size() > 3 ? ", ..." : "") + ")");
            }
        }
        Path file = Path.of(ref);
        if (Files.isRegularFile(file)) return file;
        throw StoreException.badInput("no saved run '" + ref + "' in " + store.dir()
                + " (an id, a name, a unique id prefix, 'last', or a run file)");
    }

    private String nthLast(String ref, List<String> ids) {
        int back;
        try {
            back = ref.equals("last") ? 0 : Integer.parseInt(ref.substring("last~".length()));
        } catch (NumberFormatException e) {
            throw StoreException.badInput("'" + ref + "': expected last or last~N with N a whole number");
        }
        if (back < 0) throw StoreException.badInput("'" + ref + "': N must not be negative");
        if (ids.size() <= back) {
            throw StoreException.badInput(ids.isEmpty() ? "no saved runs in " + store.dir()
                    : "'" + ref + "': only " + ids.size() + " saved run(s) in " + store.dir());
        }
        return ids.get(ids.size() - 1 - back);
    }
}
