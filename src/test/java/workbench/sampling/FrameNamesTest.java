package workbench.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.model.Frame;
import workbench.model.MethodId;
import workbench.model.SourceRef;

class FrameNamesTest {

    @Test
    void a_top_level_class_keeps_its_binary_name_and_its_source_path_by_package() {
        assertEquals(new Frame(new MethodId("workbench.workload.BoxedBootstrap", "confidenceInterval", "(I)V"),
                        new SourceRef("workbench/workload/BoxedBootstrap.java", 31), Frame.Kind.JAVA),
                FrameNames.javaFrame("workbench.workload.BoxedBootstrap", "confidenceInterval", "(I)V", 31));
    }

    @Test
    void nested_classes_live_in_the_outer_classs_file() {
        assertEquals(new Frame(new MethodId("java.util.ArrayList$Itr", "next", ""),
                        new SourceRef("java/util/ArrayList.java", 967), Frame.Kind.JAVA),
                FrameNames.javaFrame("java.util.ArrayList$Itr", "next", null, 967));
    }

    @Test
    void lambda_classes_drop_their_hidden_suffix_so_that_runs_agree() {
        Frame expected = new Frame(new MethodId("workbench.workload.ParallelBootstrap$$Lambda", "accept", ""),
                new SourceRef("workbench/workload/ParallelBootstrap.java", 0), Frame.Kind.JAVA);
        assertEquals(expected, FrameNames.javaFrame("workbench.workload.ParallelBootstrap$$Lambda.0x00007f0001234",
                "accept", "", -1));
        assertEquals(expected, FrameNames.javaFrame("workbench.workload.ParallelBootstrap$$Lambda$14/0x0000000800c0",
                "accept", "", 0));
        assertEquals(expected, FrameNames.javaFrame("workbench.workload.ParallelBootstrap$$Lambda/0x0000000800c0",
                "accept", "", 0));
    }

    @Test
    void native_frames_are_native_with_their_library_as_class() {
        assertEquals(new Frame(new MethodId("libjvm.so", "JVM_Sleep", ""), SourceRef.UNKNOWN, Frame.Kind.NATIVE),
                FrameNames.nativeFrame("libjvm.so", "JVM_Sleep", false));
        assertEquals(new Frame(new MethodId("[kernel]", "do_syscall_64", ""), SourceRef.UNKNOWN, Frame.Kind.NATIVE),
                FrameNames.nativeFrame("", "do_syscall_64", true));
    }

    @Test
    void the_programs_threads_are_kept_and_the_jvms_left_out() {
        assertTrue(ThreadSelection.isWorkload("main"));
        assertTrue(ThreadSelection.isWorkload("DestroyJavaVM"));
        assertTrue(ThreadSelection.isWorkload("ForkJoinPool.commonPool-worker-1"));
        assertFalse(ThreadSelection.isWorkload("C2 CompilerThread0"));
        assertFalse(ThreadSelection.isWorkload("JFR Periodic Tasks"));
        for (String ours : List.of("workbench-parent-watch", "workbench-agent-checkpoint", "workbench-agent-dump",
                "workbench-agent-calibration", "workbench-delay-dump")) {
            assertFalse(ThreadSelection.isWorkload(ours), ours);
        }
        assertFalse(ThreadSelection.isWorkload("Signal Dispatcher"));
        assertFalse(ThreadSelection.isWorkload(null));
    }
}
