package workbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs a workbench command line in this JVM, as {@code workbench.jar} would, and keeps what it printed. */
final class Cli {

    /** What a command line did. */
    record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
