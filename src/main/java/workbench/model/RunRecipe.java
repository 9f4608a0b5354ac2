package workbench.model;

import java.util.List;

/**
 * What a run ran, as {@code profile} was told it, so that {@code compare --rerun} can run it again: the mode and its
 * options and the workload's options and size, and apart from them, a program's own launch words (its JVM options,
 * class path, main class and arguments, never the agent and options the workbench adds to them).
 *
 * @param options the {@code profile} words that shape a run ({@code --mode=sampling}, {@code --interval=2ms},
 *                {@code --iterations=20}, the workload's N): neither the output's nor the store's, nor
 *                {@code --repeat} or {@code --name}
 * @param program the words after {@code --} ({@code -cp DIR Main ARGS}); empty for the workload
 */
public record RunRecipe(List<String> options, List<String> program) {

    public RunRecipe {
        options = List.copyOf(options);
        program = List.copyOf(program);
    }

    /** @return the words {@code profile} takes to make such a run again: the options, then {@code --} and a program */
    public List<String> words() {
        if (program.isEmpty()) return options;
        List<String> all = new java.util.ArrayList<>(options);
        all.add("--");
        all.addAll(program);
        return List.copyOf(all);
    }
}
