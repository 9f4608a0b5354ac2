package demo.safety;

import java.lang.reflect.Field;

/**
 * Deep reflection into {@code java.lang}: refused on the class path (JDK 16 and later) with or without an agent, since
 * the agent opens {@code java.lang} only to a class loader of its own.
 */
final class Encapsulation {

    private Encapsulation() {
    }

    static void run() {
        String said;
        try {
            Field value = String.class.getDeclaredField("value");
            value.setAccessible(true);
            said = "open";
        } catch (RuntimeException | NoSuchFieldException e) {
            said = e.getClass().getSimpleName();
        }
        System.out.println("encapsulation: java.lang's private String.value is " + said);
    }
}
