package workbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import workbench.export.ExportFormat;
import workbench.export.ExportRun;
import workbench.export.PathValue;
import workbench.model.RunSet;
import workbench.store.RunResolver;

/**
 * {@code workbench export RUN --format F -o FILE}: a saved run in a format other tools open. The command knows no
 * format: each is registered in {@link ExportFormat}, which says what it is made from, refuses a run it cannot write
 * and writes the file; the help lists the registrations.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
public final class ExportCommand implements Callable<Integer> {

    CommandSpec spec;

    /**
     * picocli hands the command's spec over here as it builds the command, so that the help lists the registered
     * formats before anything runs.
     *
     * @param spec this command's spec
     */
    @Spec
    void spec(CommandSpec spec) {
        this.spec = spec;
        List<String> description = new ArrayList<>();
        description.add("Write a saved run in a format other tools open. A run set of several runs is exported"
                + " summed.");
        description.addAll(ExportFormat.help());
        spec.usageMessage().description(description.toArray(String[]::new));
    }

    @Parameters(index = "0", paramLabel = "RUN", description = "The run: id, name, id prefix, last, or a run file.")
    String run;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "F",
            completionCandidates = ExportFormat.CliNames.class, description = "One of ${COMPLETION-CANDIDATES}.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Option(names = "--value", paramLabel = "V", defaultValue = "calls",
            description = "What a deterministic run's call path weighs in a format of one value per stack: calls"
                    + " (exact) or time (its own nanoseconds, calibrated); a format of two values per stack carries"
                    + " both (default: ${DEFAULT-VALUE}).")
    String value;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = parseFormat(format);
        PathValue pathValue = parseValue(value);
        checkOutput(output, force);
        RunResolver resolver = new RunResolver(storeOptions.store());
        Path runFile = resolver.path(run);
        RunSet set = storeOptions.store().load(runFile);
        ExportRun exported = new ExportRun(set, runFile.toAbsolutePath().getParent(), pathValue);
        Optional<String> refusal = f.refusal(exported);
        if (refusal.isPresent()) throw new UserException(refusal.get());
        f.export(exported, output);
        spec.commandLine().getErr().println("workbench: exported " + set.id() + " as " + f.cliName() + " to "
                + output + " (" + Files.size(output) + " bytes)");
        return 0;
    }

    static PathValue parseValue(String name) {
        for (PathValue v : PathValue.values()) if (v.cliName().equals(name)) return v;
        throw new UserException("unknown --value '" + name + "' (expected calls or time)");
    }

    static ExportFormat parseFormat(String name) {
        try {
            return ExportFormat.fromCliName(name);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    /** Checked before the run is read, so that bad input never leaves anything written. */
    static void checkOutput(Path output, boolean force) {
        if (Files.isDirectory(output)) throw new UserException("-o " + output + " is a directory, not a file");
        Path parent = output.toAbsolutePath().getParent();
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) throw new UserException("cannot write " + output + ": " + p + " is not a directory");
                if (p.equals(parent) && !Files.isWritable(p)) {
                    throw new UserException("cannot write " + output + ": " + p + " is not writable");
                }
                break;
            }
        }
        if (Files.exists(output) && !force) {
            throw new UserException(output + " exists (--force replaces it)");
        }
        if (Files.exists(output) && !Files.isWritable(output)) {
            throw new UserException("cannot write " + output + ": it is not writable");
        }
    }
}
