package workbench.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollapsedCountsTest {

    @Test
    void the_leaf_counts_as_own_and_each_distinct_frame_on_the_stack_as_total_once() {
        LiveCounts c = CollapsedCounts.parse(List.of(
                "p/Main.main;p/Main.fib;p/Main.fib;p/Main.leaf 7",
                "p/Main.main;p/Main.fib 3",
                "p/Main.main;[unknown_Java] 2",
                "garbage line",
                ""), 42);
        assertEquals(42, c.atNanos());
        assertEquals(12, c.events());
        assertEquals(2, c.lost());
        assertEquals(Map.of("p.Main.leaf", 7L, "p.Main.fib", 3L, "[unknown_Java]", 2L), c.own());
        // recursion: fib is on 10 samples' stacks, not 17
        assertEquals(10L, c.total().get("p.Main.fib"));
        assertEquals(12L, c.total().get("p.Main.main"));
    }

    @Test
    void native_and_kernel_frames_keep_their_names() {
        LiveCounts c = CollapsedCounts.parse(List.of("start_thread;os::javaTimeMillis;clock_gettime@plt 1",
                "do_syscall_64_[k] 1"), 0);
        assertEquals(Map.of("clock_gettime@plt", 1L, "do_syscall_64_[k]", 1L), c.own());
        assertEquals(0, c.lost());
    }
}
