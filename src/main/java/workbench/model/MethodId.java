package workbench.model;

/**
 * Who a function is, in every mode and every saved run: the JVM's own identity of a method.
 *
 * <p>Two classes of the same simple name in different packages are different methods; a method keeps its identity
 * when an edit moves its lines. Display labels ({@code Data.java:23(Data.randint)}) are the reports' business.
 *
 * @param className  binary class name with dots: {@code java.util.Random}, {@code a.Outer$Inner}; for native code
 *                   the library ({@code libjvm.so}, {@code [kernel]})
 * @param method     method name ({@code <init>} for constructors), or the native symbol
 * @param descriptor JVM method descriptor such as {@code (II)I}; {@code ""} when unknown or when it stands for every
 *                   overload (calls into code that was not instrumented, native frames)
 */
public record MethodId(String className, String method, String descriptor) implements Comparable<MethodId> {

    public MethodId {
        if (className == null || method == null || descriptor == null) {
            throw new IllegalArgumentException("a MethodId has no null parts");
        }
    }

    /**
     * @param internalName a class name as the class file writes it ({@code java/util/Random})
     * @param method       method name
     * @param descriptor   method descriptor, or {@code ""}
     * @return the id
     */
    public static MethodId ofInternal(String internalName, String method, String descriptor) {
        return new MethodId(internalName.replace('/', '.'), method, descriptor);
    }

    /** @return the package, {@code ""} for the default package */
    public String packageName() {
        int dot = className.lastIndexOf('.', lambdaStart());
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /** @return the class name without its package: {@code Outer$Inner}, {@code Outer$$Lambda.0x01} */
    public String simpleClassName() {
        int dot = className.lastIndexOf('.', lambdaStart());
        return className.substring(dot + 1);
    }

    /** @return the top-level class that holds this method's source: {@code Outer} for {@code Outer$Inner} */
    public String outerClassName() {
        String simple = simpleClassName();
        int dollar = simple.indexOf('$');
        return dollar > 0 ? simple.substring(0, dollar) : simple;
    }

    /** @return this method with the descriptor dropped, to match a frame that does not know its overload */
    public MethodId anyOverload() {
        return descriptor.isEmpty() ? this : new MethodId(className, method, "");
    }

    /** Hidden classes' names ({@code a.B$$Lambda.0x0000...} on JDK 21+) carry dots that are not package separators. */
    private int lambdaStart() {
        int lambda = className.indexOf("$$Lambda");
        return lambda >= 0 ? lambda : className.length();
    }

    @Override
    public int compareTo(MethodId o) {
        int c = className.compareTo(o.className);
        if (c == 0) c = method.compareTo(o.method);
        return c != 0 ? c : descriptor.compareTo(o.descriptor);
    }

    @Override
    public String toString() {
        return className + "." + method + descriptor;
    }
}
