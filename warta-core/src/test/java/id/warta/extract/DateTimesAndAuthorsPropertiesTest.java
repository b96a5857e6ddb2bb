package id.warta.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Random and byline-like strings never make the date and author rules throw, and spans stay inside the text. */
class DateTimesAndAuthorsPropertiesTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Provide
    Arbitrary<String> bylineLike() {
        Arbitrary<String> pieces = Arbitraries.of("Sabtu", ", ", " ", "8", "08", "31", "2022", "1/2", "3.000",
                "/", "-", ".", ":", "07", "45", "Januari", "Jan.", "Agt", "WIB", "WIT", "WITA", "GMT", "+07:00",
                "+0700", "Z", "T", "p.m.", "am", "ET", "|", "(", ")", "pukul", "By", "Oleh", "Penulis:", "Editor:",
                "Jane", "DOE", "dan", "and", "&", "@x", "Kompas.com", "http://a.id/b", "\n", "Jum'at", "’", "ago");
        return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    @Property(tries = 2000)
    void findStaysInsideTheText(@ForAll("bylineLike") String text) {
        checkFind(text);
    }

    @Property(tries = 500)
    void findNeverThrowsOnAnyText(@ForAll("anyText") String text) {
        checkFind(text);
    }

    @Property(tries = 2000)
    void parseAndCleanNeverThrow(@ForAll("bylineLike") String text) {
        assertThat(DateTimes.parse(text, JAKARTA)).isNotNull();
        assertThat(Authors.clean(text)).isNotNull().allSatisfy(name -> assertThat(name).isNotBlank());
    }

    @Property(tries = 500)
    void parseAndCleanNeverThrowOnAnyText(@ForAll("anyText") String text) {
        assertThat(DateTimes.parse(text, JAKARTA)).isNotNull();
        assertThat(Authors.clean(text)).isNotNull();
    }

    @Property(tries = 200)
    void sameResultOnEveryThread(@ForAll("bylineLike") String text) throws Exception {
        Optional<DateTimes.Found> found = DateTimes.find(text, JAKARTA);
        List<String> names = Authors.clean(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object[]>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> new Object[]{DateTimes.find(text, JAKARTA), Authors.clean(text)}));
            }
            for (Future<Object[]> r : results) {
                Object[] got = r.get();
                assertThat(got[0]).isEqualTo(found);
                assertThat(got[1]).isEqualTo(names);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void checkFind(String text) {
        Optional<DateTimes.Found> found = DateTimes.find(text, JAKARTA);
        found.ifPresent(f -> {
            assertThat(f.start()).isBetween(0, text.length());
            assertThat(f.end()).isBetween(f.start() + 1, text.length());
            assertThat(DateTimes.parse(text.substring(f.start(), f.end()), JAKARTA)).contains(f.value());
        });
    }
}
