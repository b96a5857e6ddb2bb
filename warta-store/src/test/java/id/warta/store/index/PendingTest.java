package id.warta.store.index;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PendingTest {

    private static final BytesRef PROTEST_IDN = Keys.profile("ev:PROTEST|IDN", 2_700);
    private static final BytesRef JOKOWI = Keys.profile("en:joko widodo", 2_700);
    private static final BytesRef MONAS = Keys.profile("en:monas", 2_700);

    private static Pending.Entry entry(long id, BytesRef... keys) {
        return new Pending.Entry(id, id, 0, 18_900, null, null, List.of(keys));
    }

    /** The entries a look-up of {@code keys} meets, each once, counting the keys it holds. */
    private static List<Pending.Entry> lookUp(Pending pending, BytesRef... keys) {
        long visit = pending.visit();
        List<Pending.Entry> met = new ArrayList<>();
        for (BytesRef k : keys) {
            for (Pending.Entry e : pending.get(k)) {
                if (Pending.meet(e, visit)) {
                    met.add(e);
                }
            }
        }
        return met;
    }

    @Test
    void theCandidatesAreThoseHoldingMostKeysThenTheNewest() {
        Pending pending = new Pending();
        Pending.Entry oldAll = entry(1, PROTEST_IDN, JOKOWI, MONAS);
        Pending.Entry protestOnly = entry(2, PROTEST_IDN);
        Pending.Entry protestAndName = entry(3, PROTEST_IDN, JOKOWI);
        Pending.Entry newerProtestOnly = entry(4, PROTEST_IDN);
        Pending.Entry newestProtestAndName = entry(5, PROTEST_IDN, MONAS);
        for (Pending.Entry e : List.of(oldAll, protestOnly, protestAndName, newerProtestOnly, newestProtestAndName)) {
            pending.add(e);
        }
        List<Pending.Entry> met = lookUp(pending, PROTEST_IDN, JOKOWI, MONAS);
        assertThat(met).hasSize(5);
        assertThat(Pending.top(met, 3)).containsExactly(oldAll, newestProtestAndName, protestAndName);
        assertThat(Pending.top(met, 4)).containsExactly(oldAll, newestProtestAndName, protestAndName,
                newerProtestOnly);
        assertThat(Pending.top(met, 10)).containsExactlyElementsOf(met);
    }

    @Test
    void eachLookUpCountsAfresh() {
        Pending pending = new Pending();
        Pending.Entry both = entry(1, PROTEST_IDN, JOKOWI);
        Pending.Entry one = entry(2, MONAS);
        pending.add(both);
        pending.add(one);
        assertThat(Pending.top(lookUp(pending, PROTEST_IDN, JOKOWI, MONAS), 1)).containsExactly(both);
        // a later look-up meeting the first entry under one key only ranks it as holding one
        assertThat(Pending.top(lookUp(pending, JOKOWI, MONAS), 1)).containsExactly(one);
    }
}
