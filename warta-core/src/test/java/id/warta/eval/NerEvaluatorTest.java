package id.warta.eval;

import id.warta.ner.NameSample;
import id.warta.ner.Entity;
import id.warta.ner.Entity.Type;
import id.warta.ner.EntityFinder;
import id.warta.ner.Mention;
import id.warta.text.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Pins the CoNLL exact-span scorer on a case counted by hand, then the finder path over texts. */
class NerEvaluatorTest {

    private static NameSample.Span span(int start, int end, Type type) {
        return new NameSample.Span(start, end, type);
    }

    // Presiden0 Joko1 Widodo2 bertemu3 Perdana4 Menteri5 Anthony6 Albanese7 di8 Istana9 Bogor10 .11
    private static final NameSample ISTANA = new NameSample(List.of("Presiden", "Joko", "Widodo", "bertemu", "Perdana",
            "Menteri", "Anthony", "Albanese", "di", "Istana", "Bogor", "."),
            List.of(span(1, 3, Type.PERSON), span(6, 8, Type.PERSON), span(9, 11, Type.LOC)), true);
    // Komisi0 Pemberantasan1 Korupsi2 (3 KPK4 )5 memeriksa6 saksi7 di8 Jakarta9 .10
    private static final NameSample KPK = new NameSample(List.of("Komisi", "Pemberantasan", "Korupsi", "(", "KPK", ")",
            "memeriksa", "saksi", "di", "Jakarta", "."),
            List.of(span(0, 3, Type.ORG), span(4, 5, Type.ORG), span(9, 10, Type.LOC)), false);

    /*
     * 6 gold spans, 5 predicted: 3 exact (Joko Widodo, Komisi Pemberantasan Korupsi, KPK), 1 boundary error
     * (Albanese for Anthony Albanese), 1 type error (Istana Bogor as ORG), 1 gold span not predicted (Jakarta).
     *   PERSON  gold 2, pred 2: tp 1, fp 1 (Albanese), fn 1 (Anthony Albanese)  P 1/2  R 1/2  F1 1/2
     *   ORG     gold 2, pred 3: tp 2, fp 1 (Istana Bogor), fn 0                  P 2/3  R 1    F1 2*2/(2+3) = 4/5
     *   LOC     gold 2, pred 0: tp 0, fp 0, fn 2 (Istana Bogor, Jakarta)         P 0    R 0    F1 0
     *   overall tp 3, fp 2, fn 3: P 3/5 = 0.6, R 3/6 = 0.5, F1 2*3/(6+5) = 6/11 = 0.5454...
     */
    private static final List<List<NameSample.Span>> PREDICTED = List.of(
            List.of(span(1, 3, Type.PERSON), span(7, 8, Type.PERSON), span(9, 11, Type.ORG)),
            List.of(span(0, 3, Type.ORG), span(4, 5, Type.ORG)));

    @Test
    void exactSpanScoresCountedByHand() {
        NerScore s = NerEvaluator.score(List.of(ISTANA.entities(), KPK.entities()), PREDICTED);
        assertThat(s.counts(Type.PERSON)).isEqualTo(new NerScore.Counts(1, 1, 1));
        assertThat(s.counts(Type.ORG)).isEqualTo(new NerScore.Counts(2, 1, 0));
        assertThat(s.counts(Type.LOC)).isEqualTo(new NerScore.Counts(0, 0, 2));
        assertThat(s.overall()).isEqualTo(new NerScore.Counts(3, 2, 3));
        assertThat(s.counts(Type.PERSON).f1()).isEqualTo(0.5);
        assertThat(s.counts(Type.ORG).precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.counts(Type.ORG).recall()).isEqualTo(1.0);
        assertThat(s.counts(Type.ORG).f1()).isCloseTo(0.8, within(1e-12));
        assertThat(s.counts(Type.LOC).precision()).isZero();
        assertThat(s.counts(Type.LOC).f1()).isZero();
        assertThat(s.overall().precision()).isCloseTo(0.6, within(1e-12));
        assertThat(s.overall().recall()).isCloseTo(0.5, within(1e-12));
        assertThat(s.f1()).isCloseTo(6.0 / 11, within(1e-12));
        assertThat(s.unaligned()).isZero();
    }

    @Test
    void theTableShowsEveryTypeAndTheOverallRow() {
        String table = NerEvaluator.score(List.of(ISTANA.entities(), KPK.entities()), PREDICTED).toString();
        assertThat(table.lines()).hasSize(5);
        assertThat(table.lines().toList().get(2).split(" +"))
                .containsExactly("ORG", "2", "3", "2", "1", "0", "0.6667", "1.0000", "0.8000");
        assertThat(table.lines().toList().get(4).split(" +"))
                .containsExactly("overall", "6", "5", "3", "2", "3", "0.6000", "0.5000", "0.5455");
    }

    @Test
    void aSpanPredictedTwiceAndOverlappingSpansCountAsTheyAre() {
        List<NameSample.Span> gold = List.of(span(1, 3, Type.PERSON));
        List<NameSample.Span> predicted = List.of(span(1, 3, Type.PERSON), span(1, 3, Type.PERSON),
                span(2, 3, Type.PERSON), span(1, 2, Type.LOC));
        NerScore s = NerEvaluator.scoreSentence(gold, predicted);
        assertThat(s.counts(Type.PERSON)).isEqualTo(new NerScore.Counts(1, 2, 0));
        assertThat(s.counts(Type.LOC)).isEqualTo(new NerScore.Counts(0, 1, 0));
    }

