package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What {@link Main} does before any command runs. */
class MainTest {

    /** Shade renamed JLine's properties with its classes: the names users know reach the relocated JLine. */
    @Test
    void a_users_org_jline_properties_reach_the_relocated_jline_unless_its_own_names_are_set() {
        Properties p = new Properties();
        p.setProperty("org.jline.terminal.dumb", "true");
        p.setProperty("org.jline.terminal.type", "xterm");
        p.setProperty("workbench.shaded.jline.terminal.type", "vt100");
        p.setProperty("jline.terminal", "unrelated");
        Main.forwardJlineProperties(p);
        assertEquals("true", p.getProperty("workbench.shaded.jline.terminal.dumb"));
        assertEquals("vt100", p.getProperty("workbench.shaded.jline.terminal.type"), "set under its own name: kept");
        assertNull(p.getProperty("workbench.shaded.jline.terminal"));
        assertEquals(5, p.size());
    }
}
