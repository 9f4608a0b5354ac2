package demo.safety;

/** A native method with no library behind it: calling it fails, the program catches that, the agent skips it. */
final class Natives {

    private Natives() {
    }

    static native int hash(int x);

    static void run() {
        try {
            System.out.println("native: " + hash(1));
        } catch (UnsatisfiedLinkError e) {
            System.out.println("native: unlinked");
        }
    }
}
