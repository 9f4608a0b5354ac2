package workbench.agent;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.Set;
import workbench.instrument.SkipLog;
import workbench.instrument.SkipReason;

/**
 * Hands each class an application loader defines to the mode's instrumenter when the filter selects it. A class
 * that cannot be instrumented is loaded unchanged and named once through the {@link SkipLog}: the JVM would
 * swallow the exception, and the program must never break because of us.
 *
 * <p>A class of a named module (the JDK's {@code jdk.compiler}, when an include names it) is given a read edge to
 * the runtime's module, the bootstrap loader's unnamed one, before its probes can run: a named module reads only
 * what it declares, and the probes call into the runtime. HotSpot 17 and 25 already add that edge for every module
 * while an agent transforms classes (tried: javac's parser runs instrumented without it), but that is the JVM's
 * choice, not the {@code java.lang.instrument} contract, so we do not rely on it.
 */
final class InstrumentingTransformer implements ClassFileTransformer {

    /** A runtime class: its module is the one the probes call into. */
    private static final String RUNTIME_CLASS = "workbench.agent.rt.Tracer";

    private final ClassFilter filter;
    private final AgentMode mode;
    private final SkipLog skips;
    private final Instrumentation inst;
    private final boolean attached;
    /** Where the program's classes the filter leaves out are counted; {@code null}: not counted. */
    private final LeftOutClasses leftOut;

    /**
     * @param filter   what is instrumented
     * @param mode     how
     * @param skips    where what is left out is said
     * @param inst     the JVM's instrumentation, for module read edges ({@code null}: classes of named modules are
     *                 left alone)
     * @param attached whether the agent was attached to a running JVM: then it also rewrites classes that are
     *                 retransformed
     * @param leftOut  where to count the program's classes the filter leaves out ({@code null}: nowhere)
     */
    InstrumentingTransformer(ClassFilter filter, AgentMode mode, SkipLog skips, Instrumentation inst,
                             boolean attached, LeftOutClasses leftOut) {
        this.filter = filter;
        this.mode = mode;
        this.skips = skips;
        this.inst = inst;
        this.attached = attached;
        this.leftOut = leftOut;
    }

    /** A transformer without module support, saying what it leaves out on standard error. */
    InstrumentingTransformer(ClassFilter filter, AgentMode mode) {
        this(filter, mode, SkipLog.toStderr(), null, false, null);
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
                            ProtectionDomain domain, byte[] classBytes) {
        if (module != null && module.isNamed() && inst == null) return null;
        byte[] out = transform(loader, className, redefined, domain, classBytes);
        if (out != null && module != null && module.isNamed() && !readsRuntime(module)) return null;
        return out;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> redefined, ProtectionDomain domain,
                            byte[] classBytes) {
        if (loader == null || className == null || redefined != null && !attached) return null;
        if (loader == ClassLoader.getPlatformClassLoader()) return null;
        if (!filter.instruments(className)) {
            if (leftOut != null && redefined == null && filter.leavesOut(className)) leftOut.saw(className);
            return null;
        }
        try {
            return mode.instrument(className, classBytes);
        } catch (Throwable t) {
            skips.skip(SkipReason.FAILED, SkipLog.name(className, null, null), t.toString());
            return null;
        }
    }

    /** @return whether the module reads the runtime's, after adding the edge if it did not */
    private boolean readsRuntime(Module module) {
        try {
            Module runtime = Class.forName(RUNTIME_CLASS, false, null).getModule();
            if (!module.canRead(runtime)) {
                inst.redefineModule(module, Set.of(runtime), Map.of(), Map.of(), Set.of(), Map.of());
            }
            return true;
        } catch (ClassNotFoundException | RuntimeException e) {
            skips.skip(SkipReason.FAILED, "module " + module.getName(), "cannot let it read the runtime: " + e);
            return false;
        }
    }
}
