package workbench.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds installed JDKs by the {@code JAVA_VERSION} in their {@code release} file, for tests and benchmarks on several
 * Javas: the one place that looks under {@code /usr/lib/jvm}.
 */
public final class Jdks {

    private Jdks() {
    }

    /**
     * @param feature e.g. 25
     * @return the home of an installed JDK of that feature version, if any
     */
    public static Optional<Path> find(int feature) {
        if (Runtime.version().feature() == feature) return Optional.of(Path.of(System.getProperty("java.home")));
        Path root = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(root)) return Optional.empty();
        try (Stream<Path> homes = Files.list(root)) {
            return homes.filter(h -> isVersion(h, feature)).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isVersion(Path home, int feature) {
        try {
            return Files.isExecutable(home.resolve("bin/java")) && Files.readAllLines(home.resolve("release")).stream()
                    .anyMatch(l -> l.equals("JAVA_VERSION=\"" + feature + "\"") || l.startsWith("JAVA_VERSION=\""
                            + feature + "."));
        } catch (IOException e) {
            return false;
        }
    }
}
