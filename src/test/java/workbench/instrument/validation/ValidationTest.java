package workbench.instrument.validation;

import org.junit.jupiter.api.Test;

/** Exact hits for every line of every validation target, timed and untimed. */
class ValidationTest extends LineValidationTestBase {

    @Test
    void branches_count_each_arm_and_no_forward_jump_within_a_line() throws Exception {
        assertHitsAsCommented(BranchesTarget.class);
    }

    @Test
    void exceptions_thrown_mid_line_keep_the_counts_and_the_frame_stack() throws Exception {
        assertHitsAsCommented(ExceptionsTarget.class);
    }

    @Test
    void lambdas_and_local_classes_count_in_the_enclosing_method() throws Exception {
        assertHitsAsCommented(LambdasTarget.class);
    }

    @Test
    void two_threads_recursion_and_returns_from_loops_lose_nothing() throws Exception {
        assertHitsAsCommented(ThreadsRecursionTarget.class);
    }

    @Test
    void multi_line_statements_and_several_statements_per_line() throws Exception {
        assertHitsAsCommented(MultiLineTarget.class);
    }
}
