package demo.safety;

import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** A hidden class (Lookup.defineHiddenClass), which the JVM never hands to an agent. */
final class Hidden {

    private Hidden() {
    }

    static void run() throws Throwable {
        byte[] bytes;
        try (InputStream in = Hidden.class.getResourceAsStream("HiddenBody.class")) {
            bytes = in.readAllBytes();
        }
        MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
        MethodHandle triple = lookup.findStatic(lookup.lookupClass(), "triple",
                MethodType.methodType(int.class, int.class));
        int a = (int) triple.invokeExact(2);
        int b = (int) triple.invokeExact(5);
        System.out.println("hidden class: " + a + " " + b + ", hidden " + lookup.lookupClass().isHidden());
    }
}
