package workbench.instrument;

import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The agent's one way of saying that it left something out: one line per thing and reason, however often the
 * class is loaded, transformed again or met again in another attempt, e.g.
 * {@code workbench agent: not profiled: demo.Big.huge(I)I: with probes its code would pass the JVM's 64 KB limit per
 * method}.
 *
 * <p>What it said is kept ({@link #said()}), so that the agent can hand it to the saved run's notices too.
 *
 * <p>Thread-safe: classes are transformed concurrently by the threads that load them.
 */
public final class SkipLog {

    /** Starts every line the agent writes, so a user tells them from the program's own output. */
    public static final String PREFIX = "workbench agent: ";

    private final Consumer<String> out;
    private final Set<String> said = ConcurrentHashMap.newKeySet();
    private final Queue<String> inOrder = new ConcurrentLinkedQueue<>();

    /** @param out receives each line once, without a line break */
    public SkipLog(Consumer<String> out) {
        this.out = out;
    }

    /** @return a log that writes to the standard error of the JVM it runs in (the profiled program's) */
    public static SkipLog toStderr() {
        return new SkipLog(line -> System.err.println(line));
    }

    /**
     * Says once that something is not profiled, unless the reason is not {@linkplain SkipReason#warns() worth it}.
     *
     * @param reason why
     * @param what   the class or method, as the user knows it ({@code demo.Big.huge(I)I})
     * @param detail more about this case (an exception's message), or {@code null}
     */
    public void skip(SkipReason reason, String what, String detail) {
        if (!reason.warns()) return;
        say("not profiled: " + what + ": " + reason.text() + (detail == null ? "" : " (" + detail + ")"));
    }

    /** @see #skip(SkipReason, String, String) */
    public void skip(SkipReason reason, String what) {
        skip(reason, what, null);
    }

    /**
     * Says a line once: for what is profiled, but less precisely than usual.
     *
     * @param line the line, without the prefix
     */
    public void say(String line) {
        if (said.add(line)) {
            inOrder.add(line);
            out.accept(PREFIX + line);
        }
    }

    /** @return every line said so far, without the prefix, in the order said */
    public List<String> said() {
        return List.copyOf(inOrder);
    }

    /**
     * @param internalName a class ({@code demo/Big})
     * @param method       a method name, or {@code null} for the class itself
     * @param descriptor   the method's descriptor, or {@code null}
     * @return the name a warning uses: {@code demo.Big.huge(I)I}
     */
    public static String name(String internalName, String method, String descriptor) {
        String cls = internalName == null ? "?" : internalName.replace('/', '.');
        if (method == null) return cls;
        return cls + "." + method + (descriptor == null ? "" : descriptor);
    }
}
