package workbench.agent.rt;

/**
 * Rows keyed by a pair of ints, for one thread: an open-addressing map from the packed pair to a dense row number,
 * and the rows themselves (same columns as the function rows). It holds the caller-to-callee edges (caller id,
 * callee id) and the calling-context tree's nodes (parent node, callee id): a node is the edge from its parent
 * context. Consulted only when a function's caller (context) differs from the previous one, so its cost stays off
 * the common path.
 */
final class EdgeTable {

    // Small at first, doubling as rows come: a thread costs the rows it used (a pool of 200 threads, or 100,000
    // short ones, would otherwise hold tens of kilobytes each).
    private long[] keys = new long[8];
    private int[] slots = new int[8];
    private long[] order = new long[4];
    long[] rows = new long[4 * ThreadTrace.STRIDE];
    int size;

    EdgeTable() {
        java.util.Arrays.fill(keys, -1L);
    }

    int index(int caller, int callee) {
        return index(caller, callee, Integer.MAX_VALUE);
    }

    /**
     * @param limit how many rows the table may hold
     * @return the pair's row, added when new and the table holds fewer than {@code limit} rows; -1 otherwise
     */
    int index(int caller, int callee, int limit) {
        long key = ((long) caller << 32) | (callee & 0xFFFFFFFFL);
        int mask = keys.length - 1;
        int h = mix(key) & mask;
        while (true) {
            long k = keys[h];
            if (k == key) return slots[h];
            if (k == -1L) return size < limit ? insert(h, key) : -1;
            h = (h + 1) & mask;
        }
    }

    private int insert(int h, long key) {
        int e = size;
        // Grow and fill before publishing the new size: the shutdown dump reads a live thread's table, and must
        // never see a size its arrays do not hold yet.
        if (e >= order.length) {
            order = java.util.Arrays.copyOf(order, order.length * 2);
            rows = java.util.Arrays.copyOf(rows, rows.length * 2);
        }
        order[e] = key;
        keys[h] = key;
        slots[h] = e;
        size = e + 1;
        if (size * 2 > keys.length) rehash();
        return e;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        java.util.Arrays.fill(keys, -1L);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == -1L) continue;
            int h = mix(oldKeys[i]) & mask;
            while (keys[h] != -1L) h = (h + 1) & mask;
            keys[h] = oldKeys[i];
            slots[h] = oldSlots[i];
        }
    }

    /**
     * A copy for the shutdown dump, taken while the owning thread may still be running: the size is read first
     * and the rows only up to what the arrays already hold, so the copy is consistent enough to read.
     */
    EdgeTable copy() {
        EdgeTable c = new EdgeTable();
        int n = size;
        long[] o = order;
        long[] r = rows;
        n = Math.min(n, Math.min(o.length, r.length / ThreadTrace.STRIDE));
        c.order = o.clone();
        c.rows = r.clone();
        c.keys = keys.clone();
        c.slots = slots.clone();
        c.size = n;
        return c;
    }

    /** @return bytes held by the table's arrays, headers included */
    long retainedBytes() {
        return ThreadTrace.arrayBytes(keys.length, 8) + ThreadTrace.arrayBytes(slots.length, 4)
                + ThreadTrace.arrayBytes(order.length, 8) + ThreadTrace.arrayBytes(rows.length, 8);
    }

    long keyOf(int e) {
        return order[e];
    }

    private static int mix(long key) {
        long z = key * 0x9E3779B97F4A7C15L;
        return (int) (z ^ (z >>> 29));
    }
}
