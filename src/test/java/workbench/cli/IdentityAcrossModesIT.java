package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.FunctionData;
import workbench.model.LineData;
import workbench.model.MethodId;
import workbench.model.SampleData;
import workbench.store.ProfileStore;
import workbench.store.RunResolver;

/** A function is one {@link MethodId} in a deterministic, a sampling and a line run of the same program. */
class IdentityAcrossModesIT {

    private static final MethodId CONFIDENCE_INTERVAL = new MethodId("workbench.workload.BoxedBootstrap",
            "confidenceInterval", "([DID)Lworkbench/workload/Interval;");

    @TempDir
    Path dir;

    @Test
    void confidence_interval_is_the_same_method_in_every_mode() {
        String profiles = dir.resolve("profiles").toString();
        for (String[] mode : new String[][] {{"deterministic"}, {"sampling", "--engine", "jfr"}, {"sampling"},
            {"line", "--timing", "hits"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("profile", "--profiles",
                    profiles, "--iterations", "20", "--runs", "1", "--mode"), java.util.Arrays.stream(mode))
                    .toArray(String[]::new);
            String[] all = java.util.Arrays.copyOf(args, args.length + 1);
            all[args.length] = "100000";
            Cli.Result r = Cli.run(all);
            assertEquals(0, r.code(), r.err());
        }
        RunResolver runs = new RunResolver(new ProfileStore(dir.resolve("profiles")));
        FunctionData traced = (FunctionData) runs.resolve("last~3").merged();
        SampleData jfr = (SampleData) runs.resolve("last~2").merged();
        SampleData async = (SampleData) runs.resolve("last~1").merged();
        LineData lines = (LineData) runs.resolve("last").merged();

        assertEquals(1, traced.byMethod().get(CONFIDENCE_INTERVAL).calls(), "one run: one call");
        assertTrue(methods(jfr).contains(CONFIDENCE_INTERVAL), methods(jfr).toString());
        assertTrue(methods(async).contains(CONFIDENCE_INTERVAL), methods(async).toString());
        assertEquals(List.of(CONFIDENCE_INTERVAL), lines.functions().stream().map(LineData.FunctionLines::method)
                .toList());
        // and the traced first line is where the line mode's table of the same method starts its code
        int firstTraced = traced.byMethod().get(CONFIDENCE_INTERVAL).function().line();
        assertEquals(firstTraced, lines.functions().get(0).lines().get(0).line());
    }

    private static Set<MethodId> methods(SampleData s) {
        return s.frames().stream().map(f -> f.method()).collect(Collectors.toSet());
    }
}
