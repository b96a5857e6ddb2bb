package id.warta.analyze;

import id.warta.WartaOptions;
import id.warta.events.Actor;
import id.warta.events.Count;
import id.warta.events.Event;
import id.warta.events.EventCoder;
import id.warta.events.EventLocation;
import id.warta.events.Evidence;
import id.warta.lang.LanguageGuess;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.Format;
import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.quantity.Quantity;
import id.warta.quantity.RuleQuantityFinder;
import id.warta.quote.RuleQuoteFinder;
import id.warta.text.RuleSentenceSplitter;
import id.warta.text.Sentence;
import id.warta.text.Text;
import id.warta.time.RuleTimeExpressionFinder;
import id.warta.time.TimeExpression;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The events stage's wiring: the coder runs last, with the text and everything the other stages found; what it
 * codes lands in the analysis; a coder that throws or points outside the text is a bug recorded like any stage's.
 * The coder here is a small stand-in that codes the protest and the arrests of one article from the findings it is
 * given, so that what reaches it can be checked.
 */
class AnalyzerEventsTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2022, 3, 14, 16, 5, 0, 0,
            ZoneOffset.ofHours(7));

    private static final String TEXT = """
            Ribuan buruh berunjuk rasa di depan Gedung DPR, Jakarta, pada Senin (14/3) menolak kenaikan harga \
            bahan bakar minyak.

            Polisi menangkap 12 orang setelah sebagian massa melempari petugas dengan batu. "Kami tidak akan \
            berhenti sampai tuntutan kami dipenuhi," kata Said Iqbal, Presiden Partai Buruh.""";

    private static Article article() {
        return new Article("demo-buruh.txt", Article.Status.OK, null, null, Format.TEXT, "UTF-8", null,
                "Warta Contoh", "id", "Ribuan Buruh Demo di DPR, Polisi Tangkap 12 Orang", List.of("Rina Marlina"),
                PUBLISHED, null, null, null, List.of(), TEXT, List.of(), List.of());
    }

    /** Jakarta and Said Iqbal, wherever the text names them. */
    private static List<Entity> entities(Text text) {
        String s = text.text();
        int jakarta = s.indexOf("Jakarta");
        int said = s.indexOf("Said Iqbal");
        return List.of(
                new Entity("Jakarta", Entity.Type.LOC, "city", "IDN", List.of(new Mention(jakarta, jakarta + 7))),
                new Entity("Said Iqbal", Entity.Type.PERSON, null, null, List.of(new Mention(said, said + 10))));
    }

    /**
     * Codes a PROTEST in the sentence with {@code berunjuk rasa} and a COERCE (arrest) in the one with
     * {@code menangkap}, dated by the sentence's time expression else the publication date, sized by the sentence's
     * first count, placed by a LOC entity in the sentence.
     */
    private static final EventCoder PROTEST_AND_ARRESTS = (text, analysis) -> {
        List<Event> events = new ArrayList<>();
        String s = text.text();
        for (Sentence sentence : text.sentences()) {
            String words = sentence.text(s);
            Evidence evidence = new Evidence(words, sentence.start(), sentence.end());
            Quantity count = analysis.quantities().stream()
                    .filter(q -> q.start() >= sentence.start() && q.end() <= sentence.end()).findFirst().orElse(null);
            LocalDate date = analysis.times().stream()
                    .filter(t -> t.start() >= sentence.start() && t.end() <= sentence.end())
                    .map(TimeExpression::begin).findFirst().orElse(analysis.article().published().toLocalDate());
            if (words.contains("berunjuk rasa")) {
                int buruh = s.indexOf("buruh", sentence.start());
                Mention place = analysis.entities().get(0).mentions().get(0);
                EventLocation jakarta = new EventLocation("Jakarta", "IDN", "DKI Jakarta", -6.21462, 106.84513,
                        1642911, 1, EventLocation.Source.SENTENCE, place.start(), place.end());
                List<Count> size = count == null ? List.of() : List.of(new Count(Count.Kind.SIZE,
                        (long) count.value(), count.approximate(), count.unit(), count.start(), count.end()));
                events.add(new Event("PROTEST", "demo", new Actor("buruh", "IDN", "LAB", List.of(), buruh,
                        buruh + 5), null, jakarta, date, TimeExpression.Precision.DAY, null, null, null,
                        count == null ? null : (long) count.value(), count != null && count.approximate(), false,
                        Event.Modality.ASSERTED, false, size, List.of(evidence), 0.9));
            } else if (words.contains("menangkap")) {
                List<Count> arrested = count == null ? List.of() : List.of(new Count(Count.Kind.ARRESTED,
                        (long) count.value(), count.approximate(), count.unit(), count.start(), count.end()));
                events.add(new Event("COERCE", "arrest", new Actor("Polisi", "IDN", "COP", List.of(),
                        sentence.start(), sentence.start() + 6), new Actor("massa", "IDN", "CVL", List.of(), -1, -1),
                        null, date, TimeExpression.Precision.DAY, null, null,
                        count == null ? null : (long) count.value(), null, false, false, Event.Modality.ASSERTED,
                        false, arrested, List.of(evidence), 0.8));
            }
        }
        return events;
    };

    private static Stages stages(EventCoder coder) {
        return new Stages(text -> new LanguageGuess("id", 0.97), new RuleSentenceSplitter(),
                AnalyzerEventsTest::entities, new RuleQuantityFinder(), new RuleTimeExpressionFinder(),
                new RuleQuoteFinder(), coder);
    }

    private static Analysis analyze(EventCoder coder) {
        return new Analyzer(stages(coder), WartaOptions.defaults()).analyze(article());
    }

    @Test
    void theCoderRunsLastWithTheTextAndEverythingFoundBefore() {
        AtomicReference<Text> sawText = new AtomicReference<>();
        AtomicReference<Analysis> sawAnalysis = new AtomicReference<>();
        Analysis analysis = analyze((text, found) -> {
            sawText.set(text);
            sawAnalysis.set(found);
            return PROTEST_AND_ARRESTS.code(text, found);
        });

        assertThat(analysis.ok()).isTrue();
        assertThat(sawText.get().text()).isEqualTo(TEXT);
        assertThat(sawText.get().language()).isEqualTo("id");
        assertThat(sawText.get().sentences()).hasSizeGreaterThanOrEqualTo(3);
        Analysis found = sawAnalysis.get();
        assertThat(found.article().published()).isEqualTo(PUBLISHED);
        assertThat(found.entities()).isEqualTo(analysis.entities()).hasSize(2);
        assertThat(found.quantities()).isEqualTo(analysis.quantities()).isNotEmpty();
        assertThat(found.times()).isEqualTo(analysis.times()).isNotEmpty();
        assertThat(found.quotes()).isEqualTo(analysis.quotes()).hasSize(1);
        assertThat(found.events()).isEmpty();

        assertThat(analysis.events()).extracting(Event::type, Event::mode)
                .containsExactly(tuple("PROTEST", "demo"),
                        tuple("COERCE", "arrest"));
        Event protest = analysis.events().get(0);
        assertThat(protest.date()).isEqualTo(LocalDate.of(2022, 3, 14));
        assertThat(protest.size()).isEqualTo(1000L);
        assertThat(protest.approximate()).isTrue();
        assertThat(protest.location().name()).isEqualTo("Jakarta");
        assertThat(TEXT.substring(protest.location().start(), protest.location().end())).isEqualTo("Jakarta");
        Event arrests = analysis.events().get(1);
        assertThat(arrests.arrested()).isEqualTo(12L);
        assertThat(arrests.evidence().get(0).sentence()).startsWith("Polisi menangkap 12 orang");
    }

    @Test
    void aThrowingCoderKeepsTheRecordAndWhatTheOtherStagesFoundAndNamesTheStage() {
        Analysis analysis = analyze((text, found) -> {
            throw new IllegalStateException("trigger lexicon missing");
        });

        assertThat(analysis.ok()).isFalse();
        assertThat(analysis.article().errorCode()).isEqualTo("internal");
        assertThat(analysis.article().error()).isEqualTo("analysis stage events failed: "
                + "java.lang.IllegalStateException: trigger lexicon missing");
        assertThat(analysis.article().text()).isEqualTo(TEXT);
        assertThat(analysis.article().title()).isEqualTo(article().title());
        assertThat(analysis.language().language()).isEqualTo("id");
        assertThat(analysis.entities()).hasSize(2);
        assertThat(analysis.quantities()).extracting(Quantity::value).contains(12.0);
        assertThat(analysis.times()).isNotEmpty();
        assertThat(analysis.quotes()).hasSize(1);
        assertThat(analysis.events()).isEmpty();
    }

    @Test
    void aCoderReturningNullOrSpansOutsideTheTextIsABug() {
        Analysis none = analyze((text, found) -> null);
        assertThat(none.article().error()).isEqualTo("analysis stage events returned null");
        assertThat(none.events()).isEmpty();

        // the evidence of the arrests with the protest's sentence offsets: words and span disagree
        Analysis misplaced = analyze((text, found) -> {
            List<Event> events = PROTEST_AND_ARRESTS.code(text, found);
            Event arrests = events.get(1);
            Evidence first = events.get(0).evidence().get(0);
            String wrong = TEXT.substring(first.start() + 1, first.end() + 1);
            return List.of(withEvidence(arrests, new Evidence(wrong, first.start(), first.end())));
        });
        assertThat(misplaced.article().errorCode()).isEqualTo("internal");
        assertThat(misplaced.article().error()).contains("events").contains("outside");
        assertThat(misplaced.events()).isEmpty();
        assertThat(misplaced.quantities()).isNotEmpty();

        Analysis beyond = analyze((text, found) -> {
            Event protest = PROTEST_AND_ARRESTS.code(text, found).get(0);
            return List.of(new Event(protest.type(), protest.mode(), protest.actor(), protest.target(),
                    protest.location(), protest.date(), protest.datePrecision(), 5L, null, null, protest.size(),
                    protest.approximate(), false, Event.Modality.ASSERTED, false,
                    List.of(new Count(Count.Kind.KILLED, 5, false, "orang", TEXT.length() - 2, TEXT.length() + 4)),
                    protest.evidence(), protest.confidence()));
        });
        assertThat(beyond.article().error()).contains("events").contains("outside");
        assertThat(beyond.events()).isEmpty();
    }

    @Test
    void withoutSentencesTheCoderIsNotCalled() {
        Stages broken = stages((text, found) -> {
            throw new AssertionError("called without sentences");
        }).withSentences((text, language) -> {
            throw new IllegalStateException("splitter broken");
        });
        Analysis analysis = new Analyzer(broken, WartaOptions.defaults()).analyze(article());
        assertThat(analysis.article().error()).contains("sentences").doesNotContain("events");
        assertThat(analysis.events()).isEmpty();
        assertThat(analysis.quantities()).isNotEmpty();
    }

    @Test
    void theDefaultPipelineInventsNoEventsInAnArticleThatReportsNone() {
        String prices = """
                Harga cabai rawit merah di Pasar Induk Kramat Jati naik menjadi Rp 80.000 per kilogram pada Senin \
                (14/3), dari Rp 55.000 sepekan sebelumnya.

                Pedagang memperkirakan harga turun setelah panen raya di Jawa Tengah bulan depan. Sebanyak 40 ton \
                cabai masuk ke pasar itu setiap hari.""";
        Article article = new Article("harga-cabai.txt", Article.Status.OK, null, null, Format.TEXT, "UTF-8", null,
                "Warta Contoh", "id", "Harga Cabai Rawit Naik Jelang Ramadan", List.of(), PUBLISHED, null, null,
                null, List.of(), prices, List.of(), List.of());

        Analysis analysis = Analyzer.defaults(WartaOptions.defaults()).analyze(article);

        assertThat(analysis.ok()).isTrue();
        assertThat(analysis.quantities()).isNotEmpty();
        assertThat(analysis.events()).isEmpty();
    }

    private static Event withEvidence(Event e, Evidence evidence) {
        return new Event(e.type(), e.mode(), e.actor(), e.target(), e.location(), e.date(), e.datePrecision(),
                e.killed(), e.injured(), e.arrested(), e.size(), e.approximate(), e.negated(), e.modality(),
                e.reported(), e.counts(), List.of(evidence), e.confidence());
    }
}
