package workbench.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The JDK's blocking calls, as call sites name them: by the interface, by a concrete class, or by a nested class. */
class BlockingCallsTest {

    private static boolean blocks(String className, String method) {
        return BlockingCalls.isBlocking(new MethodId(className, method, ""));
    }

    @Test
    void parking_waiting_sleeping_and_joining_block() {
        for (String m : List.of("park", "parkNanos", "parkUntil")) {
            assertTrue(blocks("java.util.concurrent.locks.LockSupport", m), m);
        }
        assertTrue(blocks("jdk.internal.misc.Unsafe", "park"));
        assertTrue(blocks("sun.misc.Unsafe", "park"));
        assertTrue(blocks("java.lang.Object", "wait"));
        assertTrue(blocks("java.lang.Thread", "sleep"));
        assertTrue(blocks("java.lang.Thread", "join"));
    }

    @Test
    void a_queue_blocks_whether_the_call_site_names_the_interface_or_the_class() {
        for (String q : List.of("java.util.concurrent.BlockingQueue", "java.util.concurrent.LinkedBlockingQueue",
                "java.util.concurrent.ArrayBlockingQueue", "java.util.concurrent.LinkedBlockingDeque")) {
            for (String m : List.of("take", "put", "poll")) assertTrue(blocks(q, m), q + "." + m);
        }
        assertTrue(blocks("java.util.concurrent.ExecutorCompletionService", "take"));
        assertTrue(blocks("java.util.concurrent.Future", "get"));
        assertTrue(blocks("java.util.concurrent.CompletableFuture", "join"));
        assertTrue(blocks("java.util.concurrent.CountDownLatch", "await"));
        assertTrue(blocks("java.util.concurrent.locks.ReentrantLock", "lock"));
        assertTrue(blocks("java.util.concurrent.locks.ReentrantReadWriteLock$ReadLock", "lock"));
        assertTrue(blocks("java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject", "await"));
    }

    @Test
    void reads_from_streams_files_and_sockets_block() {
        assertTrue(blocks("java.io.InputStream", "read"));
        assertTrue(blocks("java.io.FileInputStream", "readAllBytes"));
        assertTrue(blocks("java.io.BufferedReader", "readLine"));
        assertTrue(blocks("java.nio.channels.SocketChannel", "read"));
        assertTrue(blocks("java.net.ServerSocket", "accept"));
    }

    @Test
    void work_and_calls_that_return_at_once_do_not() {
        assertFalse(blocks("java.util.concurrent.LinkedBlockingQueue", "offerLast"));
        assertFalse(blocks("java.util.concurrent.LinkedBlockingQueue", "size"));
        assertFalse(blocks("java.util.concurrent.locks.ReentrantLock", "unlock"));
        assertFalse(blocks("java.lang.Thread", "onSpinWait"));
        assertFalse(blocks("java.util.concurrent.ForkJoinTask", "join"));
        assertFalse(blocks("java.util.ArrayList", "get"));
        assertFalse(blocks("demo.BlockingQueue", "take"), "only the JDK's classes");
        assertFalse(blocks("java.util.concurrent.atomic.AtomicLong", "get"));
        // a package's wildcard stays in its package
        assertFalse(blocks("java.util.concurrent.sub.LinkedBlockingQueue", "take"));
    }
}
