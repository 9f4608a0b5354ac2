package workbench.session;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import workbench.model.Target;

/**
 * A {@code java} command line after {@code profile --}: JVM options up to the main class (or {@code -jar FILE}), then
 * the program's arguments, read as the {@code java} launcher reads them, and checked before anything runs: the main
 * class must exist on the class path, a jar must be a jar with a {@code Main-Class}.
 *
 * <p>It also says what the program's own code is, the default of what the agent instruments: the main class's
 * package ({@code com.example.*}), or with {@code -jar} the packages of the jar's own classes, never the JDK's or
 * the workbench's.
 *
 * @param jvmOptions the options before the main class, class path options excluded
 * @param classPath  the class path entries ({@code -cp}, else {@code CLASSPATH}, else {@code .}); with {@code -jar}
 *                   the jar and its manifest's {@code Class-Path}
 * @param jar        the {@code -jar} file, {@code null} for a main class
 * @param mainClass  the main class (with {@code -jar}: the manifest's {@code Main-Class})
 * @param args       the program's arguments
 * @param packages   the program's own packages, each a class pattern ({@code com.example.*}, or a class name for
 *                   the unnamed package)
 */
public record ProgramCommand(List<String> jvmOptions, List<String> classPath, Path jar, String mainClass,
                             List<String> args, List<String> packages) {

    /** Launcher options that take the next word as their value (only the class path is ours to read). */
    private static final Set<String> WITH_VALUE = Set.of("--add-modules", "--add-opens", "--add-exports",
            "--add-reads", "--patch-module", "--limit-modules", "--upgrade-module-path", "--module-path", "-p",
            "--enable-native-access", "--describe-module", "-d");
    private static final Set<String> CLASS_PATH = Set.of("-cp", "-classpath", "--class-path");

    public ProgramCommand {
        jvmOptions = List.copyOf(jvmOptions);
        classPath = List.copyOf(classPath);
        args = List.copyOf(args);
        packages = List.copyOf(packages);
    }

    /**
     * @param words the words after {@code --}
     * @return the command, checked
     * @throws IllegalArgumentException one line for the user: what is wrong with the command
     */
    public static ProgramCommand parse(List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("nothing to run after '--': give a java command line,"
                    + " e.g. -- -cp app.jar com.example.Main, or -- -jar app.jar");
        }
        words = withoutLauncher(words);
        List<String> options = new ArrayList<>();
        String cp = null;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("-jar")) {
                if (i + 1 >= words.size()) throw new IllegalArgumentException("-jar needs a jar file");
                return ofJar(options, Path.of(words.get(i + 1)), words.subList(i + 2, words.size()));
            }
            if (CLASS_PATH.contains(w)) {
                if (i + 1 >= words.size()) throw new IllegalArgumentException(w + " needs a class path");
                cp = words.get(++i);
            } else if (w.startsWith("--class-path=")) {
                cp = w.substring("--class-path=".length());
            } else if (w.equals("-m") || w.equals("--module") || w.startsWith("--module=")) {
                throw new IllegalArgumentException("a main module (" + w + ") is not supported: run the program"
                        + " from its class path (-cp DIR-OR-JAR MAIN-CLASS) or with -jar");
            } else if (w.startsWith("@")) {
                throw new IllegalArgumentException("java argument files (" + w + ") are not read here: write the"
                        + " options out after '--'");
            } else if (WITH_VALUE.contains(w)) {
                if (i + 1 >= words.size()) throw new IllegalArgumentException(w + " needs a value");
                options.add(w);
                options.add(words.get(++i));
            } else if (w.startsWith("-")) {
                options.add(w);
            } else {
                return ofClass(options, cp, w, words.subList(i + 1, words.size()));
            }
        }
        throw new IllegalArgumentException("no main class or -jar in the command after '--': "
                + String.join(" ", words));
    }

    /**
     * A command line copied whole, {@code java} first, is read without that word: it is the launcher, not a main class
     * ({@code -- java -cp DIR Main} said "main class java not found"). The program runs on the workbench's own JDK, so
     * a path to another JDK's {@code java} is refused with what to do, rather than swapped silently; a bare
     * {@code java} names no JDK in particular and is dropped.
     */
    private static List<String> withoutLauncher(List<String> words) {
        String first = words.get(0);
        int slash = Math.max(first.lastIndexOf('/'), first.lastIndexOf(File.separatorChar));
        String name = first.substring(slash + 1);
        if (!name.equals("java") && !name.equals("java.exe")) return words;
        if (words.size() == 1) {
            throw new IllegalArgumentException("nothing to run after '-- " + first + "': give the rest of the command"
                    + " line, e.g. -- -cp app.jar com.example.Main");
        }
        if (slash >= 0) {
            Path own = Path.of(System.getProperty("java.home"), "bin", name);
            if (!sameFile(Path.of(first), own)) {
                throw new IllegalArgumentException("the program runs on the workbench's own java (" + own + "), not "
                        + first + ": leave that word out, or run the workbench with JAVA_HOME set to that JDK");
            }
        }
        return words.subList(1, words.size());
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @return the program as a saved run names it: its main class (with {@code -jar}, the manifest's) and its
     *         arguments, so that runs of one program compare whether it was started from a jar or a class path;
     *         the full command line is the run's {@code command}
     */
    public Target target() {
        return new Target(mainClass, args, java.util.Map.of());
    }

    /** @return the words after {@code java} that run the program: its options, class path, main class, arguments */
    public List<String> launch() {
        List<String> cmd = new ArrayList<>(jvmOptions);
        if (jar != null) {
            cmd.add("-jar");
            cmd.add(jar.toString());
        } else {
            cmd.add("-cp");
            cmd.add(String.join(File.pathSeparator, classPath));
            cmd.add(mainClass);
        }
        cmd.addAll(args);
        return cmd;
    }

    /** @return the default line-mode function: every method of the main class */
    public String mainFunctions() {
        return mainClass + ".*";
    }

    private static ProgramCommand ofClass(List<String> options, String cp, String mainClass, List<String> args) {
        if (cp == null) cp = System.getenv().getOrDefault("CLASSPATH", ".");
        List<String> entries = expand(cp);
        String file = mainClass.replace('.', '/') + ".class";
        Path holder = holderOf(entries, file);
        if (holder == null && !inJdk(mainClass)) {
            throw new IllegalArgumentException("main class " + mainClass + " not found on the class path "
                    + (entries.isEmpty() ? "(empty)" : String.join(File.pathSeparator, entries)));
        }
        int dot = mainClass.lastIndexOf('.');
        List<String> own = dot < 0 ? List.of(mainClass, mainClass + "$*") : List.of(mainClass.substring(0, dot) + ".*");
        // a jar is a program's unit: its own packages, as with -jar (a formatter's Main in com.acme.fmt.java calls
        // its com.acme.fmt.doc); a directory may be anything up to the whole working tree, so only the main's package
        if (holder != null && !Files.isDirectory(holder)) {
            try (JarFile jf = new JarFile(holder.toFile())) {
                own = packagesOf(jf);
            } catch (IOException e) {
                // the launcher read it a moment ago; if it cannot be read now, the main class's package will do
            }
        }
        return new ProgramCommand(options, entries, null, mainClass, args, own);
    }

    private static ProgramCommand ofJar(List<String> options, Path jar, List<String> args) {
        if (!Files.isRegularFile(jar)) throw new IllegalArgumentException("no jar file " + jar);
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest mf = jf.getManifest();
            String main = mf == null ? null : mf.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
            if (main == null || main.isBlank()) {
                throw new IllegalArgumentException(jar + " has no Main-Class in its manifest: give the main class"
                        + " with -cp " + jar + " MAIN-CLASS");
            }
            main = main.trim();
            if (jf.getEntry(main.replace('.', '/') + ".class") == null) {
                throw new IllegalArgumentException("main class " + main + " (the Main-Class of " + jar
                        + ") is not in the jar");
            }
            List<String> entries = new ArrayList<>(List.of(jar.toString()));
            String extra = mf.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (extra != null) {
                Path base = jar.toAbsolutePath().getParent();
                for (String e : extra.trim().split("\\s+")) {
                    if (!e.isEmpty()) entries.add(base.resolve(e).toString());
                }
            }
            return new ProgramCommand(options, entries, jar, main, args, packagesOf(jf));
        } catch (ZipException e) {
            throw new IllegalArgumentException(jar + " is not a jar (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + jar + " (" + e.getMessage() + ")");
        }
    }

    /**
     * Where an executable jar or war keeps the application's own classes, which its launcher loads under their own
     * names (Spring Boot's layout: {@code BOOT-INF/classes/com/example/App.class} is {@code com.example.App}).
     */
    private static final List<String> NESTED_CLASSES = List.of("BOOT-INF/classes/", "WEB-INF/classes/");

    /** The packages of a jar's classes, each once, a package inside another one already listed left out. */
    private static List<String> packagesOf(JarFile jar) {
        Set<String> packages = new TreeSet<>();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
                continue;
            }
            for (String nested : NESTED_CLASSES) {
                if (name.startsWith(nested)) name = name.substring(nested.length());
            }
            String cls = name.substring(0, name.length() - ".class".length()).replace('/', '.');
            int dot = cls.lastIndexOf('.');
            packages.add(dot < 0 ? cls : cls.substring(0, dot) + ".*");
        }
        List<String> out = new ArrayList<>();
        for (String p : packages) {
            // sorted: "com.acme.*" comes before "com.acme.util.*", which its '*' already covers
            boolean covered = out.stream().anyMatch(q -> q.endsWith(".*")
                    && p.startsWith(q.substring(0, q.length() - 1)));
            if (!covered) out.add(p);
        }
        return out;
    }

    /** Class path entries as the launcher reads them: {@code dir/*} is every jar in dir. */
    private static List<String> expand(String cp) {
        List<String> out = new ArrayList<>();
        for (String e : cp.split(File.pathSeparator, -1)) {
            if (e.isEmpty()) e = ".";
            out.add(e);
        }
        return out;
    }

    /** @return the class path entry, a directory or a jar, the launcher finds the file in; {@code null} for none */
    private static Path holderOf(List<String> entries, String file) {
        for (String e : entries) {
            if (e.endsWith("*")) {
                Path dir = Path.of(e.substring(0, e.length() - 1).isEmpty() ? "." : e.substring(0, e.length() - 1));
                try (Stream<Path> jars = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
                    Path jar = jars.filter(j -> j.toString().endsWith(".jar") || j.toString().endsWith(".JAR"))
                            .filter(j -> inJar(j, file)).findFirst().orElse(null);
                    if (jar != null) return jar;
                } catch (IOException ignored) {
                    // an unreadable directory holds no class for us
                }
                continue;
            }
            Path p = Path.of(e);
            if (Files.isDirectory(p) ? Files.isRegularFile(p.resolve(file)) : inJar(p, file)) return p;
        }
        return null;
    }

    private static boolean inJar(Path jar, String file) {
        if (!Files.isRegularFile(jar)) return false;
        try (JarFile jf = new JarFile(jar.toFile())) {
            return jf.getEntry(file) != null;
        } catch (IOException e) {
            return false; // the launcher skips an entry it cannot open; so do we
        }
    }

    /** A main class of the JDK itself ({@code com.sun.tools.javac.Main}): the child runs on this JDK. */
    private static boolean inJdk(String mainClass) {
        int dot = mainClass.lastIndexOf('.');
        if (dot < 0) return false;
        String pkg = mainClass.substring(0, dot);
        for (ModuleReference m : ModuleFinder.ofSystem().findAll()) {
            if (m.descriptor().packages().contains(pkg)) return true;
        }
        return false;
    }
}
