package workbench.instrument.validation;

import org.junit.jupiter.api.Test;

class LoopsTest extends LineValidationTestBase {
    @Test
    void every_line_of_the_loops_has_the_commented_hits() throws Exception {
        assertHitsAsCommented(LoopsTarget.class);
    }
}
