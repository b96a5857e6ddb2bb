package id.warta.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.WartaOptions;
import id.warta.export.Json;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.Format;
import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.quantity.Quantity;
import id.warta.time.TimeExpression;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the text, the analysis with the default stages does not throw, every offset lies inside the analysed
 * text, every text field is the text at its offsets, and the result is the same on every thread.
 */
class AnalyzePropertiesTest {

    private static final Analyzer ANALYZER = Analyzer.defaults(WartaOptions.defaults());
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2022, 1, 8, 7, 45, 0, 0,
            ZoneOffset.ofHours(7));

    /** Pieces of Indonesian and English news glued at random, so the stages meet each other's material. */
    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("Presiden", "Joko", "Widodo", "Kassym-Jomart", "Tokayev", "kata", "ujar", "said",
                        "menurut", "Kepala", "BPBD", "Kabupaten", "Bekasi", "Jawa", "Barat", "Moskow", "Rusia",
                        "Kazakhstan", "PBB", "NATO", "Dewan", "Urusan", "Internasional", "(RIAC)", "Jl.", "Prof.",
                        "Dr.", "U.S.", "sekitar", "3.000", "1,5", "3,000", "juta", "ribuan", "pasukan", "orang",
                        "troops", "Rp", "US$", "%", "persen", "Senin", "(7/1)", "1", "Januari", "2022", "kemarin",
                        "last", "Friday", "pukul", "07.45", "WIB", "\"", "\u201C", "\u201D", "'", ",", ".", "?",
                        "!", ":", "-", "\u2014", "(", ")", "\n", "\n\n", " ", "\u00A0", "pada", "di", "the", "of"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(6));
        return pieces.list().ofMaxSize(80).map(l -> String.join(" ", l));
    }

    private static Article article(String text, OffsetDateTime published) {
        return new Article("acak.txt", Article.Status.OK, null, null, Format.TEXT, "UTF-8", null, null, null, null,
                List.of(), published, null, null, null, List.of(), text, List.of(), List.of());
    }

    @Property(tries = 300)
    void offsetsInsideTextFieldsFromTheTextAndNothingLost(@ForAll("newsLike") String text,
                                                          @ForAll boolean dated) {
        Analysis analysis = ANALYZER.analyze(article(text, dated ? PUBLISHED : null));

        assertThat(analysis.ok()).as(analysis.article().error()).isTrue();
        assertThat(analysis.analysedLength()).isEqualTo(text.length());
        AnalyzeBadInputTest.assertOffsetsInside(analysis);
        List<Mention> all = new ArrayList<>();
        for (Entity e : analysis.entities()) {
            assertThat(e.mentions()).extracting(m -> m.text(text)).contains(e.text());
            all.addAll(e.mentions());
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).start()).isGreaterThanOrEqualTo(all.get(i - 1).end());
        }
        int previous = 0;
        for (Quantity q : analysis.quantities()) {
            assertThat(q.start()).isGreaterThanOrEqualTo(previous);
            previous = q.end();
        }
        previous = 0;
        for (TimeExpression t : analysis.times()) {
            assertThat(t.start()).isGreaterThanOrEqualTo(previous);
            previous = t.end();
        }
    }

    @Property(tries = 100)
    void theJsonTextFieldsAreTheTextAtTheirOffsets(@ForAll("newsLike") String text) throws Exception {
        JsonNode record = Json.read(Json.writer().writeValueAsString(ANALYZER.analyze(article(text, PUBLISHED))));
        assertThat(record.get("text").asText()).isEqualTo(text);
        for (String list : List.of("quantities", "times", "quotes")) {
            for (JsonNode n : record.get(list)) {
                assertThat(text.substring(n.get("start").asInt(), n.get("end").asInt()))
                        .isEqualTo(n.get("text").asText());
            }
        }
        for (JsonNode e : record.get("events")) {
            for (JsonNode s : e.get("evidence")) {
                assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt()))
                        .isEqualTo(s.get("sentence").asText());
            }
        }
    }

    @Property(tries = 300)
    void anyStringIsAnalysedWithoutError(@ForAll String text) {
        Analysis analysis = ANALYZER.analyze(article(text, PUBLISHED));
        assertThat(analysis.ok()).as(analysis.article().error()).isTrue();
        AnalyzeBadInputTest.assertOffsetsInside(analysis);
    }

    @Property(tries = 100)
    void aShortLimitKeepsEveryFindingInsideIt(@ForAll("newsLike") String text,
                                              @ForAll @IntRange(min = 1, max = 200) int limit) {
        Analyzer analyzer = Analyzer.defaults(WartaOptions.defaults().withMaxAnalysedChars(limit));
        Analysis analysis = analyzer.analyze(article(text, PUBLISHED));
        assertThat(analysis.ok()).as(analysis.article().error()).isTrue();
        assertThat(analysis.analysedLength()).isLessThanOrEqualTo(Math.min(limit, text.length()));
        AnalyzeBadInputTest.assertOffsetsInside(analysis);
    }

    @Property(tries = 30)
    void sameResultOnFourThreads(@ForAll("newsLike") String text) throws Exception {
        Article article = article(text, PUBLISHED);
        Analysis expected = ANALYZER.analyze(article);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Analysis>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> ANALYZER.analyze(article)));
            }
            for (Future<Analysis> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
