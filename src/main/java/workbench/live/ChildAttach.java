package workbench.live;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Runs async-profiler commands in a child JVM started here, through the attach API: attached once, at the first
 * command (a JVM that has only just started may not answer yet; the next refresh tries again), and detached at
 * {@link #close}.
 */
final class ChildAttach implements Consumer<String>, AutoCloseable {

    private final long pid;
    private final Path library;
    private VirtualMachine vm;

    /**
     * @param pid     the child's process id
     * @param library async-profiler's library as the child loaded it
     */
    ChildAttach(long pid, Path library) {
        this.pid = pid;
        this.library = library.toAbsolutePath();
    }

    @Override
    public synchronized void accept(String command) {
        try {
            if (vm == null) vm = VirtualMachine.attach(Long.toString(pid));
            vm.loadAgentPath(library.toString(), command);
        } catch (Exception e) { // attach's checked exceptions all say the same here: not now
            throw new IllegalStateException("cannot reach JVM " + pid + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (vm == null) return;
        try {
            vm.detach();
        } catch (IOException e) {
            // the child has ended
        }
        vm = null;
    }
}
