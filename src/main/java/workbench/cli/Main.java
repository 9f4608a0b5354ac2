package workbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Entry point of {@code workbench.jar}: the only place that calls {@code System.exit}. */
public final class Main {

    private Main() {
    }

    /** JLine's system properties' prefix, and the prefix shade gave it in this jar (pom.xml's relocation). */
    private static final String JLINE = "org.jline.";
    private static final String SHADED_JLINE = "workbench.shaded.jline.";

    /** @param args the command line */
    public static void main(String[] args) {
        forwardJlineProperties(System.getProperties());
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * JLine is relocated into this jar, and shade renamed the system properties it reads with its classes
     * ({@code org.jline.terminal.dumb} became {@code workbench.shaded.jline.terminal.dumb}): a user's
     * {@code -Dorg.jline.*} is handed on under the name the relocated JLine reads, unless that one is set too.
     *
     * @param properties the system properties
     */
    static void forwardJlineProperties(Properties properties) {
        for (String name : properties.stringPropertyNames()) {
            if (!name.startsWith(JLINE)) continue;
            String shaded = SHADED_JLINE + name.substring(JLINE.length());
            if (properties.getProperty(shaded) == null) properties.setProperty(shaded, properties.getProperty(name));
        }
    }

    /**
     * Runs a command line with the given streams, as tests do.
     *
     * @return the exit code: 0 ok, 1 failure, 2 bad input
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(out, err, args.length > 0 ? args[0] : "").execute(args);
        } catch (OutOfMemoryError e) {
            // picocli passes Errors through; the memory check before the run estimates, it cannot promise. By now the
            // resamples are unreachable, so there is room to say so in one line.
            err.println("workbench: out of memory (" + e.getMessage() + "): lower N or raise -Xmx");
            err.flush();
            return ErrorHandlers.BAD_INPUT;
        }
    }

    /** @return the configured command line with every subcommand, with our error handling */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, "");
    }

    /**
     * Picocli reads a command's annotations and options when the command is added, and the driver runs one command:
     * reading the other ten cost every command about 60 ms of a quiet start. So a command line whose first word names a
     * subcommand gets that one only; any other ({@code help}, an option, a typo, nothing) gets them all, so that
     * help and picocli's suggestions see every command.
     *
     * @param first the command line's first word
     * @return the configured command line, with our error handling
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
        CommandLine cmd = new CommandLine(new WorkbenchCommand());
        Supplier<Object> named = WorkbenchCommand.SUBCOMMANDS.get(first);
        for (Supplier<Object> sub : named == null ? WorkbenchCommand.SUBCOMMANDS.values() : List.of(named)) {
            CommandLine added = new CommandLine(sub.get());
            // picocli runs a command's model transformer (profile's Modes footer) only for subcommands it finds in
            // an annotation; these are added by hand
            CommandSpec spec = added.getCommandSpec();
            if (spec.modelTransformer() != null) spec.modelTransformer().transform(spec);
            cmd.addSubcommand(added);
        }
        if (named == null) cmd.addSubcommand(new CommandLine.HelpCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler(ErrorHandlers::onBadParameter);
        cmd.setExecutionExceptionHandler(ErrorHandlers::onException);
        cmd.setExitCodeExceptionMapper(ErrorHandlers::exitCode);
        // Every command's --version prints the workbench's version, not picocli's empty default.
        for (CommandLine sub : cmd.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new VersionProvider());
        }
        return cmd;
    }
}
