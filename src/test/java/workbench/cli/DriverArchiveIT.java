package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;

/**
 * The driver's class-data archive (the launcher's, made by a training run) holds picocli's classes: picocli and ASM
 * are compiled for Java 5, and class data sharing archives no class older than version 50, so the build raises them
 * ({@code src/build/java/RaiseClassVersion.java}); before, every command loaded its 175 picocli classes from the jar
 * and verified them with the old verifier (about 40 ms of each start), and every profiled child its ASM classes
 * (about 20 ms before the program's main).
 */
class DriverArchiveIT {

    private static final String PICOCLI = "workbench/shaded/picocli/";
    private static final String ASM = "workbench/shaded/asm/";

    @TempDir
    Path dir;

    @Test
    void noClassInTheJarIsOlderThanClassDataSharingTakesAndPicocliAndAsmAreRaisedTo52() throws Exception {
        Map<String, Integer> older = new TreeMap<>();
        Map<String, Integer> raised = new TreeMap<>(Map.of(PICOCLI, 0, ASM, 0));
        try (JarFile jar = new JarFile(Programs.workbenchJar().toFile())) {
            for (ZipEntry e : jar.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                int version = new ClassReader(jar.getInputStream(e).readAllBytes()).readShort(6);
                if (version < 50) older.put(e.getName(), version);
                for (String p : raised.keySet()) {
                    if (e.getName().startsWith(p) && version == 52) raised.merge(p, 1, Integer::sum);
                }
            }
        }
        assertEquals(Map.of(), older);
        assertTrue(raised.get(PICOCLI) > 100 && raised.get(ASM) > 50, "classes of version 52: " + raised);
    }

    @Test
    void aDriverStartedWithAnArchiveOfItsOwnLoadsNoPicocliClassFromTheJar() throws Exception {
        assumeTrue(Programs.run(dir, "", List.of(Programs.java(), "-Xshare:on", "-Xlog:disable", "-version")).code()
                == 0, "this JDK has no base archive to add a dynamic one to");
        Path archive = dir.resolve("driver.jsa");
        String jar = Programs.workbenchJar().toString();
        Programs.Run training = Programs.run(dir, "", List.of(Programs.java(), "-XX:ArchiveClassesAtExit=" + archive,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", jar, "profile", "--help"));
        assertEquals(0, training.code(), training.err());
        assertTrue(Files.size(archive) > 0);

        Path log = dir.resolve("class-load.txt");
        Programs.Run run = Programs.run(dir, "", List.of(Programs.java(), "-XX:SharedArchiveFile=" + archive,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Xlog:class+load:file=" + log, "-jar", jar, "profile",
                "--help"));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("--mode"), run.out());
        List<String> picocli = new ArrayList<>();
        List<String> fromTheJar = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (!line.contains(" workbench.shaded.picocli.")) continue;
            picocli.add(line);
            if (line.contains("source: file:")) fromTheJar.add(line);
        }
        assertTrue(picocli.size() > 50, "picocli classes loaded: " + picocli.size());
        assertEquals(List.of(), fromTheJar, "loaded from the jar, not the archive");
    }
}
