package workbench.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/** The workbench's own one-line notices on stderr, apart from the profiled program's output. */
final class Notices {

    private Notices() {
    }

    /**
     * @param err the error stream
     * @return a consumer that prints each notice as {@code workbench: ...} and flushes
     */
    static Consumer<String> to(PrintWriter err) {
        return line -> {
            err.println("workbench: " + line);
            err.flush();
        };
    }
}
