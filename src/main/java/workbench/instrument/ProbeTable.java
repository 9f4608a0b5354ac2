package workbench.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import workbench.agent.rt.CallSites;

/**
 * Hands out the dense function ids instrumented code pushes as constants, and remembers what each id stands
 * for: an instrumented method (class, method, descriptor, source file, first line) or a called method we did not
 * instrument (owner and name only, like cProfile's built-ins; overloads share one id).
 *
 * <p>Thread-safe: classes are transformed concurrently by the threads that load them.
 */
public final class ProbeTable {

    /**
     * What one function id stands for.
     *
     * @param id         the id
     * @param className  internal class name ({@code java/util/Random})
     * @param method     method name
     * @param descriptor method descriptor, or {@code ""} for a built-in (all overloads)
     * @param sourceFile source file name, or {@code null} for a built-in
     * @param firstLine  first line of the method, 0 when unknown or built-in
     */
    public record Entry(int id, String className, String method, String descriptor, String sourceFile,
                        int firstLine) {
        /** @return whether this id stands for a call into code that is not instrumented */
        public boolean builtin() {
            return sourceFile == null;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> builtins = new HashMap<>();
    private final List<Long> sites = new ArrayList<>();

    /**
     * @return a fresh id for an instrumented method
     * @param className  internal class name
     * @param method     method name
     * @param descriptor method descriptor
     * @param sourceFile source file name ({@code null} becomes {@code "?"})
     * @param firstLine  first line of the method, 0 when unknown
     */
    public synchronized int method(String className, String method, String descriptor, String sourceFile,
                                   int firstLine) {
        int id = entries.size();
        entries.add(new Entry(id, className, method, descriptor, sourceFile == null ? "?" : sourceFile, firstLine));
        return id;
    }

    /**
     * @return the id of a call target that is not instrumented, shared by all its call sites and overloads
     * @param owner  internal name of the owner class the call names
     * @param method method name
     */
    public synchronized int builtin(String owner, String method) {
        String key = owner + '.' + method;
        Integer id = builtins.get(key);
        if (id != null) return id;
        int fresh = entries.size();
        entries.add(new Entry(fresh, owner, method, "", null, 0));
        builtins.put(key, fresh);
        return fresh;
    }

    /**
     * @return the id of the first of {@code callees.length} fresh call-site ids, numbered consecutively (both
     *     runtimes count calls into code not instrumented per site, and make room for a function's sites at once)
     * @param caller  the function id of the method holding the calls
     * @param callees each call's callee, a built-in's function id, in the order of the sites
     */
    public synchronized int sites(int caller, int[] callees) {
        int first = sites.size();
        for (int callee : callees) sites.add(((long) caller << 32) | callee);
        return first;
    }

    /**
     * Publishes to the runtime the sites handed out since it last heard, before the code that holds them can run.
     *
     * @param to the runtime's table, which only this table publishes to
     */
    public synchronized void publishSites(CallSites to) {
        int from = to.size();
        to.publish(from, sitesFrom(from));
    }

    /** @return each call site's caller and callee, packed {@code caller << 32 | callee}, indexed by site id */
    public synchronized long[] sites() {
        return sitesFrom(0);
    }

    /**
     * @param from a site id
     * @return the call sites from {@code from} on, packed as {@link #sites()} packs them
     */
    public synchronized long[] sitesFrom(int from) {
        long[] out = new long[Math.max(0, sites.size() - from)];
        for (int i = 0; i < out.length; i++) out[i] = sites.get(from + i);
        return out;
    }

    /** @return the number of ids handed out */
    public synchronized int size() {
        return entries.size();
    }

    /** @return every entry, indexed by id */
    public synchronized List<Entry> entries() {
        return new ArrayList<>(entries);
    }
}
