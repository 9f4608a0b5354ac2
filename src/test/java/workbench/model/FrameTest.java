package workbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static workbench.model.Frames.java;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameTest {

    @Test
    void the_helper_builds_the_frame_a_recorder_builds() {
        assertEquals(new Frame(new MethodId("workbench.workload.Data", "randint", "(II)I"),
                new SourceRef("workbench/workload/Data.java", 23), Frame.Kind.JAVA), Frames.RANDINT);
    }

    @Test
    void function_only_drops_the_line_and_keeps_the_rest() {
        Frame f = Frames.RANDINT.functionOnly();
        assertEquals(0, f.line());
        assertEquals(Frames.RANDINT.method(), f.method());
        assertEquals("workbench/workload/Data.java", f.source().path());
        assertSame(f, f.functionOnly());
    }

    @Test
    void two_lines_of_a_method_are_two_frames_and_two_line_ids() {
        Frame a = java("demo.A", "rec", "(I)V", 20);
        Frame b = java("demo.A", "rec", "(I)V", 21);
        assertNotEquals(a, b);
        assertEquals(new LineId(a.method(), 20), a.lineId());
        assertNotEquals(a.lineId(), b.lineId());
        assertEquals(a.functionOnly(), b.functionOnly());
    }

    @Test
    void frames_order_by_method_then_line() {
        Frame a20 = java("demo.A", "rec", "(I)V", 20);
        Frame a21 = java("demo.A", "rec", "(I)V", 21);
        Frame b1 = java("demo.B", "go", "()V", 1);
        List<Frame> list = new ArrayList<>(List.of(b1, a21, a20));
        list.sort(null);
        assertEquals(List.of(a20, a21, b1), list);
    }
}
