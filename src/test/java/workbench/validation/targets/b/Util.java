package workbench.validation.targets.b;

/** The other class named Util. */
public final class Util {

    private Util() {
    }

    /** @return a number, so that the call is not dead code */
    public static int run(int x) {
        return x * 2; // hits(3)
    }
}
