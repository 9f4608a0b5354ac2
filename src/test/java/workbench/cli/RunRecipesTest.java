package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import workbench.model.RunRecipe;

/** What a run's recipe keeps of the profile command that made it, and that it parses back to the same run. */
class RunRecipesTest {

    private static ProfileCommand parse(String... args) {
        ProfileCommand cmd = new ProfileCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd;
    }

    private static final PrintWriter SINK = new PrintWriter(new StringWriter());

    private static RunRecipe recipe(String... args) {
        ProfileCommand cmd = parse(args);
        return RunRecipes.of(cmd, ProgramProfiler.programWords(cmd.spec));
    }

    @Test
    void a_program_keeps_the_mode_options_and_its_launch_words_apart_and_drops_output_store_name_and_repeat() {
        RunRecipe r = recipe("--profiles", "/tmp/p", "--name", "A", "--repeat", "6", "--limit", "3", "--mode",
                "sampling", "--interval", "2ms", "--event", "wall", "--timeout", "30", "--",
                "-Xmx1g", "-cp", "classes", "demo.Main", "1", "--limit", "2");
        assertEquals(List.of("--mode=sampling", "--interval=2ms", "--event=wall", "--timeout=30"), r.options());
        assertEquals(List.of("-Xmx1g", "-cp", "classes", "demo.Main", "1", "--limit", "2"), r.program());
        assertEquals(r.words(), RunRecipes.of(RunRecipes.parse(r, SINK, SINK),
                ProgramProfiler.programWords(RunRecipes.parse(r, SINK, SINK).spec)).words(), "parses back the same");
    }

    @Test
    void the_workload_keeps_its_size_repeated_options_flags_and_a_data_file_named_absolutely() {
        RunRecipe r = recipe("--include", "a.*", "--include", "b.*", "--raw", "--variant", "fused", "--data",
                "in.csv", "--iterations", "20");
        assertEquals(List.of("--include=a.*", "--include=b.*", "--raw", "--variant=fused",
                "--data=" + Path.of("in.csv").toAbsolutePath(), "--iterations=20"), r.options());
        assertEquals(List.of(), r.program());
        RunRecipe sized = recipe("--iterations", "20", "1000");
        assertEquals(List.of("--iterations=20", "1000"), sized.words());
        ProfileCommand again = RunRecipes.parse(sized, SINK, SINK);
        assertEquals(20, again.workload.iterations);
        assertEquals("1000", again.workload.n);
    }

    @Test
    void a_recipe_this_workbench_no_longer_takes_is_one_line() {
        UserException e = assertThrows(UserException.class, () -> RunRecipes.parse(
                new RunRecipe(List.of("--no-such-option=1"), List.of()), SINK, SINK));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void a_rerun_samples_the_event_its_run_sampled_when_the_recipe_left_it_to_a_default() {
        RunRecipe hybrid = recipe("--timing", "sampled", "1000"); // saved when this meant async-profiler's cpu
        assertEquals(List.of("--event=cpu", "--timing=sampled", "1000"),
                RunRecipes.pinned(hybrid, java.util.Map.of("timing", "sampled", "event", "cpu")).words());
        assertEquals("cpu", RunRecipes.parse(RunRecipes.pinned(hybrid, java.util.Map.of("event", "cpu")), SINK, SINK)
                .sampling.settings(workbench.model.SamplingEvent.WALL).event().cliName());
        RunRecipe named = recipe("--mode", "sampling", "--event", "wall", "1000");
        assertEquals(named, RunRecipes.pinned(named, java.util.Map.of("event", "wall")), "named: kept as it is");
        RunRecipe timed = recipe("1000");
        assertEquals(timed, RunRecipes.pinned(timed, java.util.Map.of()), "no sampler: nothing to pin");
    }
}
