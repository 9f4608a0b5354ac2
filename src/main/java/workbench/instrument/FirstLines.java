package workbench.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import workbench.model.MethodId;

/**
 * The first line of a method, read from its class file as the deterministic mode's instrumenter reads it (the
 * smallest line of its line number table): what a sampled function's row shows, since a sample only gives the line
 * being executed. Classes are looked up on the run's class path, then in the run's JDK ({@code jrt:/} of its
 * {@code java.home}), then in this JVM's; a method not found has no first line (0), and its row shows no line.
 */
public final class FirstLines {

    private final List<Path> classPath;
    private final Path javaHome;
    private final Map<String, Map<String, Integer>> byClass = new HashMap<>();
    private FileSystem jrt;

    /**
     * @param classPath the run's class path entries (directories and jars); relative ones against the working
     *                  directory
     * @param javaHome  the run's JDK, or {@code null} for this JVM's
     */
    public FirstLines(List<Path> classPath, Path javaHome) {
        this.classPath = List.copyOf(classPath);
        this.javaHome = javaHome;
    }

    /**
     * A resolver for the JVM a saved run's command started: its {@code -cp} and the {@code java} it ran.
     *
     * @param command the run's command line ({@code RunInfo.command()})
     * @return the resolver
     */
    public static FirstLines forCommand(List<String> command) {
        List<Path> cp = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < command.size(); i++) {
            String w = command.get(i);
            if (w.equals("-cp") || w.equals("-classpath") || w.equals("--class-path")) {
                for (String e : command.get(i + 1).split(java.io.File.pathSeparator)) {
                    if (!e.isEmpty()) cp.add(Path.of(e));
                }
            }
        }
        Path home = null;
        if (!command.isEmpty()) {
            Path java = Path.of(command.get(0));
            if (java.getParent() != null && java.getParent().getParent() != null
                    && Files.isDirectory(java.getParent().getParent().resolve("lib"))) {
                home = java.getParent().getParent();
            }
        }
        return new FirstLines(cp, home);
    }

    /**
     * @param method a method (an empty descriptor matches the first overload)
     * @return its first line, or 0 when the class or method is not found or has no line numbers
     */
    public int of(MethodId method) {
        Map<String, Integer> lines = byClass.computeIfAbsent(method.className(), this::read);
        Integer line = lines.get(method.method() + method.descriptor());
        if (line == null && method.descriptor().isEmpty()) {
            for (Map.Entry<String, Integer> e : lines.entrySet()) {
                if (e.getKey().startsWith(method.method() + "(")) return e.getValue();
            }
        }
        return line == null ? 0 : line;
    }

    private Map<String, Integer> read(String className) {
        byte[] bytes = bytes(className.replace('.', '/') + ".class");
        Map<String, Integer> lines = new HashMap<>();
        if (bytes == null) return lines;
        try {
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    String key = name + descriptor;
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitLineNumber(int line, Label start) {
                            lines.merge(key, line, Math::min);
                        }
                    };
                }
            }, ClassReader.SKIP_FRAMES);
        } catch (RuntimeException e) {
            // a class file ASM cannot read: its rows show no line rather than the run failing
        }
        return lines;
    }

    private byte[] bytes(String resource) {
        for (Path entry : classPath) {
            try {
                if (Files.isDirectory(entry)) {
                    Path file = entry.resolve(resource);
                    if (Files.isRegularFile(file)) return Files.readAllBytes(file);
                } else if (Files.isRegularFile(entry)) {
                    try (JarFile jar = new JarFile(entry.toFile())) {
                        ZipEntry e = jar.getEntry(resource);
                        if (e != null) {
                            try (InputStream in = jar.getInputStream(e)) {
                                return in.readAllBytes();
                            }
                        }
                    }
                }
            } catch (IOException e) {
                // an unreadable entry: look further
            }
        }
        return jdkBytes(resource);
    }

    private byte[] jdkBytes(String resource) {
        try {
            if (javaHome != null && jrt == null) {
                jrt = FileSystems.newFileSystem(URI.create("jrt:/"), Map.of("java.home", javaHome.toString()));
            }
            if (jrt != null) {
                try (var modules = Files.list(jrt.getPath("/modules"))) {
                    for (Path module : (Iterable<Path>) modules::iterator) {
                        Path file = module.resolve(resource);
                        if (Files.isRegularFile(file)) return Files.readAllBytes(file);
                    }
                }
                return null;
            }
        } catch (IOException | RuntimeException e) {
            // no readable image of the run's JDK: this JVM's classes are the next best
        }
        try (InputStream in = ClassLoader.getSystemResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
