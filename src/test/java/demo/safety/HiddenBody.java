package demo.safety;

/** The class {@link Hidden} defines again as a hidden class from these bytes. */
public final class HiddenBody {

    private HiddenBody() {
    }

    public static int triple(int x) {
        return 3 * x;
    }
}
