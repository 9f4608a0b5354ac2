package workbench.agent;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.security.ProtectionDomain;

/**
 * Reaches {@code ClassLoader.defineClass1}, which defines a class in the boot loader. {@link BootRuntime} defines this
 * class in a class loader of its own and opens {@code java.lang} to that loader's unnamed module alone: opened to the
 * agent's module instead, {@code java.lang} would be open to every class on the program's class path too (they share
 * the system class loader's unnamed module), and a program's deep reflection into it would then succeed where it
 * throws without the agent. Only the JDK's classes are used here: this class's loader sees nothing else.
 */
public final class BootDefiner {

    private BootDefiner() {
    }

    /**
     * @return {@code ClassLoader.defineClass1(loader, name, bytes, offset, length, domain, source)}
     * @throws ReflectiveOperationException when {@code java.lang} is not open to this class's module
     */
    public static MethodHandle defineClass1() throws ReflectiveOperationException {
        return MethodHandles.privateLookupIn(ClassLoader.class, MethodHandles.lookup()).findStatic(ClassLoader.class,
                "defineClass1", MethodType.methodType(Class.class, ClassLoader.class, String.class, byte[].class,
                        int.class, int.class, ProtectionDomain.class, String.class));
    }
}
