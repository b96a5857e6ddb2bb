package id.warta.spark;

import id.warta.Warta;
import id.warta.store.StoreOptions;
import id.warta.store.dedup.MinHasher;
import id.warta.store.export.Table;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The byte form of the story pass's rows gives back every value, of every table, with its type. */
class RowBytesTest {

    @Test
    void rowsOfAnAnalysedStoryComeBackEqual() {
        MinHasher hasher = new MinHasher(StoreOptions.DEFAULTS.minHashes(), StoreOptions.DEFAULTS.shingleWords());
        Doc doc = Doc.of(Warta.analyze(DecisionsTest.page("antara-banjir-semarang.html")), StoreOptions.DEFAULTS,
                hasher);
        Tables.Placed placed = new Tables.Placed(doc, new Decisions.Placement(null, doc.id()));
        List<Tuple2<Table, Row>> rows = Tables.story(doc.id(), List.of(placed), Instant.parse("2026-11-28T06:00:00Z"));

        Set<Table> seen = EnumSet.noneOf(Table.class);
        for (Tuple2<Table, Row> r : rows) {
            byte[] bytes = RowBytes.encode(r._1(), r._2());
            assertThat(RowBytes.table(bytes)).isEqualTo(r._1());
            Row back = RowBytes.decode(bytes);
            assertThat(back.length()).isEqualTo(r._2().length());
            for (int i = 0; i < back.length(); i++) {
                Object expected = r._2().get(i);
                assertThat(back.get(i)).as("%s column %d", r._1(), i).isEqualTo(expected);
                if (expected != null) {
                    assertThat(back.get(i)).isExactlyInstanceOf(expected.getClass());
                }
            }
            seen.add(r._1());
        }
        // a flood report: the article, its people and places, its story and its events
        assertThat(seen).containsExactlyInAnyOrder(Table.ARTICLES, Table.ENTITIES, Table.STORIES, Table.EVENTS);
    }

    @Test
    void everyValueTypeAndEdgeCaseComesBack() {
        Row row = RowFactory.create("Banjir rob di Semarang — warga: “air naik lagi” 🌊", "", null, 48L, -1L,
                7, Integer.MIN_VALUE, -6.9667, Double.NaN, true, false, "2022-01-08");
        Row back = RowBytes.decode(RowBytes.encode(Table.EVENTS, row));
        assertThat(back).isEqualTo(row);
        assertThat(RowBytes.table(RowBytes.encode(Table.ERRORS, RowFactory.create("x")))).isEqualTo(Table.ERRORS);
    }

    @Test
    void aValueOfAnotherTypeIsRefusedNotMangled() {
        assertThatThrownBy(() -> RowBytes.encode(Table.EVENTS, RowFactory.create("id", new BigDecimal("110.42"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.math.BigDecimal")
                .hasMessageContaining("column 1 of events");
    }
}
