package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import workbench.session.Jdks;

/**
 * JLine as the shaded jar holds it: the relocated {@code TerminalProvider.load} finds a provider file at the path it
 * reads, naming a class of the jar, so {@code TerminalBuilder} (what {@code run}'s progress bar asks for its terminal)
 * gets the exec provider instead of falling back to a dumb terminal. The classes are loaded from the jar alone (no
 * parent but the platform's), as {@code java -jar} would; the test class path's own, unrelocated JLine is never seen.
 */
class ShadedJlineIT {

    private static final String JLINE = "workbench.shaded.jline.terminal.";
    private static final String PROVIDER = JLINE + "spi.TerminalProvider";

    /** The progress bar's own call ({@code TerminalUtils.getTerminal}), on the terminal it is run on. */
    private static final String PROGRESS_BARS_TERMINAL = """
            public class Tty {
                public static void main(String[] a) throws Exception {
                    try (var t = workbench.shaded.jline.terminal.TerminalBuilder.builder().dumb(true).build()) {
                        System.out.println("terminal " + t.getClass().getSimpleName() + " " + t.getType() + " "
                                + t.getWidth());
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theExecProviderFileAtThePathTheRelocatedLoaderReadsNamesAProviderOfTheJarAndOnlyThere() throws Exception {
        Path jar = Programs.workbenchJar();
        String className;
        try (JarFile file = new JarFile(jar.toFile())) {
            String path = providerDirectory(file) + "exec";
            ZipEntry entry = file.getEntry(path);
            assertNotNull(entry, "no provider file at " + path + ", where the relocated TerminalProvider.load reads");
            Properties provider = new Properties();
            try (InputStream in = file.getInputStream(entry)) {
                provider.load(in);
            }
            className = provider.getProperty("class");
            // nothing at the paths an unrelocated JLine reads: a program run with this jar as its -javaagent (on its
            // class path) keeps its own JLine's providers
            assertEquals(List.of(), file.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("META-INF/services/org/jline/")).toList());
        }
        assertEquals(JLINE + "impl.exec.ExecTerminalProvider", className);
        try (URLClassLoader loader = jarOnly(jar)) {
            Class<?> exec = Class.forName(className, false, loader);
            assertTrue(Class.forName(PROVIDER, false, loader).isAssignableFrom(exec),
                    className + " is no " + PROVIDER);
        }
    }

    @Test
    void terminalBuilderFindsTheExecProviderAndNoOther() throws Exception {
        try (URLClassLoader loader = jarOnly(Programs.workbenchJar())) {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(loader); // TerminalProvider.load reads its files through this one
            try {
                Class<?> builderClass = Class.forName(JLINE + "TerminalBuilder", true, loader);
                Object builder = builderClass.getMethod("builder").invoke(null);
                // the providers build() tries, in its order: jansi, jna, jni and ffm are not in the jar, exec is
                List<?> providers = (List<?>) builderClass.getMethod("getProviders", String.class,
                        IllegalStateException.class).invoke(builder, null, new IllegalStateException());
                Method name = Class.forName(PROVIDER, false, loader).getMethod("name");
                List<Object> names = new ArrayList<>();
                for (Object p : providers) names.add(name.invoke(p));
                assertEquals(List.of("exec"), names);

                // a terminal on given streams is made by a provider or not at all (no dumb fallback there)
                builderClass.getMethod("system", boolean.class).invoke(builder, false);
                builderClass.getMethod("streams", InputStream.class, OutputStream.class).invoke(builder,
                        new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());
                builderClass.getMethod("type", String.class).invoke(builder, "xterm-256color");
                try (AutoCloseable terminal = (AutoCloseable) builderClass.getMethod("build").invoke(builder)) {
                    assertEquals(JLINE + "impl.ExternalTerminal", terminal.getClass().getName());
                }
            } finally {
                thread.setContextClassLoader(before);
            }
        }
    }

    @ParameterizedTest(name = "Java {0}")
    @ValueSource(ints = {17, 25})
    void theProgressBarsTerminalOnATerminalIsThatTerminal(int java) throws Exception {
        Optional<Path> home = Jdks.find(java);
        assumeTrue(home.isPresent(), "no Java " + java + " installed");
        assumeTrue(Files.isExecutable(Programs.SCRIPT), "no " + Programs.SCRIPT);
        Path source = Files.writeString(dir.resolve("Tty.java"), PROGRESS_BARS_TERMINAL);
        Programs.Run r = Programs.onTerminal(dir, List.of(home.get().resolve("bin/java").toString(), "-cp",
                Programs.workbenchJar().toString(), source.toString()));
        assertEquals(0, r.code(), r.out() + r.err());
        // a dumb terminal (no provider found) says "DumbTerminal dumb 0"; nothing else may be written (JDK 25 warned
        // of a restricted method here while jline-native's libraries were in the jar)
        assertEquals("terminal PosixSysTerminal xterm-256color " + Programs.COLUMNS, r.out().strip(), r.err());
    }

    /**
     * @return the directory the relocated {@code TerminalProvider.load} reads provider files from: the string it
     *         starts the path with, taken from its bytecode, since the relocation decides whether it moved
     */
    private static String providerDirectory(JarFile jar) throws IOException {
        ZipEntry entry = jar.getEntry(PROVIDER.replace('.', '/') + ".class");
        assertNotNull(entry, PROVIDER);
        List<String> paths = new ArrayList<>();
        try (InputStream in = jar.getInputStream(entry)) {
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    if (!name.equals("load")) return null;
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitLdcInsn(Object value) {
                            if (value instanceof String s && s.startsWith("META-INF/")) paths.add(s);
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG);
        }
        assertEquals(1, paths.size(), "the path strings of TerminalProvider.load: " + paths);
        return paths.get(0);
    }

    private static URLClassLoader jarOnly(Path jar) throws IOException {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }
}
