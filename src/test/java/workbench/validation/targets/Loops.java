package workbench.validation.targets;

/** A loop of known count, calling one of our methods and one JDK method per pass. */
public final class Loops {

    private Loops() {
    }

    static long square(long x) {
        return x * x;
    }

    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < 1234; i++) {
            sum += square(i);
            sum += Math.abs(i - 600);
        }
        System.out.println(sum);
    }
}
