package workbench.agent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;
import org.objectweb.asm.tree.ClassNode;
import workbench.io.AtomicFiles;

/**
 * The slim agent jar: what {@code -javaagent} (or an attach) puts on the profiled program's class path. It holds
 * only the agent's classes and what they use: its runtime, the instrumenters and the relocated ASM, never the
 * CLI's picocli, Jackson, async-profiler's converter or charts, so that nothing of ours can shadow or clash with the
 * program's own libraries.
 *
 * <p>It is cut out of the workbench jar at run time rather than shipped beside it: one file to install, and the
 * cut follows the code. Which classes go in is not a list kept by hand but the closure of every class of the
 * {@code workbench.agent} packages over the types their bytecode names; the result is cached in the temporary
 * directory, keyed by the workbench jar's size and time.
 */
public final class AgentJar {

    private static final String ROOT = "workbench/agent/";

    private AgentJar() {
    }

    /**
     * @param workbenchJar the shaded workbench jar
     * @return the slim agent jar cut from it, made once per workbench jar
     * @throws IOException when the workbench jar cannot be read or the agent jar not written
     */
    public static Path of(Path workbenchJar) throws IOException {
        String key = Long.toHexString(workbenchJar.toAbsolutePath().toString().hashCode() * 31L
                + Files.size(workbenchJar) * 17L + Files.getLastModifiedTime(workbenchJar).toMillis());
        Path cached = Path.of(System.getProperty("java.io.tmpdir"), "workbench-agent-" + key + ".jar");
        if (Files.isRegularFile(cached)) return cached;
        write(cached, closure(workbenchJar), PreMain.class);
        return cached;
    }

    /**
     * The parent watch's jar ({@link ParentWatch}): its one class, read from wherever this class was loaded (the
     * workbench jar, or the classes of a build), so that every child can have it, whatever its mode.
     *
     * @return the jar, made once per version of the class
     * @throws IOException when the class cannot be read or the jar not written
     */
    public static Path parentWatch() throws IOException {
        String entry = ParentWatch.class.getName().replace('.', '/') + ".class";
        byte[] bytes;
        try (InputStream in = ParentWatch.class.getClassLoader().getResourceAsStream(entry)) {
            if (in == null) throw new IOException("cannot read " + entry + " from the workbench's class path");
            bytes = in.readAllBytes();
        }
        Path cached = Path.of(System.getProperty("java.io.tmpdir"), "workbench-watch-"
                + Integer.toHexString(Arrays.hashCode(bytes)) + "-" + bytes.length + ".jar");
        if (Files.isRegularFile(cached)) return cached;
        write(cached, Map.of(entry, bytes), ParentWatch.class);
        return cached;
    }

    /** Writes an agent jar atomically: processes that make it at once each publish a whole one. */
    private static void write(Path target, Map<String, byte[]> classes, Class<?> premain) throws IOException {
        AtomicFiles.write(target, out -> {
            try (JarOutputStream jar = new JarOutputStream(out, manifest(premain))) {
                for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                    jar.putNextEntry(new JarEntry(e.getKey()));
                    jar.write(e.getValue());
                    jar.closeEntry();
                }
            }
        });
    }

    /**
     * @param workbenchJar the shaded workbench jar
     * @return entry name to bytes of every class the agent's classes need, directly or not, that the jar holds
     * @throws IOException when the jar cannot be read
     */
    static Map<String, byte[]> closure(Path workbenchJar) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (JarFile jar = new JarFile(workbenchJar.toFile())) {
            Deque<String> todo = new ArrayDeque<>();
            jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(ROOT) && n.endsWith(".class"))
                    .forEach(todo::add);
            while (!todo.isEmpty()) {
                String name = todo.pop();
                if (out.containsKey(name)) continue;
                JarEntry entry = jar.getJarEntry(name);
                if (entry == null) continue; // the JDK's, or a type only named in a signature nobody loads
                byte[] bytes;
                try (InputStream in = jar.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                out.put(name, bytes);
                // into a ClassNode, which visits every method body: the types code names are in its instructions
                new ClassReader(bytes).accept(new ClassRemapper(new ClassNode(), new Remapper() {
                    @Override
                    public String map(String internalName) {
                        if (!internalName.startsWith("java/")) todo.add(internalName + ".class");
                        return internalName;
                    }
                }), 0);
            }
        }
        return out;
    }

    private static Manifest manifest(Class<?> premain) {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Premain-Class", premain.getName());
        if (premain == PreMain.class) { // the parent watch is neither attached nor retransforms
            a.putValue("Agent-Class", PreMain.class.getName());
            a.putValue("Can-Retransform-Classes", "true");
        }
        a.putValue("Implementation-Title", "workbench agent");
        return m;
    }
}
