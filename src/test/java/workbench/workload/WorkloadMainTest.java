package workbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The child's main: the configuration's arguments in, one line per run out, as the profiled program prints it. */
class WorkloadMainTest {

    @Test
    void printsEveryRunWithItsTime() {
        WorkloadConfig config = new WorkloadConfig(400, 20, 3, 0.1, Variant.TWO_LINE, 8, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Main.main(config.toArgs().toArray(new String[0]));
        } finally {
            System.setOut(saved);
        }
        List<String> expected = new ArrayList<>();
        Workload.run(config, (run, iv, nanos) -> expected.add(String.format(Locale.ROOT,
                "run %d: lower=%.6f upper=%.6f value=%.6f num=%d", run + 1, iv.lower(), iv.upper(), iv.value(),
                iv.num())));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        for (int r = 0; r < 3; r++) {
            String line = lines.get(r);
            assertTrue(line.matches(".* \\(\\d+\\.\\d{3} s\\)"), line);
            assertEquals(expected.get(r), line.substring(0, line.lastIndexOf(" (")));
        }
    }
}
