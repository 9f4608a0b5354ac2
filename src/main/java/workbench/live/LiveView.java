package workbench.live;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Consumer;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * The live view on a terminal: a thread that reads the source once a second, draws the table with JLine's
 * {@link Display} (which rewrites only what changed) on the terminal's alternate screen, and reads the keys in between:
 * o, t, l sort; / starts a filter (typed characters, Backspace, Enter or Esc ends it); q closes the view. Closing the
 * view leaves the run alone: it still ends and is saved as usual.
 */
public final class LiveView implements AutoCloseable {

    /** How often the view reads and redraws. */
    public static final long REFRESH_NANOS = 1_000_000_000L;
    private static final int ESC = 27;
    private static final long WAIT_SLICE_MILLIS = 100;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final Terminal terminal;
    private volatile LiveSource source;
    private final LiveScreen screen;
    private final Consumer<List<AttributedString>> drawn;
    private final LiveTable table = new LiveTable();
    private final Thread thread;
    private final Thread restoreAtExit;
    private volatile boolean closing;
    private volatile boolean watched;
    private volatile boolean quit;
    private LiveSort sort = LiveSort.OWN;
    private String filter = "";
    private boolean filtering;
    private LiveFrame frame;
    private Attributes saved;
    private boolean screenTaken;
    private long firstReadNanos;
    private long laterReadNanos;
    private long laterReadCpuNanos;

    /**
     * @param terminal where to draw and read keys; not closed here
     * @param title    what runs, for the first line
     * @param drawn    told each screen's lines as drawn (the tests look at them; {@code l -> { }} otherwise)
     */
    public LiveView(Terminal terminal, String title, Consumer<List<AttributedString>> drawn) {
        this.terminal = terminal;
        this.screen = new LiveScreen(title);
        this.drawn = drawn;
        this.thread = new Thread(this::loop, "workbench-live");
        thread.setDaemon(true);
        // a Ctrl-C ends the workbench while the view is up: the terminal gets its screen and modes back
        this.restoreAtExit = new Thread(this::restoreScreen, "workbench-live-restore");
    }

    /**
     * Takes the screen and starts drawing, before the JVM runs: keys typed from now on are the view's, not echoed
     * over it.
     */
    public void start() {
        Runtime.getRuntime().addShutdownHook(restoreAtExit);
        thread.start();
    }

    /** @param source what the running JVM recorded so far, read from the next refresh on */
    public void watch(LiveSource source) {
        this.source = source;
        watched = true; // an early refresh, rather than up to a second of "waiting"
    }

    /** @return whether the view was closed with q (the run went on without it) */
    public boolean quit() {
        return quit;
    }

    /** @return how long the first reading of the source took, in nanoseconds (it attaches, or waits for a file) */
    public synchronized long firstReadNanos() {
        return firstReadNanos;
    }

    /** @return the mean time of the readings after the first, in nanoseconds: what a refresh costs to read */
    public synchronized double laterReadNanos() {
        int later = refreshes() - 1;
        return later > 0 ? (double) laterReadNanos / later : 0;
    }

    /** @return the mean CPU time of the workbench's thread in the readings after the first, in nanoseconds */
    public synchronized double laterReadCpuNanos() {
        int later = refreshes() - 1;
        return later > 0 ? (double) laterReadCpuNanos / later : 0;
    }

    /** @return the number of refreshes so far */
    public synchronized int refreshes() {
        return frame == null ? 0 : frame.refresh();
    }

    /** Closes the view and gives the terminal its screen back; the run is not touched. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(restoreAtExit);
        } catch (IllegalStateException | IllegalArgumentException stoppingOrNotAdded) {
            // the JVM is stopping: the hook runs or has run
        }
    }

    private void loop() {
        Display display = new Display(terminal, true);
        synchronized (this) {
            saved = terminal.enterRawMode();
            terminal.puts(Capability.enter_ca_mode);
            terminal.puts(Capability.clear_screen); // the display starts from the top left corner
            terminal.puts(Capability.cursor_invisible);
            screenTaken = true;
        }
        NonBlockingReader keys = terminal.reader();
        boolean keysOpen = true;
        long next = System.nanoTime();
        try {
            while (!closing) {
                if (System.nanoTime() - next >= 0) {
                    refresh();
                    next += REFRESH_NANOS;
                    // a refresh that fell behind (a stopped terminal, a slow read) does not try to catch up
                    if (System.nanoTime() - next > 0) next = System.nanoTime() + REFRESH_NANOS;
                    draw(display);
                }
                if (watched) {
                    watched = false;
                    next = System.nanoTime();
                    continue;
                }
                // waits in slices, so that closing and a new source are seen within one (no interrupts: they would
                // land in JLine's stty calls or the dump's file channel)
                long waitMillis = Math.max(1, Math.min(WAIT_SLICE_MILLIS, (next - System.nanoTime()) / 1_000_000L));
                if (!keysOpen) {
                    Thread.sleep(waitMillis);
                    continue;
                }
                int c = keys.read(waitMillis);
                if (c == NonBlockingReader.EOF) keysOpen = false;
                if (c < 0) continue;
                if (key(c)) {
                    quit = true;
                    return;
                }
                draw(display);
            }
        } catch (IOException | InterruptedException e) {
            // the terminal went away, or the JVM stops: nothing more to draw
        } finally {
            restoreScreen();
        }
    }

    private void refresh() {
        LiveSource source = this.source;
        if (source == null) return;
        long start = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        LiveCounts counts;
        try {
            counts = source.read();
        } catch (IOException e) {
            return; // not ready yet, or ended: the next refresh tries again, the last figures stay
        }
        synchronized (this) {
            frame = table.update(counts);
            long took = System.nanoTime() - start;
            if (frame.refresh() == 1) {
                firstReadNanos = took;
            } else {
                laterReadNanos += took;
                laterReadCpuNanos += CPU.getCurrentThreadCpuTime() - cpu;
            }
        }
    }

    private void draw(Display display) {
        Size size = terminal.getSize();
        int rows = size.getRows() > 0 ? size.getRows() : 24;
        int columns = size.getColumns() > 0 ? size.getColumns() : 80;
        display.resize(rows, columns);
        List<AttributedString> lines;
        synchronized (this) {
            LiveSource s = source;
            lines = screen.lines(s == null ? null : s.unit(), frame, sort, filter, filtering, columns, rows);
        }
        display.update(lines, -1);
        terminal.flush();
        drawn.accept(lines);
    }

    /**
     * @param c the key
     * @return whether it closes the view
     */
    synchronized boolean key(int c) {
        if (filtering) {
            if (c == '\r' || c == '\n' || c == ESC) {
                filtering = false;
            } else if (c == 127 || c == 8) {
                if (!filter.isEmpty()) filter = filter.substring(0, filter.length() - 1);
            } else if (c >= ' ') {
                filter += (char) c;
            }
            return false;
        }
        if (c == 'q') return true;
        if (c == '/') {
            filtering = true;
            return false;
        }
        LiveSort s = LiveSort.ofKey(c);
        if (s != null) sort = s;
        return false;
    }

    private synchronized void restoreScreen() {
        if (!screenTaken) return;
        screenTaken = false;
        terminal.puts(Capability.cursor_visible);
        terminal.puts(Capability.exit_ca_mode);
        terminal.setAttributes(saved);
        terminal.flush();
    }
}
