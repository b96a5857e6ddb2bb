package id.warta.export;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.events.Event;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.Failure;
import id.warta.model.RawDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Json#readAnalysis} is the inverse of the analysis record's JSON: over realistic articles analysed by Warta
 * (an Indonesian scraped text with a caption, an English page with a figure caption, the flood report of the golden
 * test, and an error record), reading what was written gives the same records, and writing them again gives the
 * same text.
 */
class JsonReadTest {

    private static final Path DIR = Path.of("src/test/resources");

    private static Analysis analyse(String file, String url) throws IOException {
        return Warta.analyze(Files.readString(DIR.resolve(file)), url);
    }

    private static List<Analysis> articles() throws IOException {
        return List.of(
                analyse("export/bentrok-makassar-2022-09-09.txt", null),
                analyse("export/floods-pakistan-2022-08-29.html",
                        "https://news.example.com/world/2022/08/29/pakistan-floods-death-toll?utm_source=feed"),
                analyse("analyze/banjir-bekasi-2022-03-14.txt", "https://wartacontoh.com/banjir-bekasi"),
                Analysis.notAnalysed(Article.failed("kosong.txt", "https://example.com/kosong",
                        Failure.of("empty", "the document is empty"))),
                // read from a WARC: the fetch time travels with the record, on a page and on an error
                Warta.with(WartaOptions.defaults()).analyze(new RawDocument("rob.warc.gz#2048",
                        "https://kabarpantura.example/berita/banjir-rob-pekalongan",
                        Files.readAllBytes(DIR.resolve("source/id-banjir-rob-tanpa-tanggal.html")), "text/html", null,
                        null, OffsetDateTime.parse("2024-03-08T02:00:00Z"))),
                Analysis.notAnalysed(Article.failed("rob.warc.gz#9120", "https://kabarpantura.example/unduh.pdf",
                        Failure.of("not-html", "application/pdf, not an HTML page"))
                        .withFetched(OffsetDateTime.parse("2024-03-08T02:01:30Z"))));
    }

    @Test
    void theFetchTimeIsWrittenOnlyWhenKnownAndReadBack() throws IOException {
        List<Analysis> all = articles();
        String fetched = Json.writer().writeValueAsString(all.get(4));
        assertThat(Json.read(fetched).path("fetched").asText()).isEqualTo("2024-03-08T02:00:00+00:00");
        assertThat(Json.readAnalysis(fetched).article().fetched())
                .isEqualTo(OffsetDateTime.parse("2024-03-08T02:00:00Z"));
        assertThat(Json.readAnalysis(Json.writer().writeValueAsString(all.get(5))).article().fetched())
                .isEqualTo(OffsetDateTime.parse("2024-03-08T02:01:30Z"));
        assertThat(Json.writer().writeValueAsString(all.get(2))).doesNotContain("\"fetched\"");
    }

    @Test
    void writingWhatWasReadGivesTheSameText() throws IOException {
        for (Analysis a : articles()) {
            String written = Json.writer().writeValueAsString(a);
            assertThat(Json.writer().writeValueAsString(Json.readAnalysis(written))).isEqualTo(written);
        }
    }

    @Test
    void readingGivesTheSameRecords() throws IOException {
        for (Analysis a : articles()) {
            Analysis b = Json.readAnalysis(Json.writer().writeValueAsString(a));
            assertThat(b.language()).isEqualTo(a.language() == null ? null
                    : new id.warta.lang.LanguageGuess(a.language().language(), round(a.language().confidence())));
            assertThat(b.analysedLength()).isEqualTo(a.analysedLength());
            assertThat(b.entities()).isEqualTo(a.entities());
            assertThat(b.quantities()).isEqualTo(a.quantities());
            assertThat(b.times()).isEqualTo(a.times());
            assertThat(b.quotes()).isEqualTo(a.quotes());
            assertThat(b.captions()).isEqualTo(a.captions());
            assertThat(b.events()).isEqualTo(a.events().stream().map(JsonReadTest::rounded).toList());
            for (RecordComponent c : Article.class.getRecordComponents()) {
                if (!c.getName().equals("language")) {
                    assertThat(value(c, b.article())).as(c.getName()).isEqualTo(value(c, a.article()));
                }
            }
            // the record carries the identified language in place of the extraction's hint
            assertThat(b.article().language()).isEqualTo(a.language() == null ? a.article().language()
                    : a.language().language());
        }
    }

    @Test
    void theArticlesExerciseEveryPartOfTheRecord() throws IOException {
        List<Analysis> all = articles();
        Analysis makassar = all.get(0);
        Analysis floods = all.get(1);
        assertThat(makassar.language().language()).isEqualTo("id");
        assertThat(floods.language().language()).isEqualTo("en");
        for (Analysis a : List.of(makassar, floods)) {
            assertThat(a.entities()).isNotEmpty();
            assertThat(a.quantities()).isNotEmpty();
            assertThat(a.times()).isNotEmpty();
            assertThat(a.quotes()).isNotEmpty();
            assertThat(a.events()).isNotEmpty();
            assertThat(a.captions()).as("a caption's date is found").isNotEmpty();
        }
        assertThat(makassar.article().related()).isNotEmpty();
        assertThat(floods.article().image()).isNotNull();
        assertThat(all.stream().flatMap(a -> a.events().stream())
                .anyMatch(e -> e.location() != null && e.actor().start() >= 0)).isTrue();
        assertThat(all.stream().flatMap(a -> a.quantities().stream()).anyMatch(q -> q.unit() != null)).isTrue();
        assertThat(all.stream().flatMap(a -> a.times().stream()).anyMatch(t -> t.relative())).isTrue();
        assertThat(all.get(3).ok()).isFalse();
        assertThat(all.get(4).article().fetched()).isNotNull();
        assertThat(all.get(4).ok()).isTrue();
        assertThat(all.get(5).article().fetched()).isNotNull();
    }

    @Test
    void whatIsNotAnAnalysisRecordIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Json.readAnalysis("{\"input\": \"a.txt\", "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> Json.readAnalysis("[1, 2]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("object");
        assertThatThrownBy(() -> Json.readAnalysis("{\"status\": \"ok\", \"analysedLength\": 0}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("input");
        assertThatThrownBy(() -> Json.readAnalysis("{\"input\": \"a.txt\", \"status\": \"maybe\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maybe");
    }

    private static Object value(RecordComponent c, Article a) {
        try {
            return c.getAccessor().invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** The event as written: its confidence to three decimals. */
    private static Event rounded(Event e) {
        return new Event(e.type(), e.mode(), e.actor(), e.target(), e.location(), e.date(), e.datePrecision(),
                e.killed(), e.injured(), e.arrested(), e.size(), e.approximate(), e.negated(), e.modality(),
                e.reported(), e.counts(), e.evidence(), round(e.confidence()));
    }
}
