package workbench.validation.targets;

/** Recursion: fib(20) makes 21891 calls of which 1 is primitive; mutual recursion between even and odd. */
public final class Recursion {

    private Recursion() {
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static boolean even(int n) {
        return n == 0 || odd(n - 1);
    }

    static boolean odd(int n) {
        return n != 0 && even(n - 1);
    }

    public static void main(String[] args) {
        System.out.println(fib(20));
        System.out.println(even(10));
    }
}
