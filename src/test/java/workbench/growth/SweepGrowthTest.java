package workbench.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.store.ProfileStore;

/** What {@code sweep --json} prints: the growth per function with the exponents, through the store's mapper. */
class SweepGrowthTest {

    @TempDir
    Path dir;

    @Test
    void the_json_carries_each_series_exponents_and_its_functions_quadratic_first() throws Exception {
        String json = new ProfileStore(dir).json().writeValueAsString(SweepGrowth.of(Sweeps.withQuadratic()));
        JsonNode series = new ObjectMapper().readTree(json).get("series");
        assertEquals(1, series.size(), json);
        JsonNode s = series.get(0);
        assertEquals("primitive deterministic", s.get("figures").get("name").asText());
        assertEquals(4, s.get("figures").get("own").size(), json);
        assertTrue(s.get("figures").get("fixed").get("exponent").get("value").isNumber(), json);
        JsonNode first = s.get("functions").get(0);
        assertEquals("pairs", first.get("function").get("method").get("method").asText(), json);
        assertEquals(1.0, first.get("relative").get("value").asDouble(), 0.1, json);
        assertTrue(first.get("relative").get("lower").asDouble() > 0, json);
        assertTrue(s.get("functions").get(1).get("leader").asBoolean(), json);
    }
}
