package workbench.validation.targets;

/** Known caller-to-callee edges: a calls b 3 times and c 5 times; d calls b 2 times. */
public final class Edges {

    private Edges() {
    }

    static int b(int i) {
        return i + 1;
    }

    static int c(int i) {
        return i * 2;
    }

    static int a() {
        int s = 0;
        for (int i = 0; i < 3; i++) s += b(i);
        for (int i = 0; i < 5; i++) s += c(i);
        return s;
    }

    static int d() {
        return b(1) + b(2);
    }

    public static void main(String[] args) {
        System.out.println(a() + d());
    }
}
