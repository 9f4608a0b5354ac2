package workbench.overhead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.model.OverheadStudy;
import workbench.store.ProfileStore;
import workbench.store.StoreException;

/** A study in the store: saved, listed, loaded back equal, re-printed the same, refused where a run set is wanted. */
class StudyStoreTest {

    @TempDir
    Path dir;

    private static OverheadStudy study(int runs) {
        OverheadStudy full = new Studies(3)
                .add(Configuration.PLAIN, 1.0)
                .add(Configuration.DETERMINISTIC, 3.0, 1000, Studies.shares("a", 0.7, "b", 0.3), Map.of())
                .add(Configuration.REFERENCE, 1.1, 10, Studies.shares("a", 0.6, "b", 0.4), Map.of(26, 1.0))
                .build();
        return new OverheadStudy(full.id(), full.name(), full.target(), full.jvm(), full.startedAt(), full.repeat(),
                full.orderSeed(), full.configs(), full.order(), full.runs().subList(0, runs), full.notices());
    }

    private static String printed(OverheadStudy s) {
        StringWriter w = new StringWriter();
        OverheadTable.print(s, new PrintWriter(w));
        return w.toString();
    }

    @Test
    void a_saved_study_loads_back_equal_and_prints_the_same_bytes() {
        ProfileStore store = new ProfileStore(dir);
        OverheadStudy s = study(9);
        Path file = store.save(s);
        OverheadStudy back = store.study(file).orElseThrow();
        assertEquals(s, back);
        assertEquals(printed(s), printed(back));
        ProfileStore.Listing l = store.headers().get(0);
        assertEquals(s, l.study());
        StoreException e = assertThrows(StoreException.class, () -> store.load(file));
        assertTrue(e.getMessage().contains("is an overhead study"), e.getMessage());
    }

    @Test
    void a_partial_study_prints_and_says_it_is_partial() {
        OverheadStudy partial = study(4);
        String out = printed(partial);
        assertTrue(out.contains("PARTIAL: 4 of 9 children ran"), out);
        assertTrue(out.contains("summary:"), out);
        ProfileStore store = new ProfileStore(dir);
        assertEquals(partial, store.study(store.save(partial)).orElseThrow());
    }
}
