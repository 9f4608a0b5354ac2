package workbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the source text the line table shows: first in the {@code --source-path} directories (by package path,
 * then by file name alone) and sources jars (by package path), then among the workload sources shipped in the jar under {@value #RESOURCE_ROOT}.
 */
public final class SourceLookup {

    /** Where the build copies the workload's {@code .java} files inside the jar. */
    public static final String RESOURCE_ROOT = "workbench-sources/";

    private final List<Path> sourcePath;
    private final Map<String, List<String>> cache = new HashMap<>();

    /** @param sourcePath directories and sources jars to search before the jar's own sources */
    public SourceLookup(List<Path> sourcePath) {
        this.sourcePath = List.copyOf(sourcePath);
    }

    /**
     * @param file a source file with its package path, e.g. {@code workbench/workload/BoxedBootstrap.java}
     * @return its lines, or {@code null} when it is nowhere to be found
     */
    public List<String> lines(String file) {
        return cache.computeIfAbsent(file, this::find);
    }

    private List<String> find(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        for (Path dir : sourcePath) {
            if (Files.isRegularFile(dir)) {
                List<String> fromJar = inJar(dir, file);
                if (fromJar != null) return fromJar;
                continue;
            }
            for (Path p : new Path[] {dir.resolve(file), dir.resolve(name)}) {
                if (Files.isRegularFile(p)) {
                    try {
                        return Files.readAllLines(p, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + p, e);
                    }
                }
            }
        }
        try (InputStream in = SourceLookup.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + file)) {
            if (in == null) return null;
            return split(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the jar's copy of " + file, e);
        }
    }

    /** A sources jar ({@code app-sources.jar}) holds the files by package path, as a source directory does. */
    private static List<String> inJar(Path jar, String file) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry e = zip.getEntry(file);
            if (e == null) return null;
            try (InputStream in = zip.getInputStream(e)) {
                return split(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " from " + jar, e);
        }
    }

    private static List<String> split(InputStream in) throws IOException {
        return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n", -1));
    }
}
