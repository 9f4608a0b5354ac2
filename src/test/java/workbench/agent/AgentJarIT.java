package workbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The slim agent jar cut from the shaded jar: the agent, its runtime, the instrumenters and the relocated ASM, and
 * nothing of the CLI; every class in it loads and links with nothing but the JDK beside it.
 */
class AgentJarIT {

    private static Path slim() throws IOException {
        return AgentJar.of(Path.of(System.getProperty("workbench.jar")));
    }

    @Test
    void holds_the_agent_and_asm_and_none_of_the_cli() throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile jar = new JarFile(slim().toFile())) {
            jar.stream().forEach(e -> names.add(e.getName()));
            assertEquals("workbench.agent.PreMain", jar.getManifest().getMainAttributes().getValue("Premain-Class"));
            assertEquals("workbench.agent.PreMain", jar.getManifest().getMainAttributes().getValue("Agent-Class"));
            assertEquals("true", jar.getManifest().getMainAttributes().getValue("Can-Retransform-Classes"));
        }
        assertTrue(names.contains("workbench/agent/PreMain.class"));
        assertTrue(names.contains("workbench/agent/rt/Tracer.class"));
        assertTrue(names.contains("workbench/instrument/MethodTraceInstrumenter.class"));
        assertTrue(names.contains("workbench/shaded/asm/ClassReader.class"));
        List<String> foreign = names.stream().filter(n -> n.endsWith(".class"))
                .filter(n -> !n.startsWith("workbench/agent/") && !n.startsWith("workbench/instrument/")
                        && !n.startsWith("workbench/trace/") && !n.startsWith("workbench/io/")
                        && !n.startsWith("workbench/model/") && !n.startsWith("workbench/shaded/asm/"))
                .toList();
        assertEquals(List.of(), foreign, "only the agent's closure");
        assertTrue(names.size() < 200, names.size() + " entries");
    }

    @Test
    void every_class_links_with_only_the_jdk_beside_it() throws Exception {
        Path slim = slim();
        List<String> failed = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {slim.toUri().toURL()},
                ClassLoader.getPlatformClassLoader()); JarFile jar = new JarFile(slim.toFile())) {
            for (String name : jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")
                    && !n.endsWith("module-info.class")).toList()) {
                String cls = name.substring(0, name.length() - 6).replace('/', '.');
                try {
                    Class<?> c = Class.forName(cls, false, loader);
                    c.getDeclaredMethods(); // resolves every type its methods name
                    c.getDeclaredFields();
                } catch (LinkageError | ClassNotFoundException e) {
                    failed.add(cls + ": " + e);
                }
            }
        }
        assertEquals(List.of(), failed);
    }
}
