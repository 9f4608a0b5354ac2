package workbench.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import workbench.agent.rt.Delay;
import workbench.validation.targets.EqualWork;

/** The delay goes once per entry of the named method (or per start of the named line), and nowhere else. */
class DelayInjectorTest {

    private static final String NAME = EqualWork.class.getName();

    /** Defines the target class from rewritten bytes in a loader of its own. */
    private static Class<?> load(byte[] bytes) {
        return new ClassLoader(DelayInjectorTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(NAME, bytes, 0, bytes.length);
            }
        }.define();
    }

    private static Method method(Class<?> c, String name, Class<?> param) throws Exception {
        Method m = c.getDeclaredMethod(name, param);
        m.setAccessible(true);
        return m;
    }

    /** @return the target's line holding the text, from its source */
    private static int lineOf(String text) throws java.io.IOException {
        java.util.List<String> src = java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("src/test/java/workbench/validation/targets/EqualWork.java"));
        for (int i = 0; i < src.size(); i++) if (src.get(i).contains(text)) return i + 1;
        throw new AssertionError(text);
    }

    @Test
    void each_entry_of_the_method_spends_one_delay_and_the_other_method_none() throws Exception {
        byte[] out = DelayInjector.inject(MethodTraceInstrumenterTest.bytes(EqualWork.class),
                DelayTarget.parse("EqualWork.left@1000"));
        Class<?> c = load(out);
        long calls = Delay.calls();
        for (int i = 0; i < 100; i++) method(c, "right", long.class).invoke(null, (long) i);
        assertEquals(calls, Delay.calls());
        for (int i = 0; i < 100; i++) method(c, "left", long.class).invoke(null, (long) i);
        assertEquals(calls + 100, Delay.calls());
    }

    @Test
    void a_loop_at_the_first_instruction_does_not_run_the_entry_delay_again() throws Exception {
        byte[] out = DelayInjector.inject(MethodTraceInstrumenterTest.bytes(EqualWork.class),
                DelayTarget.parse("EqualWork.loopFirst@10"));
        long calls = Delay.calls();
        assertEquals(0L, method(load(out), "loopFirst", int.class).invoke(null, 50));
        assertEquals(calls + 1, Delay.calls());
    }

    @Test
    void a_line_target_spends_a_delay_each_time_the_line_starts() throws Exception {
        int line = lineOf("n--;");
        byte[] out = DelayInjector.inject(MethodTraceInstrumenterTest.bytes(EqualWork.class),
                DelayTarget.parse("workbench.validation.targets.EqualWork.loopFirst:" + line + "@10"));
        long calls = Delay.calls();
        method(load(out), "loopFirst", int.class).invoke(null, 50);
        assertEquals(calls + 50, Delay.calls());
    }

    @Test
    void a_class_without_the_method_is_left_alone() throws Exception {
        assertNull(DelayInjector.inject(MethodTraceInstrumenterTest.bytes(EqualWork.class),
                DelayTarget.parse("EqualWork.missing@10")));
        assertTrue(DelayTarget.parse("Data.randint@200").matchesClass("workbench/workload/Data"));
        assertEquals(new DelayTarget("a.B", "m", 12, 5), DelayTarget.parse("a.B.m:12@5"));
    }
}
