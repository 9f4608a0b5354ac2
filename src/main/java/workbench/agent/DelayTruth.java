package workbench.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import workbench.io.AtomicFiles;

/**
 * What an injected delay really cost in one run, written by the agent at exit ({@link #write}) and read by the
 * accuracy study ({@link #read}): the truth each profiler is judged against.
 *
 * @param target the delay's place and length as asked ({@code Data.randint@200})
 * @param calls  how many times the delay ran
 * @param nanos  the time it spent, in nanoseconds of the threads' CPU
 */
public record DelayTruth(String target, long calls, long nanos) {

    /**
     * @param file where the agent wrote it
     * @return what it holds
     * @throws IOException when it is missing or unreadable (the injection did not run)
     */
    public static DelayTruth read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("the injected delay left no record at " + file
                    + " (the child ran without the workbench agent, or the class was never loaded)");
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        try {
            return new DelayTruth(p.getProperty("target", ""), Long.parseLong(p.getProperty("calls")),
                    Long.parseLong(p.getProperty("nanos")));
        } catch (RuntimeException e) {
            throw new IOException("unreadable delay record " + file + ": " + e.getMessage());
        }
    }

    /**
     * @param file where to write it, atomically
     * @throws IOException when it cannot be written
     */
    public void write(Path file) throws IOException {
        String text = "target=" + target + "\ncalls=" + calls + "\nnanos=" + nanos + "\n";
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
