package workbench.instrument;

import org.objectweb.asm.ClassReader;

/** Reading a class file for rewriting, the same way in every mode. */
final class ClassFiles {

    private ClassFiles() {
    }

    /**
     * @param bytes        a class file
     * @param internalName its name as the loader gave it, or {@code null} when unknown
     * @param skips        told when the class file is newer than ASM reads
     * @return a reader, or {@code null} when the class file's version is one ASM does not know (it is then kept)
     */
    static ClassReader reader(byte[] bytes, String internalName, SkipLog skips) {
        try {
            return new ClassReader(bytes);
        } catch (IllegalArgumentException e) {
            // ASM refuses versions newer than it knows with this exception, before reading anything else
            String name = internalName == null ? "a class file" : SkipLog.name(internalName, null, null);
            skips.skip(SkipReason.UNSUPPORTED_VERSION, name + " (major version " + major(bytes) + ")",
                    e.getMessage());
            return null;
        }
    }

    private static int major(byte[] b) {
        return b.length < 8 ? -1 : ((b[6] & 0xFF) << 8) | (b[7] & 0xFF);
    }
}
