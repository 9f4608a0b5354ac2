package workbench.validation.targets.a;

/** One of two classes named Util: the profile must keep them apart. */
public final class Util {

    private Util() {
    }

    /** @return a number, so that the call is not dead code */
    public static int run(int x) {
        return x + 1; // hits(2)
    }
}
