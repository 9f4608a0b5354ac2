package workbench.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The JDK's blocking calls: a thread inside one is parked, blocked, sleeping, waiting or in I/O, so under the wall
 * clock its time is waiting, not work. Tables mark these rows, so that a thread parked in {@code take} is not read as
 * the program's hottest function.
 *
 * <p>Where the list comes from: the methods {@link Thread.State}'s Javadoc names for {@code WAITING} and
 * {@code TIMED_WAITING} ({@code Object.wait}, {@code Thread.join}, {@code Thread.sleep}, {@code LockSupport.park*}),
 * what they are built on ({@code Unsafe.park}), the {@code java.util.concurrent} methods whose Javadoc says "waiting
 * if necessary" (queues' {@code take}/{@code put}/timed {@code poll}/{@code offer}, {@code Future.get},
 * {@code await}, {@code acquire}, lock acquisition), and the {@code java.io}/{@code java.nio}/{@code java.net} calls
 * that wait for a device or a peer (reads, {@code accept}, {@code select}, {@code Process.waitFor}). A call row is
 * named by the class the call site names (an interface or a concrete class), so both are listed. Not listed:
 * {@code ForkJoinTask.join}, whose caller runs other tasks while it waits, and spinning ({@code Thread.onSpinWait}),
 * which burns CPU.
 */
public final class BlockingCalls {

    /** One line per class pattern ({@code *}: any part of a simple name, {@code $} included): {@code class: names}. */
    private static final List<String> LIST = List.of(
            "java.lang.Object: wait wait0",
            "java.lang.Thread: sleep sleep0 sleepNanos sleepNanos0 join",
            "java.lang.Process: waitFor",
            "java.lang.ProcessImpl: waitFor",
            "java.util.concurrent.locks.LockSupport: park parkNanos parkUntil",
            "jdk.internal.misc.Unsafe: park",
            "sun.misc.Unsafe: park",
            "java.util.concurrent.*BlockingQueue: take put poll offer",
            "java.util.concurrent.*BlockingDeque: take put poll offer takeFirst takeLast putFirst putLast pollFirst"
                    + " pollLast offerFirst offerLast",
            "java.util.concurrent.SynchronousQueue: take put poll offer",
            "java.util.concurrent.LinkedTransferQueue: take put poll transfer tryTransfer",
            "java.util.concurrent.TransferQueue: take put poll transfer tryTransfer",
            "java.util.concurrent.DelayQueue: take put poll",
            "java.util.concurrent.*CompletionService: take poll",
            "java.util.concurrent.*Future: get",
            "java.util.concurrent.FutureTask: get",
            "java.util.concurrent.CompletableFuture: get join",
            "java.util.concurrent.*ExecutorService: awaitTermination invokeAll invokeAny close",
            "java.util.concurrent.*Executor: awaitTermination invokeAll invokeAny close",
            "java.util.concurrent.CountDownLatch: await",
            "java.util.concurrent.CyclicBarrier: await",
            "java.util.concurrent.Phaser: awaitAdvance awaitAdvanceInterruptibly arriveAndAwaitAdvance",
            "java.util.concurrent.Semaphore: acquire acquireUninterruptibly",
            "java.util.concurrent.Exchanger: exchange",
            "java.util.concurrent.locks.*Condition*: await awaitNanos awaitUninterruptibly awaitUntil",
            "java.util.concurrent.locks.*Lock: lock lockInterruptibly",
            "java.util.concurrent.locks.AbstractQueuedSynchronizer*: acquire acquireInterruptibly acquireShared"
                    + " acquireSharedInterruptibly tryAcquireNanos tryAcquireSharedNanos",
            "java.io.*InputStream: read readAllBytes readNBytes",
            "java.io.*Reader: read readLine",
            "java.io.RandomAccessFile: read readFully",
            "java.nio.channels.*Channel: read accept receive",
            "java.nio.channels.Selector: select",
            "java.net.ServerSocket: accept",
            "java.net.DatagramSocket: receive",
            "java.net.http.HttpClient: send");

    private static final Pattern PATTERN = compile();

    private BlockingCalls() {
    }

    /**
     * @param method a function
     * @return whether it is one of the JDK's blocking calls
     */
    public static boolean isBlocking(MethodId method) {
        return PATTERN.matcher(method.className() + "#" + method.method()).matches();
    }

    /** @return the list as one pattern of {@code class#method}, so that a table's rows are checked in one match */
    private static Pattern compile() {
        StringBuilder sb = new StringBuilder();
        for (String line : LIST) {
            int colon = line.indexOf(':');
            String classes = Pattern.quote(line.substring(0, colon)).replace("*", "\\E[^.]*\\Q");
            String methods = String.join("|", line.substring(colon + 1).trim().split(" "));
            if (sb.length() > 0) sb.append('|');
            sb.append(classes).append("#(?:").append(methods).append(')');
        }
        return Pattern.compile(sb.toString());
    }

    /** @return the list's lines ({@code class: method ...}), for the documentation and its test */
    public static List<String> list() {
        return LIST;
    }
}
