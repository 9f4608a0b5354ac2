package demo.safety;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/**
 * Class files javac 17 cannot write, made by the test into a directory of their own ({@code demo.gen.*}): a
 * method that would pass 64 KB with probes, a Java 5 class file without stack map frames and with jsr/ret, a
 * constructor with real code before {@code super()}, and (on JDK 25) a JDK 25 class file. An absent class prints
 * that it is absent, so the program runs with or without them.
 */
final class Generated {

    private Generated() {
    }

    static void run() throws Exception {
        Class<?> huge = load("demo.gen.Huge");
        if (huge != null) {
            Method big = huge.getMethod("huge", int.class);
            Method small = huge.getMethod("small", int.class);
            System.out.println("huge: " + big.invoke(null, 7) + " " + small.invoke(null, 1) + " "
                    + small.invoke(null, 2));
        }
        Class<?> old = load("demo.gen.Old49");
        if (old != null) {
            Method simple = old.getMethod("simple", int.class);
            Method jsr = old.getMethod("withJsr", int.class);
            System.out.println("java 5 class: " + simple.invoke(null, 1) + " " + simple.invoke(null, 3) + " "
                    + simple.invoke(null, 5) + " " + jsr.invoke(null, 1) + " " + jsr.invoke(null, 2));
        }
        construct("demo.gen.PreSuper", "code before super()", -4, 3, -1, 2);
        construct("demo.gen.Modern", "JDK 25 class file", 5, 6);
    }

    private static void construct(String name, String what, int... args) throws Exception {
        Class<?> c = load(name);
        if (c == null) return;
        Constructor<?> ctor = c.getConstructor(int.class);
        Method value = c.getMethod("value");
        StringBuilder sb = new StringBuilder(what).append(':');
        for (int a : args) sb.append(' ').append(value.invoke(ctor.newInstance(a)));
        System.out.println(sb);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            System.out.println(name + ": absent");
            return null;
        }
    }
}
