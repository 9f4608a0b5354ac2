package workbench.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.function.UnaryOperator;
import workbench.session.ProfileSession;

/**
 * Loads the workload's classes itself, rewritten by an instrumenter (or not), so that benchmarks can run the workload
 * plain and instrumented side by side in one warm JVM.
 */
final class WorkloadLoader extends ClassLoader {

    private final UnaryOperator<byte[]> rewrite;

    private WorkloadLoader(UnaryOperator<byte[]> rewrite) {
        super(WorkloadLoader.class.getClassLoader());
        this.rewrite = rewrite;
    }

    /**
     * @param rewrite the class bytes' instrumentation, returning {@code null} to leave a class as it is; {@code null}
     *                for the plain workload
     * @return the workload's {@code main} in a loader of its own
     */
    static Method main(UnaryOperator<byte[]> rewrite) throws ReflectiveOperationException {
        return Class.forName(ProfileSession.WORKLOAD_MAIN, true, new WorkloadLoader(rewrite))
                .getMethod("main", String[].class);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith("workbench.workload.")) return super.loadClass(name, resolve);
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] bytes = bytes(name.replace('.', '/'));
                if (bytes == null) throw new ClassNotFoundException(name);
                byte[] out = rewrite == null ? null : rewrite.apply(bytes);
                if (out != null) bytes = out;
                c = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) resolveClass(c);
            return c;
        }
    }

    /** @return a class's bytes from the test class path, {@code null} when there is none */
    static byte[] bytes(String internalName) {
        try (InputStream in = WorkloadLoader.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
