package workbench.bench;

/**
 * A deep recursion for the call tree's node count: {@code down(depth)} recurses {@code depth} calls deep, twice, on a
 * thread with a large stack, so that its calling-context tree has a node per depth, up to the tree's depth bound. Prints the depth reached, so that its run is checked to have done the work.
 */
public final class DeepRecursion {

    private DeepRecursion() {
    }

    static int down(int depth) {
        return depth == 0 ? 0 : 1 + down(depth - 1);
    }

    /** @param args the depth */
    public static void main(String[] args) throws InterruptedException {
        int depth = Integer.parseInt(args[0]);
        int[] reached = new int[2];
        Thread t = new Thread(null, () -> {
            reached[0] = down(depth);
            reached[1] = down(depth);
        }, "deep", 1L << 30);
        t.start();
        t.join();
        System.out.println("depth=" + reached[0] + "," + reached[1]);
    }
}
