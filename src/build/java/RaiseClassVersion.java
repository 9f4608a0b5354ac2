import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Raises the class file version of some packages' classes in a jar to Java 8's (52), with stack map frames computed
 * by ASM, in place. Run by the build after shade (a single-file program: {@code java -cp <asm> RaiseClassVersion.java
 * <jar> <package/>...}).
 *
 * <p>Why: picocli and ASM are compiled for Java 5 (version 49). Class data sharing archives no class older than 50,
 * so the driver's archive (the launcher's, JEP 350) held none of picocli's 175 classes: every command loaded them
 * from the jar and verified them with the old type-inferring verifier, about 40 ms of each command's start here. And
 * every profiled child verifies the agent's ASM classes that way before the program's {@code main}, about 20 ms. With
 * frames, the JVM's split verifier checks them in one pass, and the archive takes them. The bytecode is unchanged;
 * classes of version 50 and up need frames, which ASM computes, and may not use {@code jsr}/{@code ret}, which javac
 * has not emitted since 1.5 (a class with them is refused here, and the build fails).
 */
public final class RaiseClassVersion {

    private RaiseClassVersion() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) throw new IllegalArgumentException("usage: RaiseClassVersion <jar> <package/>...");
        Path jar = Path.of(args[0]);
        List<String> prefixes = List.of(args).subList(1, args.length);
        Path raised = jar.resolveSibling(jar.getFileName() + ".raising");
        int count = 0;
        // the jar's own classes answer ASM's common-superclass questions; the JDK's come from the boot loader
        try (ZipFile in = new ZipFile(jar.toFile());
             URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(raised))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                boolean raise = prefixes.stream().anyMatch(e.getName()::startsWith) && e.getName().endsWith(".class")
                        && new ClassReader(bytes).readShort(6) < Opcodes.V1_8;
                if (raise) {
                    bytes = raise(bytes, classes);
                    count++;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(raised);
            throw e;
        }
        Files.move(raised, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (count == 0) throw new IllegalStateException("no class under " + prefixes + " in " + jar + " to raise");
    }

    private static byte[] raise(byte[] bytes, ClassLoader classes) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes;
            }
        };
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray(); // a jsr or ret throws here: frames cannot be computed for them
    }
}
