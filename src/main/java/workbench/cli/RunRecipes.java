package workbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import workbench.model.RunRecipe;

/**
 * A run's recipe from the {@code profile} command that made it, and a {@code profile} command back from a recipe:
 * the words are {@code profile}'s own, so a re-run is checked and set up by the code that made the first run.
 */
final class RunRecipes {

    /** The mixins whose options shape what runs; output, store, {@code --repeat} and {@code --name} do not. */
    private static final List<String> MIXINS = List.of("workload", "deterministic", "sampling", "line");

    /** The profile command's own options that shape what runs. */
    private static final List<String> OPTIONS = List.of("--mode", "--timeout", "--checkpoint");

    private RunRecipes() {
    }

    /**
     * @param cmd     a parsed profile command, its mode options checked ({@link ProfileCommand#checkModeOptions})
     * @param program the words after {@code --}, or {@code null} for the workload
     * @return what it runs
     */
    static RunRecipe of(ProfileCommand cmd, List<String> program) {
        CommandSpec spec = cmd.spec;
        ParseResult parsed = spec.commandLine().getParseResult();
        Set<OptionSpec> shaping = new LinkedHashSet<>();
        for (String m : MIXINS) shaping.addAll(spec.mixins().get(m).options());
        for (String o : OPTIONS) shaping.add(spec.findOption(o));
        List<String> words = new ArrayList<>();
        // one entry per match: a repeated option (--include a --include b) is listed once, with all its values
        for (OptionSpec o : new LinkedHashSet<>(parsed.matchedOptions())) {
            if (!shaping.contains(o)) continue;
            if (o.arity().max() == 0) {
                if (Boolean.TRUE.equals(o.getValue())) words.add(o.longestName());
            } else {
                Object typed = o.getValue();
                // a file named relative to where profile ran is named absolutely: a re-run may start elsewhere
                if (typed instanceof Path p) words.add(o.longestName() + "=" + p.toAbsolutePath().normalize());
                else for (String v : o.originalStringValues()) words.add(o.longestName() + "=" + v);
            }
        }
        // --flamegraph turned call paths on: the run's cost was that of --stacks, and so is a re-run's
        if (cmd.deterministic.keepsPaths() && !words.contains("--stacks")) words.add("--stacks");
        if (program == null && cmd.workload.n != null) words.add(cmd.workload.n);
        return new RunRecipe(words, program == null ? List.of() : program);
    }

    /**
     * @param recipe   a saved run's recipe
     * @param settings the run's settings as saved
     * @return the recipe with the sampler's event the run recorded ({@code --event=...}) where the recipe left it to
     *     a default: defaults change between builds ({@code --timing sampled} sampled cpu until it sampled the
     *     {@code --clock}'s event), and {@code compare} refuses runs of two events, so a re-run is pinned to the
     *     event its run sampled
     */
    static RunRecipe pinned(RunRecipe recipe, Map<String, String> settings) {
        String event = settings.get("event");
        if (event == null || recipe.options().stream().anyMatch(w -> w.startsWith("--event="))) return recipe;
        List<String> options = new ArrayList<>();
        options.add("--event=" + event);
        options.addAll(recipe.options());
        return new RunRecipe(options, recipe.program());
    }

    /**
     * @param recipe a saved run's recipe
     * @param out    where the command would print
     * @param err    where its notices go
     * @return a profile command parsed from it, as if typed, not yet run
     * @throws UserException when this workbench no longer takes the recipe's words
     */
    static ProfileCommand parse(RunRecipe recipe, PrintWriter out, PrintWriter err) {
        ProfileCommand cmd = new ProfileCommand();
        CommandLine line = new CommandLine(cmd);
        line.setOut(out);
        line.setErr(err);
        try {
            line.parseArgs(recipe.words().toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new UserException("the saved run's profile options no longer parse (" + e.getMessage() + "): "
                    + String.join(" ", recipe.words()));
        }
        return cmd;
    }
}
