package workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.CallTree;
import workbench.model.FunctionData;
import workbench.model.FunctionStats;
import workbench.model.RunSet;

/** The call tree in saved runs: kept whole, and absent from runs saved before it, which still load as they were. */
class CallTreeStoreTest {

    @TempDir
    Path dir;

    private static FunctionData withTree() {
        FunctionData plain = SampleRuns.functions();
        CallTree.Builder b = new CallTree.Builder();
        b.add(b.add(CallTree.Node.ROOT, SampleRuns.CI_FRAME, 1, 10), SampleRuns.RANDINT, 4_000_000, 880);
        b.add(CallTree.Node.ROOT, SampleRuns.RANDINT, 100, 20);
        List<FunctionStats> stats = plain.threads().get(0).functions();
        return new FunctionData(12.5, true, List.of(new FunctionData.ThreadFunctions("main", stats, b.build())));
    }

    @Test
    void a_saved_tree_loads_back_equal() {
        ProfileStore store = new ProfileStore(dir);
        FunctionData data = withTree();
        Path file = store.save(RunSet.of(SampleRuns.profile("20261130-000001-deterministic", data)));
        FunctionData back = (FunctionData) store.load(file).merged();
        assertEquals(data, back);
        assertTrue(back.hasCallTree());
    }

    @Test
    void a_run_saved_before_call_trees_loads_without_one_and_its_table_unchanged() throws IOException {
        ProfileStore store = new ProfileStore(dir);
        Path file = store.save(RunSet.of(SampleRuns.profile("20261130-000001-deterministic", withTree())));
        // what an earlier build of format 2 wrote: the same file without the tree field
        String json = Files.readString(file);
        String old = json.replaceAll("(?s),\\s*\"tree\"\\s*:\\s*\\{.*?\"nodes\"\\s*:\\s*\\[.*?\\]\\s*\\}", "");
        assertFalse(old.contains("\"tree\""), old);
        assertTrue(old.contains("\"format\" : 2"), "the format is not bumped: the field may be absent");
        Files.writeString(file, old);
        FunctionData back = (FunctionData) store.load(file).merged();
        assertFalse(back.hasCallTree());
        assertEquals(CallTree.EMPTY, back.threads().get(0).tree());
        assertEquals(SampleRuns.functions().merged(), back.merged());
    }

    @Test
    void two_runs_add_up_path_by_path() {
        FunctionData sum = withTree().plus(withTree());
        CallTree tree = sum.threads().get(0).tree();
        assertEquals(List.of(2L, 8_000_000L, 200L), tree.nodes().stream().map(CallTree.Node::calls).toList());
        assertEquals(List.of(1_780L, 1_760L, 40L), java.util.Arrays.stream(tree.totalNanos()).boxed().toList());
    }
}
