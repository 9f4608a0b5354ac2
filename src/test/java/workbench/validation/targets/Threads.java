package workbench.validation.targets;

/** Several threads calling the same method: 4 threads x 250 calls. */
public final class Threads {

    private Threads() {
    }

    static int task(int i) {
        return Integer.bitCount(i);
    }

    static void work() {
        int s = 0;
        for (int i = 0; i < 250; i++) s += task(i);
        if (s < 0) System.out.println(s);
    }

    public static void main(String[] args) throws InterruptedException {
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(Threads::work, "worker-" + t);
            threads[t].start();
        }
        for (Thread t : threads) t.join();
    }
}