    @Test
    void aSpanInTheWrongSentenceIsWrong() {
        // Joko Widodo's token span, predicted for the KPK sentence
        NerScore s = NerEvaluator.score(List.of(List.of(span(1, 3, Type.PERSON)), List.of()),
                List.of(List.of(), List.of(span(1, 3, Type.PERSON))));
        assertThat(s.overall()).isEqualTo(new NerScore.Counts(0, 1, 1));
    }

    @Test
    void emptySentencesAndNoSpansScoreZeroWithoutFailing() {
        NerScore s = NerEvaluator.score(List.of(List.of(), List.of()), List.of(List.of(), List.of()));
        assertThat(s.overall()).isEqualTo(NerScore.Counts.ZERO);
        assertThat(s.f1()).isZero();
        NameSample empty = new NameSample(List.of(), List.of(), true);
        List<Text> seen = new ArrayList<>();
        NerScore run = NerEvaluator.evaluate(List.of(empty), text -> {
            seen.add(text);
            return List.of();
        }, "id");
        assertThat(seen).containsExactly(new Text("", "id", List.of()));
        assertThat(run.overall()).isEqualTo(NerScore.Counts.ZERO);
        assertThatThrownBy(() -> NerEvaluator.score(List.of(List.of()), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The hand-counted predictions as a finder gives them, by characters: KPK as a second mention of the
     * commission, plus "Jakart", cut inside a token, which no gold span can equal.
     */
    private static final EntityFinder HAND_FINDER = text -> {
        String s = text.text();
        List<Entity> found = new ArrayList<>();
        add(found, s, Type.PERSON, "Joko Widodo");
        add(found, s, Type.PERSON, "Albanese");
        add(found, s, Type.ORG, "Istana Bogor");
        add(found, s, Type.ORG, "Komisi Pemberantasan Korupsi", "KPK");
        add(found, s, Type.LOC, "Jakart");
        return found;
    };

    private static void add(List<Entity> found, String text, Type type, String... mentions) {
        List<Mention> ms = new ArrayList<>();
        for (String m : mentions) {
            int at = text.indexOf(m);
            if (at >= 0) {
                ms.add(new Mention(at, at + m.length()));
            }
        }
        if (!ms.isEmpty()) {
            found.add(new Entity(mentions[0], type, null, null, ms));
        }
    }

    @Test
    void aFinderIsScoredThroughTheCharacterOffsets() {
        // the hand-counted case, plus "Jakart": one more LOC false positive, not on the token boundaries
        NerScore expected = new NerScore(Map.of(Type.PERSON, new NerScore.Counts(1, 1, 1),
                Type.ORG, new NerScore.Counts(2, 1, 0), Type.LOC, new NerScore.Counts(0, 1, 2)), 1);
        List<NameSample> samples = List.of(ISTANA, KPK);
        assertThat(NerEvaluator.evaluate(samples, HAND_FINDER, "id")).isEqualTo(expected);
        NerEvaluator.Options two = NerEvaluator.Options.of("id").withSentencesPerText(2);
        assertThat(NerEvaluator.evaluate(samples, HAND_FINDER, two)).isEqualTo(expected);
        assertThat(NerEvaluator.evaluate(samples, HAND_FINDER, two.withThreads(3))).isEqualTo(expected);
        // overall: tp 3, fp 3, fn 3
        assertThat(expected.f1()).isEqualTo(0.5);
        assertThat(expected.toString()).contains("(1 predicted mentions off the token boundaries, counted in fp)");
    }

    @Test
    void aMentionAcrossTwoSentencesOfOneTextIsAFalsePositive() {
        EntityFinder across = text -> {
            int from = text.text().indexOf("Bogor");
            int to = text.text().indexOf("Korupsi") + "Korupsi".length();
            return List.of(new Entity("Bogor . Komisi Pemberantasan Korupsi", Type.ORG, null, null,
                    List.of(new Mention(from, to))));
        };
        NerScore s = NerEvaluator.evaluate(List.of(ISTANA, KPK), across,
                NerEvaluator.Options.of("id").withSentencesPerText(2));
        assertThat(s.counts(Type.ORG)).isEqualTo(new NerScore.Counts(0, 1, 2));
        assertThat(s.unaligned()).isEqualTo(1);
    }

    @Test
    void textsHoldAtMostTheAskedSentencesAndNeverCrossADocument() {
        NameSample first = new NameSample(List.of("Hujan", "deras", "."), List.of(), true);
        NameSample next = new NameSample(List.of("Sungai", "meluap", "."), List.of(), false);
        List<NameSample> samples = List.of(first, next, next, first, next);
        assertThat(NerEvaluator.documents(samples, "id", 2)).extracting(d -> d.samples().size())
                .containsExactly(2, 1, 2);
        assertThat(NerEvaluator.documents(samples, "id", 10)).extracting(d -> d.samples().size())
                .containsExactly(3, 2);
        assertThat(NerEvaluator.documents(samples, "id", 1)).hasSize(5);
        assertThat(NerEvaluator.documents(List.of(), "id", 1)).isEmpty();
        assertThat(NerEvaluator.documents(samples, "id", 10).get(0).text().text())
                .isEqualTo("Hujan deras . Sungai meluap . Sungai meluap .");
    }

    @Test
    void aFailingFinderFailsTheRunOnAnyNumberOfThreads() {
        EntityFinder broken = text -> {
            throw new IllegalStateException("model not loaded");
        };
        for (int threads = 1; threads <= 2; threads++) {
            NerEvaluator.Options options = NerEvaluator.Options.of("id").withThreads(threads);
            assertThatThrownBy(() -> NerEvaluator.evaluate(List.of(ISTANA), broken, options))
                    .isInstanceOf(IllegalStateException.class).hasMessage("model not loaded");
        }
    }
}
