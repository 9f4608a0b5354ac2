package workbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import workbench.session.AgentOutput;

/**
 * Says where the counts of a run stay whose workbench was killed (SIGKILL) before it could read and save them: the
 * child's last checkpoint (or output) in its work directory, which {@code stats FILE} opens. Said by {@code runs}, the
 * listing of what there is, until the directory is removed (not by {@code profile}, whose stderr is the program's).
 */
final class LeftBehind {

    private LeftBehind() {
    }

    /** @param err where the lines go, one per file */
    static void say(PrintWriter err) {
        for (Path file : AgentOutput.leftBehind()) {
            err.println("workbench: a run whose workbench was killed left its counts in " + file + " (open it with"
                    + " 'workbench stats " + file + "'; remove " + file.getParent() + " when done)");
        }
        err.flush();
    }
}
