package workbench.agent;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands each class an application loader defines to the mode's instrumenter when the filter selects it. A class
 * that cannot be instrumented is loaded unchanged and named once on stderr: the JVM would swallow the exception,
 * and the program must never break because of us.
 */
final class InstrumentingTransformer implements ClassFileTransformer {

    private final ClassFilter filter;
    private final AgentMode mode;
    private final boolean attached;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    InstrumentingTransformer(ClassFilter filter, AgentMode mode) {
        this(filter, mode, false);
    }

    /**
     * @param filter   what gets instrumented
     * @param mode     how
     * @param attached whether the agent was attached to a running JVM: then it also rewrites classes that are
     *                 retransformed
     */
    InstrumentingTransformer(ClassFilter filter, AgentMode mode, boolean attached) {
        this.filter = filter;
        this.mode = mode;
        this.attached = attached;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> redefined, ProtectionDomain domain,
                            byte[] classBytes) {
        if (loader == null || className == null || redefined != null && !attached) return null;
        if (loader == ClassLoader.getPlatformClassLoader() || !filter.instruments(className)) return null;
        try {
            return mode.instrument(className, classBytes);
        } catch (Throwable t) {
            if (reported.add(className)) {
                System.err.println("workbench agent: cannot instrument " + className.replace('/', '.') + " ("
                        + t + "); it runs unprofiled");
            }
            return null;
        }
    }
}
