package id.warta.analyze;

import id.warta.WartaOptions;
import id.warta.lang.LanguageGuess;
import id.warta.lang.LanguageIdentifier;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.Failure;
import id.warta.model.Format;
import id.warta.ner.Entity;
import id.warta.ner.EntityFinder;
import id.warta.ner.Mention;
import id.warta.quantity.Quantity;
import id.warta.quantity.RuleQuantityFinder;
import id.warta.quote.Quote;
import id.warta.quote.QuoteFinder;
import id.warta.text.RuleSentenceSplitter;
import id.warta.time.RuleTimeExpressionFinder;
import id.warta.time.TimeExpression;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The pipeline's wiring, with the rule stages of this project and small stand-ins for the language, entity and
 * quote stages that record what they are given.
 */
class AnalyzerTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2022, 3, 14, 10, 30, 0, 0,
            ZoneOffset.ofHours(7));

    private static final String ENGLISH = """
            Floods inundated at least 2,300 homes in Bekasi regency, West Java, after heavy rain that began on \
            Saturday night.

            "The water started rising at 2 a.m.," Hadi Prasetyo, the head of the regency's disaster agency, told \
            reporters on Monday. About 4,500 residents fled to 12 shelters yesterday.""";

    private static final String INDONESIAN = """
            Banjir merendam sedikitnya 2.300 rumah di Kabupaten Bekasi, Jawa Barat, setelah hujan deras \
            mengguyur sejak Sabtu (12/3) malam.

            "Air mulai naik pukul 02.00 dini hari," kata Hadi Prasetyo, Kepala BPBD Kabupaten Bekasi. Sekitar \
            4.500 warga mengungsi kemarin, dan banjir serupa melanda pada 20 Februari 2021.""";

    /** What each stage was called with: stage name to the language it received. */
    private final Map<String, String> languages = new ConcurrentHashMap<>();
    private final List<List<Entity>> quoteFinderSaw = Collections.synchronizedList(new ArrayList<>());

    private static Article article(String text, OffsetDateTime published) {
        return new Article("banjir.txt", Article.Status.OK, null, null, Format.TEXT, "UTF-8", null, "Warta Contoh",
                "id", "Banjir Rendam 2.300 Rumah di Kabupaten Bekasi", List.of("Dewi Lestari"), published, null,
                null, null, List.of(), text, List.of(), List.of());
    }

    /** The person named "Hadi Prasetyo", wherever the text has that name or "Hadi" alone. */
    private static final EntityFinder HADI = text -> {
        List<Mention> mentions = new ArrayList<>();
        String s = text.text();
        for (int i = s.indexOf("Hadi"); i >= 0; i = s.indexOf("Hadi", i + 1)) {
            mentions.add(new Mention(i, s.startsWith("Hadi Prasetyo", i) ? i + "Hadi Prasetyo".length() : i + 4));
        }
        return mentions.isEmpty() ? List.of()
                : List.of(new Entity("Hadi Prasetyo", Entity.Type.PERSON, null, null, mentions));
    };

    private Stages stages(String identified) {
        LanguageIdentifier language = text -> new LanguageGuess(identified, 0.9);
        RuleSentenceSplitter splitter = new RuleSentenceSplitter();
        RuleQuantityFinder quantities = new RuleQuantityFinder();
        RuleTimeExpressionFinder times = new RuleTimeExpressionFinder();
        QuoteFinder quotes = (text, entities) -> {
            quoteFinderSaw.add(entities);
            return List.of();
        };
        return new Stages(language,
                (text, lang) -> {
                    record("sentences", lang);
                    return splitter.split(text, lang);
                },
                HADI,
                (text, lang) -> {
                    record("quantities", lang);
                    return quantities.find(text, lang);
                },
                (text, lang, reference) -> {
                    record("times", lang);
                    return times.find(text, lang, reference);
                },
                quotes,
                (text, analysis) -> List.of());
    }

    private void record(String stage, String language) {
        languages.put(stage, String.valueOf(language));
    }

    private static Analyzer analyzer(Stages stages) {
        return new Analyzer(stages, WartaOptions.defaults());
    }

    @Test
    void theIdentifiedLanguageChoosesTheRulesOfTheLaterStages() {
        Analysis english = analyzer(stages("en")).analyze(article(ENGLISH, PUBLISHED));

        assertThat(languages).containsEntry("sentences", "en").containsEntry("quantities", "en")
                .containsEntry("times", "en");
        assertThat(english.language()).isEqualTo(new LanguageGuess("en", 0.9));
        // read as English, the comma is a thousands separator
        assertThat(english.quantities()).extracting(Quantity::value).startsWith(2300.0);

        Analysis undetermined = analyzer(stages(LanguageGuess.UNDETERMINED)).analyze(article(INDONESIAN, PUBLISHED));
        assertThat(languages).containsEntry("sentences", "null").containsEntry("quantities", "null")
                .containsEntry("times", "null");
        assertThat(undetermined.language().language()).isEqualTo("und");
        assertThat(undetermined.ok()).isTrue();
    }

    @Test
    void timesResolveAgainstThePublicationDateAndOnlyAbsoluteOnesWithoutIt() {
        Analysis dated = analyzer(stages("id")).analyze(article(INDONESIAN, PUBLISHED));
        assertThat(dated.times()).extracting(t -> t.text(INDONESIAN), TimeExpression::begin).containsExactly(
                tuple("Sabtu (12/3) malam", LocalDate.of(2022, 3, 12)),
                tuple("kemarin", LocalDate.of(2022, 3, 13)),
                tuple("20 Februari 2021", LocalDate.of(2021, 2, 20)));

        Analysis undated = analyzer(stages("id")).analyze(article(INDONESIAN, null));
        assertThat(undated.times()).extracting(t -> t.text(INDONESIAN)).containsExactly("20 Februari 2021");
    }

    @Test
    void theQuoteFinderIsGivenTheEntities() {
        Analysis analysis = analyzer(stages("id")).analyze(article(INDONESIAN, PUBLISHED));
        assertThat(analysis.entities()).hasSize(1);
        assertThat(quoteFinderSaw).containsExactly(analysis.entities());
    }

    @Test
    void aFailingStageKeepsTheArticleAndWhatTheOtherStagesFound() {
        Stages broken = stages("id").withEntities(text -> {
            throw new IllegalStateException("model file truncated");
        });
        Article article = article(INDONESIAN, PUBLISHED);

        Analysis analysis = analyzer(broken).analyze(article);

        assertThat(analysis.ok()).isFalse();
        assertThat(analysis.article().errorCode()).isEqualTo("internal");
        assertThat(analysis.article().error()).contains("entities").contains("model file truncated");
        assertThat(analysis.article().text()).isEqualTo(article.text());
        assertThat(analysis.article().title()).isEqualTo(article.title());
        assertThat(analysis.article().published()).isEqualTo(PUBLISHED);
        assertThat(analysis.entities()).isEmpty();
        assertThat(analysis.quantities()).extracting(Quantity::value).contains(2300.0, 4500.0);
        assertThat(analysis.times()).hasSize(3);
        assertThat(analysis.language().language()).isEqualTo("id");
        assertThat(quoteFinderSaw).containsExactly(List.of()); // the quotes still ran, without entities
        assertThat(analysis.analysedLength()).isEqualTo(article.text().length());
    }

    @Test
    void aStageGivingOffsetsOutsideTheTextIsABugToo() {
        Stages broken = stages("id").withQuantities((text, language) -> List.of(new Quantity(text.length() - 2,
                text.length() + 5, 3, 3, false, Quantity.Kind.COUNT, null, -1, -1)));
        Analysis analysis = analyzer(broken).analyze(article(INDONESIAN, PUBLISHED));
        assertThat(analysis.article().errorCode()).isEqualTo("internal");
        assertThat(analysis.article().error()).contains("quantities").contains("outside");
        assertThat(analysis.quantities()).isEmpty();
        assertThat(analysis.times()).isNotEmpty();

        Stages badQuote = stages("id").withQuotes((text, entities) -> List.of(
                new Quote("Hadi Prasetyo", null, "Air mulai naik", 3, 17, -1, -1)));
        Analysis quoted = analyzer(badQuote).analyze(article(INDONESIAN, PUBLISHED));
        assertThat(quoted.article().error()).contains("quotes");
        assertThat(quoted.quotes()).isEmpty();
    }

    @Test
    void twoFailingStagesAreBothNamed() {
        Stages broken = stages("id")
                .withLanguage(text -> {
                    throw new ArrayIndexOutOfBoundsException(7);
                })
                .withSentences((text, language) -> {
                    throw new StackOverflowError();
                });
        Analysis analysis = analyzer(broken).analyze(article(INDONESIAN, PUBLISHED));
        assertThat(analysis.article().error()).contains("language").contains("sentences");
        assertThat(analysis.language().language()).isEqualTo("und");
        // entities and quotes need the sentences; quantities and times do not
        assertThat(analysis.entities()).isEmpty();
        assertThat(quoteFinderSaw).isEmpty();
        assertThat(analysis.quantities()).isNotEmpty();
    }

    @Test
    void anErrorArticlePassesThroughUntouched() {
        Stages exploding = new Stages(text -> {
            throw new AssertionError("called");
        }, (text, language) -> {
            throw new AssertionError("called");
        }, text -> {
            throw new AssertionError("called");
        }, (text, language) -> {
            throw new AssertionError("called");
        }, (text, language, reference) -> {
            throw new AssertionError("called");
        }, (text, entities) -> {
            throw new AssertionError("called");
        }, (text, analysis) -> {
            throw new AssertionError("called");
        });
        Article failed = Article.failed("laporan.pdf", null, Failure.of("binary", "looks like a PDF document"));

        Analysis analysis = analyzer(exploding).analyze(failed);

        assertThat(analysis.article()).isSameAs(failed);
        assertThat(analysis.language()).isNull();
        assertThat(analysis.analysedLength()).isZero();
        assertThat(analysis.entities()).isEmpty();
        assertThat(analysis.quantities()).isEmpty();
        assertThat(analysis.times()).isEmpty();
        assertThat(analysis.quotes()).isEmpty();
        assertThat(analysis.events()).isEmpty();
    }

    @Test
    void textBeyondTheLimitIsNotAnalysedAndTheRecordSaysSo() {
        String text = INDONESIAN + "\n\n" + "Warga berharap pemerintah segera menormalisasi sungai. ".repeat(10)
                + "Pemerintah menyiapkan 40 pompa air.";
        int limit = INDONESIAN.length() + 100;
        Analyzer analyzer = new Analyzer(stages("id"), WartaOptions.defaults().withMaxAnalysedChars(limit));

        Analysis analysis = analyzer.analyze(article(text, PUBLISHED));

        assertThat(analysis.ok()).isTrue();
        assertThat(analysis.truncated()).isTrue();
        assertThat(analysis.analysedLength()).isLessThanOrEqualTo(limit).isGreaterThan(limit - 20);
        assertThat(Character.isWhitespace(text.charAt(analysis.analysedLength()))).isTrue();
        assertThat(analysis.article().text()).isEqualTo(text); // the record keeps the whole text
        assertThat(analysis.quantities()).extracting(Quantity::value).doesNotContain(40.0).contains(4500.0);
        assertThat(analysis.quantities()).allMatch(q -> q.end() <= analysis.analysedLength());
        assertThat(analysis.times()).allMatch(t -> t.end() <= analysis.analysedLength());
        assertThat(analysis.entities()).flatMap(Entity::mentions)
                .allMatch(m -> m.end() <= analysis.analysedLength());
    }

    @Test
    void theCutFallsOnASpaceNearTheLimitAndKeepsSurrogatePairsWhole() {
        assertThat(Analyzer.analysedLength("pendek", 100)).isEqualTo(6);
        assertThat(Analyzer.analysedLength("banjir merendam rumah", 12)).isEqualTo(6);
        assertThat(Analyzer.analysedLength("banjir merendam rumah", 15)).isEqualTo(15); // the space itself
        String noSpace = "a".repeat(5000);
        assertThat(Analyzer.analysedLength(noSpace, 3000)).isEqualTo(3000);
        String emoji = "x".repeat(2999) + "\uD83D\uDE00" + "y".repeat(10);
        assertThat(Analyzer.analysedLength(emoji, 3000)).isEqualTo(2999);
    }
}
