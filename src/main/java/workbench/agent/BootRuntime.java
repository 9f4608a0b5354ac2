package workbench.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandle;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.ProtectionDomain;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;

/**
 * Defines the runtime's classes ({@code workbench/agent/rt/*}) in the bootstrap class loader, so that classes of every
 * loader, the JDK's included, resolve one and the same runtime, and the agent's own classes reach it by delegation.
 *
 * <p>The classes are defined, not put on the boot class path: appending to the boot class path limits class data
 * sharing to the JDK's boot classes, and HotSpot says so on the program's standard output. As JaCoCo's agent does
 * for its runtime class, {@code java.lang} is opened ({@link Instrumentation#redefineModule}) and a private lookup
 * reaches what defines a class; opened not to the agent's module, which is the program's class path's too, but to a
 * class loader of our own that holds {@link BootDefiner} alone; JaCoCo's {@code Lookup.defineClass} would put our classes into
 * {@code java.lang}, so the lookup reaches {@code ClassLoader.defineClass1} instead, which defines them, under their
 * own names, in the boot loader's unnamed module (where the boot class path would have put them).
 */
final class BootRuntime {

    /** The runtime's package, as a path prefix. */
    static final String RT = "workbench/agent/rt/";

    private BootRuntime() {
    }

    /**
     * Defines the runtime in the boot loader; a second call (attached twice) finds it there and does nothing.
     *
     * @param inst the JVM's instrumentation, which opens {@code java.lang} to us
     * @throws Exception when the runtime's classes cannot be read or defined; the program then runs unprofiled
     */
    static void install(Instrumentation inst) throws Exception {
        if (defined()) return;
        Class<?> definer = new Isolated().define(BootDefiner.class);
        inst.redefineModule(Object.class.getModule(), Set.of(), Map.of(),
                Map.of("java.lang", Set.of(definer.getModule())), Set.of(), Map.of());
        MethodHandle define = (MethodHandle) definer.getMethod("defineClass1").invoke(null);
        Map<String, byte[]> classes = read();
        for (String name : classes.keySet()) {
            defineWithSupertypes(name, classes, define);
        }
    }

    /**
     * A class loader of the agent's own, whose unnamed module is the only one {@code java.lang} is opened to. Its parent
     * is the boot loader: the class it holds uses the JDK alone.
     */
    private static final class Isolated extends ClassLoader {

        Isolated() {
            super("workbench-boot-definer", null);
        }

        /** @return a copy of {@code type}, defined here from the agent's own class file */
        Class<?> define(Class<?> type) throws IOException {
            String file = type.getSimpleName() + ".class";
            try (InputStream in = type.getResourceAsStream(file)) {
                if (in == null) throw new IOException("no " + file + " beside " + type.getName());
                byte[] bytes = in.readAllBytes();
                return defineClass(type.getName(), bytes, 0, bytes.length);
            }
        }
    }

    /** @return whether the boot loader holds the runtime already (the agent attached once before) */
    private static boolean defined() {
        try {
            Class.forName(RT.replace('/', '.') + "Tracer", false, null);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** A class's superclass and interfaces of the runtime go first: the boot loader finds no other copy of them. */
    private static void defineWithSupertypes(String name, Map<String, byte[]> pending, MethodHandle define)
            throws ReflectiveOperationException {
        byte[] bytes = pending.get(name);
        if (bytes == null) return; // defined already, or not ours
        pending.put(name, null);
        ClassReader reader = new ClassReader(bytes);
        defineWithSupertypes(reader.getSuperName(), pending, define);
        for (String type : reader.getInterfaces()) {
            defineWithSupertypes(type, pending, define);
        }
        try {
            Class<?> unused = (Class<?>) define.invokeExact((ClassLoader) null, name.replace('/', '.'), bytes, 0,
                    bytes.length, (ProtectionDomain) null, (String) null);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) { // defineClass1 declares nothing else
            throw new ReflectiveOperationException(t);
        }
    }

    /** @return the runtime's class files by internal name, from the agent jar or (in tests) the classes directory */
    private static Map<String, byte[]> read() throws IOException, URISyntaxException {
        Path self = Path.of(BootRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, byte[]> classes = new LinkedHashMap<>();
        if (Files.isDirectory(self)) {
            try (Stream<Path> s = Files.list(self.resolve(RT))) {
                for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                    String file = p.getFileName().toString();
                    if (file.endsWith(".class") && !file.equals("package-info.class")) {
                        classes.put(RT + file.substring(0, file.length() - 6), Files.readAllBytes(p));
                    }
                }
            }
            return classes;
        }
        try (JarFile in = new JarFile(self.toFile())) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String n = e.getName();
                if (!n.startsWith(RT) || !n.endsWith(".class") || n.endsWith("package-info.class")) continue;
                try (InputStream is = in.getInputStream(e)) {
                    classes.put(n.substring(0, n.length() - 6), is.readAllBytes());
                }
            }
        }
        return classes;
    }
}
