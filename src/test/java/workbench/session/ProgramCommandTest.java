package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The java command line after {@code profile --}, read as the launcher reads it. */
class ProgramCommandTest {

    @TempDir
    Path dir;

    private Path classDir(String... classes) throws IOException {
        Path d = dir.resolve("classes");
        for (String c : classes) {
            Path f = d.resolve(c.replace('.', '/') + ".class");
            Files.createDirectories(f.getParent());
            Files.write(f, new byte[] {(byte) 0xCA, (byte) 0xFE});
        }
        return d;
    }

    private Path jar(String name, String main, String classPath, String... classes) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (main != null) m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main);
        if (classPath != null) m.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        Path jar = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, m)) {
            for (String c : classes) {
                out.putNextEntry(new JarEntry(c.replace('.', '/') + ".class"));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void options_then_class_path_then_main_class_then_its_arguments() throws IOException {
        Path cp = classDir("com.acme.app.Main");
        ProgramCommand c = ProgramCommand.parse(List.of("-Xmx64m", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-classpath", cp.toString(), "-Dx=1", "com.acme.app.Main", "-Xmx1g", "-cp", "arg"));
        assertEquals(List.of("-Xmx64m", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dx=1"), c.jvmOptions());
        assertEquals(List.of(cp.toString()), c.classPath());
        assertEquals("com.acme.app.Main", c.mainClass());
        assertEquals(List.of("-Xmx1g", "-cp", "arg"), c.args(), "after the main class everything is the program's");
        assertEquals(List.of("com.acme.app.*"), c.packages());
        assertEquals("com.acme.app.Main.*", c.mainFunctions());
        assertNull(c.jar());
        assertEquals(List.of("-Xmx64m", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dx=1", "-cp",
                cp.toString(), "com.acme.app.Main", "-Xmx1g", "-cp", "arg"), c.launch());
    }

    @Test
    void class_path_spellings_and_wildcards() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        jar("lib/app.jar", null, null, "Tool");
        Path wild = lib.resolve("*");
        assertEquals("Tool", ProgramCommand.parse(List.of("--class-path=" + wild, "Tool")).mainClass());
        assertEquals(List.of("Tool"), ProgramCommand.parse(List.of("--class-path", wild.toString(), "Tool"))
                .packages(), "a jar's own classes, as with -jar");
        Path cp = classDir("Tool");
        assertEquals(List.of("Tool", "Tool$*"), ProgramCommand.parse(List.of("-cp", cp.toString(), "Tool"))
                .packages(), "a directory's: the main class and its nested classes in the unnamed package");
    }

    @Test
    void a_jar_gives_its_main_class_its_class_path_and_its_own_packages() throws IOException {
        Path jar = jar("app.jar", "com.acme.Main", "lib/dep.jar other.jar", "com.acme.Main", "com.acme.util.Text",
                "org.acme.extra.X", "Top");
        ProgramCommand c = ProgramCommand.parse(List.of("-ea", "-jar", jar.toString(), "a", "b"));
        assertEquals("com.acme.Main", c.mainClass());
        assertEquals(jar, c.jar());
        assertEquals(List.of(jar.toString(), dir.resolve("lib/dep.jar").toString(), dir.resolve("other.jar").toString()),
                c.classPath());
        assertEquals(List.of("Top", "com.acme.*", "org.acme.extra.*"), c.packages());
        assertEquals(List.of("-ea", "-jar", jar.toString(), "a", "b"), c.launch());
        assertEquals("com.acme.Main a b", c.target().describe());
    }

    /**
     * An executable jar that keeps the application's classes under {@code BOOT-INF/classes/} (Spring Boot's layout)
     * has its launcher load them by their own names: those are its packages, not {@code BOOT-INF.classes.com...}.
     */
    @Test
    void a_jar_whose_launcher_loads_its_classes_from_boot_inf_gives_their_packages() throws IOException {
        Path jar = jar("boot.jar", "org.springframework.boot.loader.launch.JarLauncher", null,
                "org.springframework.boot.loader.launch.JarLauncher", "BOOT-INF/classes/com.example.App",
                "BOOT-INF/classes/com.example.web.Controller", "WEB-INF/classes/org.shop.Cart");
        assertEquals(List.of("com.example.*", "org.shop.*", "org.springframework.boot.loader.launch.*"),
                ProgramCommand.parse(List.of("-jar", jar.toString())).packages());
    }

    /**
     * A main class in a jar on the class path gives the jar's own packages, as {@code -jar} does: a formatter whose
     * main is {@code com.palantir.javaformat.java.Main} spends most of its time in {@code com.palantir.javaformat.doc},
     * which the main class's package alone left out. A directory gives the main class's package only.
     */
    @Test
    void a_main_class_in_a_jar_gives_the_jars_packages() throws IOException {
        Path jar = jar("fmt.jar", null, null, "com.acme.fmt.java.Main", "com.acme.fmt.doc.Doc", "com.acme.fmt.Util");
        jar("dep.jar", null, null, "org.dep.Lib");
        ProgramCommand c = ProgramCommand.parse(List.of("-cp", dir.resolve("dep.jar") + java.io.File.pathSeparator
                + jar, "com.acme.fmt.java.Main"));
        assertEquals(List.of("com.acme.fmt.*"), c.packages());
        Path classes = classDir("com.acme.fmt.java.Main", "com.acme.fmt.doc.Doc");
        assertEquals(List.of("com.acme.fmt.java.*"),
                ProgramCommand.parse(List.of("-cp", classes.toString(), "com.acme.fmt.java.Main")).packages());
    }

    @Test
    void a_main_class_of_the_jdk_is_found_in_the_jdk() {
        assertEquals("com.sun.tools.javac.Main",
                ProgramCommand.parse(List.of("-cp", dir.toString(), "com.sun.tools.javac.Main", "-version")).mainClass());
    }

    @Test
    void what_cannot_run_says_why() throws IOException {
        Path cp = classDir("a.B");
        assertThrows(IllegalArgumentException.class, () -> ProgramCommand.parse(List.of()));
        assertEquals("a main module (-m) is not supported: run the program from its class path (-cp DIR-OR-JAR"
                + " MAIN-CLASS) or with -jar", assertThrows(IllegalArgumentException.class,
                () -> ProgramCommand.parse(List.of("-m", "mod/a.B"))).getMessage());
        assertEquals("-cp needs a class path", assertThrows(IllegalArgumentException.class,
                () -> ProgramCommand.parse(List.of("-cp"))).getMessage());
        assertEquals("main class a.C not found on the class path " + cp, assertThrows(IllegalArgumentException.class,
                () -> ProgramCommand.parse(List.of("-cp", cp.toString(), "a.C"))).getMessage());
        Path noClass = jar("empty.jar", "x.Main", null);
        assertEquals("main class x.Main (the Main-Class of " + noClass + ") is not in the jar",
                assertThrows(IllegalArgumentException.class,
                        () -> ProgramCommand.parse(List.of("-jar", noClass.toString()))).getMessage());
    }

    /** A command line copied whole, java first: the word is the launcher, read as such. */
    @Test
    void a_leading_java_is_the_launcher_not_a_main_class() throws IOException {
        Path cp = classDir("a.B");
        String own = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String java : List.of("java", own)) {
            ProgramCommand c = ProgramCommand.parse(List.of(java, "-Xmx64m", "-cp", cp.toString(), "a.B", "x"));
            assertEquals("a.B", c.mainClass(), java);
            assertEquals(List.of("-Xmx64m"), c.jvmOptions(), java);
            assertEquals(List.of("x"), c.args(), java);
        }
        Path other = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.write(other, new byte[0]);
        assertEquals("the program runs on the workbench's own java (" + own + "), not " + other + ": leave that word"
                + " out, or run the workbench with JAVA_HOME set to that JDK", assertThrows(
                IllegalArgumentException.class, () -> ProgramCommand.parse(List.of(other.toString(), "-cp",
                        cp.toString(), "a.B"))).getMessage());
        assertEquals("nothing to run after '-- java': give the rest of the command line, e.g. -- -cp app.jar"
                + " com.example.Main", assertThrows(IllegalArgumentException.class,
                () -> ProgramCommand.parse(List.of("java"))).getMessage());
    }
}
