package workbench.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Atomic writes: the content goes to a temporary file in the target's directory and is then moved over the target,
 * so a reader (or a crash) never sees half a file and a failed write leaves the old file as it was.
 * {@link #writeNew} publishes the file only when its name is free, so two writers never overwrite one another.
 */
public final class AtomicFiles {

    /** Writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out where the content goes; closed by the caller
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * @param target  the file to write or replace
     * @param content writes the content
     * @throws IOException when writing or moving fails; the target is then untouched
     */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * Writes a file that must not exist yet: the content goes to a temporary file, which is then published under
     * the target's name by a hard link, which the file system refuses atomically when the name is taken.
     *
     * @param target  the file to create
     * @param content writes the content
     * @throws FileAlreadyExistsException when the target exists; it is then untouched
     * @throws IOException                when writing fails; nothing is left behind
     */
    public static void writeNew(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    private static void write(Path target, Content content, boolean createNew) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            if (createNew) {
                publishNew(tmp, abs);
                return;
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** link(2) fails with EEXIST when the name is taken: the check and the creation are one step. */
    private static void publishNew(Path tmp, Path target) throws IOException {
        try {
            Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            // a file system without hard links (FAT, some network mounts): a move that refuses an existing target,
            // whose check and rename are two steps, is the best left
            Files.move(tmp, target);
        }
    }

    /**
     * @param target the file to write or replace
     * @param bytes  its content
     * @throws IOException when writing or moving fails; the target is then untouched
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * @param from the file to copy
     * @param to   the copy, written atomically
     * @throws IOException when reading, writing or moving fails
     */
    public static void copy(Path from, Path to) throws IOException {
        write(to, out -> Files.copy(from, out));
    }
}
