package workbench.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.DefaultSerializerProvider;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.model.ProfileData;

class RunFormatPrepareTest {

    /** Serializers a save of one run of the given kind makes with this mapper. */
    private static int madeBySave(ObjectMapper mapper, ProfileData data) throws Exception {
        int before = ((DefaultSerializerProvider) mapper.getSerializerProvider()).cachedSerializersCount();
        byte[] json = mapper.writeValueAsBytes(new RunFormat.Envelope(RunFormat.FORMAT, "test", "r1", "", 1, null, null,
                null, List.of(SampleRuns.profile("r1", data))));
        assertTrue(json.length > 0);
        return ((DefaultSerializerProvider) mapper.getSerializerProvider()).cachedSerializersCount() - before;
    }

    @Test
    void a_prepared_mapper_has_made_ahead_what_a_save_of_each_kind_needs() throws Exception {
        for (ProfileData data : SampleRuns.everyKind()) {
            int cold = madeBySave(RunFormat.newMapper(), data);
            ObjectMapper prepared = RunFormat.newMapper();
            RunFormat.prepareWriting(prepared);
            int warm = madeBySave(prepared, data);
            // what is left is the runtime classes of collections (List.of's, ArrayList), found by class at the save
            assertTrue(3 * warm <= cold, data.getClass().getSimpleName() + ": a save made " + warm + " of the "
                    + cold + " serializers it needs after prepareWriting");
        }
    }
}
