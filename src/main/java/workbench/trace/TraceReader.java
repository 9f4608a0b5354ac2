package workbench.trace;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import workbench.model.Clock;
import workbench.model.ProcessTimes;

/** Reads a raw trace file; anything but a complete file of our format fails with a one-line message. */
public final class TraceReader {

    private TraceReader() {
    }

    /**
     * @param file the raw trace file
     * @return its content
     * @throws IOException with a one-line message naming the file when it is missing, truncated or not ours
     */
    public static TraceData read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(new DataInputStream(new BufferedInputStream(in)), file);
        } catch (NoSuchFileException e) {
            throw new IOException("no trace file " + file + ": the profiled JVM ended before writing it");
        } catch (EOFException e) {
            throw new IOException("trace file " + file + " is truncated");
        } catch (UTFDataFormatException | IllegalArgumentException e) {
            throw new IOException("trace file " + file + " is corrupt");
        }
    }

    private static TraceData read(DataInputStream in, Path file) throws IOException {
        if (in.readInt() != TraceFormat.MAGIC) throw new IOException(file + " is not a workbench trace file");
        int version = in.readUnsignedShort();
        if (version != TraceFormat.VERSION && version != TraceFormat.ONE_THREAD_EACH && version != TraceFormat.NO_WARMUP
                && version != TraceFormat.WALL_ONLY) {
            throw new IOException("trace file " + file + " has format version " + version + ", this build reads "
                    + TraceFormat.VERSION);
        }
        double inside = in.readDouble();
        double outsideCall = in.readDouble();
        double outsideMethod = in.readDouble();
        long wall = in.readLong();
        int maxPaths = count(in, file);
        Clock clock = Clock.WALL;
        double clockRead = 0;
        ProcessTimes process = ProcessTimes.UNKNOWN;
        if (version != TraceFormat.WALL_ONLY) {
            int c = in.readUnsignedByte();
            if (c >= Clock.values().length) {
                throw new IOException("trace file " + file + " is corrupt (clock " + c + ")");
            }
            clock = Clock.values()[c];
            clockRead = in.readDouble();
            process = new ProcessTimes(in.readLong(), in.readLong());
        }
        int warmupRuns = version >= TraceFormat.ONE_THREAD_EACH ? count(in, file) : 0;
        int n = count(in, file);
        List<TraceData.Function> functions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int id = in.readInt();
            if (id != i) throw new IOException("trace file " + file + " is corrupt (function " + i + " has id " + id + ")");
            functions.add(new TraceData.Function(id, in.readBoolean(), in.readUTF(), in.readUTF(), in.readUTF(),
                    in.readUTF(), in.readInt()));
        }
        List<TraceData.ThreadData> threads = new ArrayList<>();
        while (true) {
            byte tag = in.readByte();
            if (tag == TraceFormat.END) break;
            if (tag != TraceFormat.THREAD) throw new IOException("trace file " + file + " is corrupt (bad block tag)");
            String name = in.readUTF();
            long threadId = in.readLong();
            long count = version >= TraceFormat.VERSION ? in.readLong() : 1;
            if (count < 1) throw new IOException("trace file " + file + " is corrupt (" + count + " threads in a block)");
            int rows = count(in, file);
            List<TraceData.FunctionCounts> fcs = new ArrayList<>(rows);
            for (int i = 0; i < rows; i++) fcs.add(new TraceData.FunctionCounts(checkId(in.readInt(), n, file), counts(in)));
            int edges = count(in, file);
            List<TraceData.EdgeCounts> ecs = new ArrayList<>(edges);
            for (int i = 0; i < edges; i++) {
                ecs.add(new TraceData.EdgeCounts(checkId(in.readInt(), n, file), checkId(in.readInt(), n, file),
                        counts(in)));
            }
            int nodes = count(in, file);
            List<TraceData.PathNode> pns = new ArrayList<>(nodes);
            for (int i = 0; i < nodes; i++) {
                int parent = in.readInt();
                if (parent < TraceData.PathNode.TRUNCATED || parent >= i) {
                    throw new IOException("trace file " + file + " is corrupt (node " + i + " has parent " + parent + ")");
                }
                pns.add(new TraceData.PathNode(parent, checkId(in.readInt(), n, file), in.readLong(), in.readLong()));
            }
            threads.add(new TraceData.ThreadData(name, threadId, fcs, ecs, pns, count));
        }
        return new TraceData(inside, outsideCall, outsideMethod, wall, maxPaths, functions, threads, clock, clockRead,
                process, warmupRuns);
    }

    private static int count(DataInputStream in, Path file) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) throw new IOException("trace file " + file + " is corrupt (count " + n + ")");
        return n;
    }

    private static int checkId(int id, int n, Path file) throws IOException {
        if (id < 0 || id >= n) throw new IOException("trace file " + file + " is corrupt (function id " + id + ")");
        return id;
    }

    private static TraceData.Counts counts(DataInputStream in) throws IOException {
        return new TraceData.Counts(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                in.readLong());
    }
}
