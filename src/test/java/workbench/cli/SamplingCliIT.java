package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.export.FlameGraphPages;
import workbench.model.Profile;
import workbench.model.Mode;
import workbench.model.SampleData;
import workbench.model.SamplingEngine;
import workbench.store.ProfileStore;

/** {@code workbench profile --mode sampling} end to end on the real workload, in a child JVM. */
class SamplingCliIT {

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    private Profile onlySavedRun() throws Exception {
        ProfileStore store = new ProfileStore(dir.resolve("profiles"));
        List<String> ids = store.list();
        assertEquals(1, ids.size(), ids.toString());
        return store.load(store.file(ids.get(0))).runs().get(0);
    }

    @Test
    void jfr_engine_prints_the_table_saves_the_run_with_its_recording_and_writes_the_flame_graph() throws Exception {
        Path html = dir.resolve("flame.html");
        Outcome o = run("profile", "--mode", "sampling", "--engine", "jfr", "--runs", "2", "--iterations", "10",
                "--profiles", dir.resolve("profiles").toString(), "--flamegraph", html.toString(), "100000");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains(" samples by jfr (jdk.ExecutionSample), event cpu, interval 1ms, 0 lost,"
                + " workload threads"), o.out());
        assertTrue(o.out().contains("\n  %   cumulative      self\n time    seconds   seconds  name\n"), o.out());
        assertTrue(o.out().contains("  BoxedBootstrap.java:"), o.out());
        assertTrue(o.out().contains("\nSample count: "), o.out());

        Profile saved = onlySavedRun();
        SampleData s = (SampleData) saved.data();
        assertEquals(Mode.SAMPLING, saved.run().mode());
        assertEquals("jfr", saved.run().settings().get("engine"));
        assertEquals(SamplingEngine.JFR, s.sampler().engine());
        Path jfr = dir.resolve("profiles").resolve(s.sampler().recording());
        assertEquals(saved.run().id() + ".jfr", s.sampler().recording());
        assertTrue(Files.size(jfr) > 0);
        assertTrue(FlameGraphPages.frameNames(Files.readString(html))
                .contains("workbench.workload.BoxedBootstrap.confidenceInterval"));
        assertTrue(o.err().contains("workbench: saved run " + saved.run().id()), o.err());

        // the saved run prints again, byte for byte, and so does the kept recording's table line
        Outcome stats = run("stats", "--profiles", dir.resolve("profiles").toString(), saved.run().id());
        assertEquals(0, stats.code(), stats.err());
        assertEquals(o.out(), stats.out());
        Outcome again = run("stats", jfr.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(firstTableLine(o.out()), firstTableLine(again.out()));

        // and cut in half it is one clear line and exit code 2
        byte[] bytes = Files.readAllBytes(jfr);
        Path cut = dir.resolve("cut.jfr");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        Outcome bad = run("stats", cut.toString());
        assertEquals(2, bad.code());
        assertEquals("workbench: cannot read recording " + cut + ": it is truncated (was the JVM killed before it"
                + " finished writing?)" + System.lineSeparator(), bad.err());
    }

    @Test
    void async_engine_by_function_keeps_only_the_workloads_threads_of_the_parallel_variant() throws Exception {
        Outcome o = run("profile", "--mode", "sampling", "--by", "function", "--variant", "parallel", "--runs", "2",
                "--iterations", "200", "--profiles", dir.resolve("profiles").toString(), "200000");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains(" samples by async ("), o.out());
        assertTrue(o.out().contains("  PrimitiveBootstrap.java:PrimitiveBootstrap.resampleMean\n"), o.out());
        Set<String> threads = threads((SampleData) onlySavedRun().data());
        assertTrue(threads.stream().allMatch(t -> t.equals("main") || t.equals("DestroyJavaVM")
                || t.startsWith("ForkJoinPool")), threads.toString());
    }

    @Test
    void all_threads_include_the_jvms_own() throws Exception {
        Outcome o = run("profile", "--mode", "sampling", "--threads", "all", "--runs", "1", "--profiles",
                dir.resolve("profiles").toString(), "100000");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains(" all threads"), o.out());
        Set<String> threads = threads((SampleData) onlySavedRun().data());
        assertFalse(threads.stream().allMatch(t -> t.equals("main") || t.equals("DestroyJavaVM")),
                threads.toString());
    }

    private static Set<String> threads(SampleData s) {
        Set<String> names = new TreeSet<>();
        s.stacks().forEach(st -> names.add(st.thread()));
        return names;
    }

    private static String firstTableLine(String out) {
        return out.lines().dropWhile(l -> !l.startsWith(" time")).skip(1).findFirst().orElse("");
    }
}
