package workbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * The workload is the profiled program: it may use the JDK and itself, nothing of the workbench or its libraries,
 * so a profile shows the workload and only the workload.
 */
class WorkloadIsolationTest {

    @Test
    void workloadReferencesOnlyTheJdkAndItself() throws IOException, URISyntaxException {
        Path classes = Path.of(Bootstrap.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path pkg = classes.resolve("workbench/workload");
        List<Path> files;
        try (Stream<Path> s = Files.list(pkg)) {
            files = s.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList());
        }
        assertTrue(files.size() >= 12, "compiled workload classes found in " + pkg);
        Set<String> foreign = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        for (Path f : files) {
            Remapper collect = new Remapper(Opcodes.ASM9) {
                @Override
                public String map(String internalName) {
                    seen.add(internalName);
                    if (!internalName.startsWith("java/") && !internalName.startsWith("workbench/workload/")) {
                        foreign.add(f.getFileName() + " -> " + internalName);
                    }
                    return internalName;
                }
            };
            new ClassReader(Files.readAllBytes(f)).accept(new ClassRemapper(new ClassWriter(0), collect), 0);
        }
        assertTrue(seen.containsAll(Set.of("java/util/Random", "java/util/SplittableRandom", "workbench/workload/Pivotal")),
                "the scan sees the references it checks: " + seen);
        assertEquals(Set.of(), foreign);
    }
}
