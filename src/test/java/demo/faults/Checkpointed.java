package demo.faults;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * Counts its own {@link #work} calls, waits until the agent's checkpoint holds them (two checkpoints written since), then
 * ends without shutdown hooks: {@code halt} ends with {@code Runtime.halt(7)}; {@code wait} prints its pid and waits to
 * be killed from outside.
 */
public final class Checkpointed {

    private static int calls;

    private Checkpointed() {
    }

    static void work() {
        calls++; // counted
    }

    /** @param args {@code halt} or {@code wait} */
    public static void main(String[] args) throws Exception {
        for (int i = 0; i < 1000; i++) work();
        System.out.println("work calls: " + calls);
        // two checkpoints written after the calls: the second one's counts were read after they were all made
        Path checkpoint = checkpointFile();
        FileTime after = FileTime.from(Instant.now());
        for (int written = 0; written < 2; written++) {
            while (!Files.exists(checkpoint) || Files.getLastModifiedTime(checkpoint).compareTo(after) <= 0) {
                Thread.sleep(10); // the agent writes it on its schedule
            }
            after = Files.getLastModifiedTime(checkpoint);
        }
        if (args[0].equals("halt")) Runtime.getRuntime().halt(7);
        System.out.println("pid " + ProcessHandle.current().pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** @return the agent's checkpoint file: its output, as its option string names it, with the checkpoint suffix */
    private static Path checkpointFile() {
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            int at = arg.indexOf("output=");
            if (arg.startsWith("-javaagent:") && at > 0) return Path.of(arg.substring(at + 7).split(",")[0] + ".checkpoint");
        }
        throw new IllegalStateException("no agent output among " + ManagementFactory.getRuntimeMXBean().getInputArguments());
    }
}
