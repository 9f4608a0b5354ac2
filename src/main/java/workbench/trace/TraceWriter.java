package workbench.trace;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import workbench.io.AtomicFiles;

/** Writes a raw trace file atomically: to a temporary sibling first, then moved over the target. */
public final class TraceWriter {

    private TraceWriter() {
    }

    /**
     * @param data   what to write
     * @param target the file
     * @throws IOException when it cannot be written
     */
    public static void write(TraceData data, Path target) throws IOException {
        AtomicFiles.write(target, stream -> {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeInt(TraceFormat.MAGIC);
            out.writeShort(TraceFormat.VERSION);
            out.writeDouble(data.insideNanos());
            out.writeDouble(data.outsideCallNanos());
            out.writeDouble(data.outsideMethodNanos());
            out.writeLong(data.wallNanos());
            out.writeInt(data.maxPaths());
            out.writeByte(data.clock().ordinal());
            out.writeDouble(data.clockReadNanos());
            out.writeLong(data.process().wallNanos());
            out.writeLong(data.process().cpuNanos());
            out.writeInt(data.warmupRuns());
            out.writeInt(data.functions().size());
            for (TraceData.Function f : data.functions()) {
                out.writeInt(f.id());
                out.writeBoolean(f.builtin());
                out.writeUTF(f.className());
                out.writeUTF(f.method());
                out.writeUTF(f.descriptor());
                out.writeUTF(f.sourceFile());
                out.writeInt(f.firstLine());
            }
            for (TraceData.ThreadData t : data.threads()) {
                out.writeByte(TraceFormat.THREAD);
                out.writeUTF(t.name());
                out.writeLong(t.threadId());
                out.writeLong(t.threads());
                out.writeInt(t.functions().size());
                for (TraceData.FunctionCounts fc : t.functions()) {
                    out.writeInt(fc.id());
                    writeCounts(out, fc.counts());
                }
                out.writeInt(t.edges().size());
                for (TraceData.EdgeCounts e : t.edges()) {
                    out.writeInt(e.caller());
                    out.writeInt(e.callee());
                    writeCounts(out, e.counts());
                }
                out.writeInt(t.nodes().size());
                for (TraceData.PathNode node : t.nodes()) {
                    out.writeInt(node.parent());
                    out.writeInt(node.function());
                    out.writeLong(node.calls());
                    out.writeLong(node.own());
                }
            }
            out.writeByte(TraceFormat.END);
            out.flush();
        });
    }

    private static void writeCounts(DataOutputStream out, TraceData.Counts c) throws IOException {
        out.writeLong(c.calls());
        out.writeLong(c.primitive());
        out.writeLong(c.own());
        out.writeLong(c.cumulative());
        out.writeLong(c.children());
        out.writeLong(c.descendants());
    }
}
