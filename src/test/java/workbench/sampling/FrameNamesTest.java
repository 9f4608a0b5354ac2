package workbench.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import workbench.model.FrameKey;

class FrameNamesTest {

    @Test
    void a_top_level_class_gives_its_own_file_and_simple_name() {
        assertEquals(new FrameKey("BoxedBootstrap.java", 31, "BoxedBootstrap.confidenceInterval"),
                FrameNames.javaFrame("workbench.workload.BoxedBootstrap", "confidenceInterval", 31));
    }

    @Test
    void nested_classes_live_in_the_outer_classs_file_and_read_like_the_deterministic_mode() {
        assertEquals(new FrameKey("ArrayList.java", 967, "ArrayList.Itr.next"),
                FrameNames.javaFrame("java.util.ArrayList$Itr", "next", 967));
    }

    @Test
    void lambda_classes_drop_their_hidden_suffix() {
        assertEquals(new FrameKey("ParallelBootstrap.java", 0, "ParallelBootstrap$$Lambda.accept"),
                FrameNames.javaFrame("workbench.workload.ParallelBootstrap$$Lambda.0x00007f0001234", "accept", -1));
        assertEquals(new FrameKey("ParallelBootstrap.java", 0, "ParallelBootstrap$$Lambda.accept"),
                FrameNames.javaFrame("workbench.workload.ParallelBootstrap$$Lambda$14/0x0000000800c0", "accept", 0));
    }

    @Test
    void native_frames_are_built_ins() {
        assertEquals(new FrameKey("~", 0, "libjvm.so`JVM_Sleep"), FrameNames.nativeFrame("libjvm.so", "JVM_Sleep",
                false));
        assertEquals(new FrameKey("~", 0, "do_syscall_64_[k]"), FrameNames.nativeFrame("", "do_syscall_64", true));
    }

    @Test
    void the_programs_threads_are_kept_and_the_jvms_left_out() {
        assertTrue(ThreadSelection.isWorkload("main"));
        assertTrue(ThreadSelection.isWorkload("DestroyJavaVM"));
        assertTrue(ThreadSelection.isWorkload("ForkJoinPool.commonPool-worker-1"));
        assertFalse(ThreadSelection.isWorkload("C2 CompilerThread0"));
        assertFalse(ThreadSelection.isWorkload("JFR Periodic Tasks"));
        assertFalse(ThreadSelection.isWorkload("Signal Dispatcher"));
        assertFalse(ThreadSelection.isWorkload(null));
    }
}
