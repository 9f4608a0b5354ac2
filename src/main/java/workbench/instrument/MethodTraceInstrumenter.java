package workbench.instrument;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Adds enter/exit probes to the methods of a class, and call-site probes around its calls into code that is not
 * instrumented (the JDK), so that those calls get their own rows the way cProfile shows built-ins.
 *
 * <p>The class is read into the tree API with expanded frames and written back with no recomputation at all:
 * {@link TraceMethodRewriter} keeps every stack map frame correct itself, so nothing needs
 * {@code getCommonSuperClass} and no class is ever loaded, through any loader, while we transform.
 *
 * <p>What is left alone, and why, is a {@link SkipReason} said once through the {@link SkipLog}; the rest of the
 * class is instrumented all the same.
 */
public final class MethodTraceInstrumenter {

    private final ProbeTable probes;
    private final ClassSelector selector;
    private final ProbeRuntime runtime;
    private final SkipLog skips;

    /**
     * @param probes   where function ids come from
     * @param selector what is instrumented; calls to anything else get call-site probes
     * @param skips    where what is left out is said
     */
    public MethodTraceInstrumenter(ProbeTable probes, ClassSelector selector) {
        this(probes, selector, SkipLog.toStderr());
    }

    /** Timed probes, saying what is left out through {@code skips}. */
    public MethodTraceInstrumenter(ProbeTable probes, ClassSelector selector, SkipLog skips) {
        this(probes, selector, ProbeRuntime.TIMED, skips);
    }

    /**
     * @param probes   where function ids come from
     * @param selector what is instrumented; calls to anything else get call-site probes
     * @param runtime  the timed trace, or hybrid probes
     * @param skips    where what is left out is said
     */
    public MethodTraceInstrumenter(ProbeTable probes, ClassSelector selector, ProbeRuntime runtime, SkipLog skips) {
        this.probes = probes;
        this.selector = selector;
        this.runtime = runtime;
        this.skips = skips;
    }

    /**
     * Instruments one class.
     *
     * @param classBytes the class file
     * @return the instrumented class file, or {@code null} when there was nothing to instrument
     * @throws RuntimeException when ASM cannot read or write the class (the caller keeps the original)
     */
    public byte[] instrument(byte[] classBytes) {
        return instrument(null, classBytes);
    }

    /**
     * Instruments one class.
     *
     * @param internalName the class's name as its loader gave it, for warnings ({@code null}: unknown)
     * @param classBytes   the class file
     * @return the instrumented class file, or {@code null} when there was nothing to instrument
     * @throws RuntimeException when ASM cannot read or write the class (the caller keeps the original)
     */
    public byte[] instrument(String internalName, byte[] classBytes) {
        ClassReader reader = ClassFiles.reader(classBytes, internalName, skips);
        if (reader == null) return null;
        Set<String> tooLarge = new HashSet<>();
        while (true) {
            ClassNode cn = new ClassNode();
            reader.accept(cn, ClassReader.EXPAND_FRAMES);
            if ((cn.access & Opcodes.ACC_MODULE) != 0) {
                skips.skip(SkipReason.MODULE_INFO, SkipLog.name(cn.name, null, null));
                return null;
            }
            int done = 0;
            for (MethodNode mn : cn.methods) {
                if (!selector.instruments(cn.name, mn.name)) continue;
                SkipReason skip = tooLarge.contains(mn.name + mn.desc) ? SkipReason.TOO_LARGE
                        : new TraceMethodRewriter(cn, mn, probes, selector, runtime, skips).rewrite();
                if (skip == null) {
                    done++;
                } else {
                    skips.skip(skip, SkipLog.name(cn.name, mn.name, mn.desc));
                }
            }
            if (done == 0) return null;
            ClassWriter cw = new ClassWriter(0);
            try {
                cn.accept(cw);
                return cw.toByteArray();
            } catch (MethodTooLargeException e) {
                // Leave that one method as it was and instrument the rest. The ids already handed out for
                // this attempt stay unused, which costs nothing but a row of zeros.
                if (!tooLarge.add(e.getMethodName() + e.getDescriptor())) throw e;
            }
        }
    }
}
