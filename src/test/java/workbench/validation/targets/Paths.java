package workbench.validation.targets;

/**
 * Known call paths: leaf is called 3 times through viaA, 5 through viaB and 2 through viaB → viaA, and once at the
 * bottom of a recursion 5 calls deep; main prints the sum of what they return, 5.
 */
public final class Paths {

    private Paths() {
    }

    static int leaf(int i) {
        return i & 1;
    }

    static int viaA(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += leaf(i);
        return s;
    }

    static int viaB(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += leaf(i);
        return s + viaA(2);
    }

    static int rec(int depth) {
        return depth == 0 ? leaf(1) : rec(depth - 1);
    }

    public static void main(String[] args) {
        System.out.println(viaA(3) + viaB(5) + rec(4)); // 1 + (2 + 1) + 1
    }
}
