package workbench.agent;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Copies the runtime's classes ({@code workbench/agent/rt/*}) out of the agent jar into a temporary jar and
 * appends that to the bootstrap class path, so that classes of every loader, the JDK's included, resolve one
 * and the same runtime.
 */
final class BootstrapJar {

    /** The runtime's package, as a path prefix. */
    static final String RT = "workbench/agent/rt/";

    private BootstrapJar() {
    }

    static void install(Instrumentation inst) throws IOException, URISyntaxException {
        Path self = Path.of(PreMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path tmp = Files.createTempFile("workbench-rt-", ".jar");
        tmp.toFile().deleteOnExit();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(tmp))) {
            if (Files.isDirectory(self)) {
                copyFromDirectory(self, out);
            } else {
                copyFromJar(self, out);
            }
        }
        inst.appendToBootstrapClassLoaderSearch(new JarFile(tmp.toFile()));
    }

    private static void copyFromJar(Path jar, JarOutputStream out) throws IOException {
        try (JarFile in = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (!e.getName().startsWith(RT) || e.isDirectory()) continue;
                try (InputStream is = in.getInputStream(e)) {
                    copy(e.getName(), is, out);
                }
            }
        }
    }

    private static void copyFromDirectory(Path dir, JarOutputStream out) throws IOException {
        Path rt = dir.resolve(RT);
        List<Path> files;
        try (Stream<Path> s = Files.list(rt)) {
            files = s.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
        }
        for (Path p : files) {
            try (InputStream is = Files.newInputStream(p)) {
                copy(RT + p.getFileName(), is, out);
            }
        }
    }

    private static void copy(String name, InputStream in, OutputStream out) throws IOException {
        JarOutputStream jar = (JarOutputStream) out;
        jar.putNextEntry(new JarEntry(name.replace(File.separatorChar, '/')));
        in.transferTo(jar);
        jar.closeEntry();
    }
}
