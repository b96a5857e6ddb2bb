package id.warta.events;

import id.warta.GoldenTsv;
import id.warta.internal.FoldedTokens;
import id.warta.text.RuleTokenizer;
import id.warta.text.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped trigger tables on news sentences written for the tests ({@code events/triggers-golden.tsv}). */
class TriggerLexiconTest {

    private static final RuleTokenizer TOKENIZER = new RuleTokenizer();

    /** A trigger found, described as the golden file writes it. */
    private record Found(String word, String description, String extent) {
    }

    static List<Found> triggers(String language, String sentence) {
        List<Token> tokens = TOKENIZER.tokenize(sentence, language);
        FoldedTokens folded = FoldedTokens.of(sentence, tokens);
        List<Found> out = new ArrayList<>();
        for (TriggerMatch m : TriggerLexicon.of(language).matches(folded)) {
            String word = sentence.substring(tokens.get(m.anchorStart()).start(), tokens.get(m.anchorEnd() - 1).end());
            String extent = sentence.substring(tokens.get(m.start()).start(), tokens.get(m.end() - 1).end());
            Trigger t = m.trigger();
            out.add(new Found(word, String.join("\t", t.event(), t.mode() == null ? "-" : t.mode(),
                    m.voice().name(), m.count() == null ? "-" : m.count().name()), extent));
        }
        return out;
    }

    @Test
    void goldenSentences() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (GoldenTsv.Entry e : GoldenTsv.read("/events/triggers-golden.tsv")) {
            String language = e.fields()[0];
            String sentence = e.fields()[1];
            List<Found> found = triggers(language, sentence);
            for (String[] x : e.expectations()) {
                checked++;
                if (x[1].equals("+")) {
                    String expected = String.join("\t", x[3], x[4], x[5], x[6]);
                    Found f = found.stream().filter(t -> t.word().equals(x[2])).findFirst().orElse(null);
                    if (f == null || !f.description().equals(expected) || !f.extent().equals(x[7])) {
                        failures.add(sentence + "\n  expected " + x[2] + " " + expected + " [" + x[7] + "]\n  found    "
                                + found);
                    }
                } else if (found.stream().anyMatch(t -> t.word().contains(x[2]))) {
                    failures.add(sentence + "\n  expected no trigger on " + x[2] + "\n  found    " + found);
                }
            }
        }
        assertThat(checked).isGreaterThan(90);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void matchAtAWordGivesItsBestReading() {
        String s = "Polisi menangkap 12 orang.";
        FoldedTokens tokens = FoldedTokens.of(s, TOKENIZER.tokenize(s, "id"));
        assertThat(TriggerLexicon.indonesian().match(tokens, 1)).hasValueSatisfying(m -> {
            assertThat(m.lemma()).isEqualTo("tangkap");
            assertThat(m.trigger().cameo()).isEqualTo("173");
            assertThat(m.count()).isEqualTo(Count.Kind.ARRESTED);
        });
        assertThat(TriggerLexicon.indonesian().match(tokens, 0)).isEmpty();
    }

    @Test
    void everyInflectionOfAnEnglishVerbTriggers() {
        for (String form : List.of("attack", "attacks", "attacking", "attacked")) {
            List<Found> found = triggers("en", "Rebels " + form + " the convoy.");
            assertThat(found).as(form).extracting(Found::word).containsExactly(form);
            assertThat(found.get(0).description()).startsWith("ASSAULT");
        }
        // Irregular forms come from the dictionary's own lists or the inflector's: shot, fought, withdrew.
        for (String form : List.of("shoot", "shoots", "shooting", "shot")) {
            List<Found> found = triggers("en", "Soldiers " + form + " at the crowd.");
            assertThat(found).as(form).extracting(Found::word).containsExactly(form);
            assertThat(found.get(0).description()).startsWith("ASSAULT");
        }
    }

    @Test
    void otherLanguagesHaveNoTriggers() {
        String s = "La police a arrêté douze manifestants.";
        FoldedTokens tokens = FoldedTokens.of(s, TOKENIZER.tokenize(s, "fr"));
        assertThat(TriggerLexicon.of("fr").matches(tokens)).isEmpty();
        assertThat(TriggerLexicon.of(null).forms()).isZero();
        assertThat(TriggerLexicon.of("id-ID")).isSameAs(TriggerLexicon.indonesian());
        assertThat(TriggerLexicon.of("en_GB")).isSameAs(TriggerLexicon.english());
    }

    @Test
    void tablesHaveTheirSize() {
        assertThat(TriggerLexicon.indonesian().forms()).isGreaterThan(800);
        assertThat(TriggerLexicon.indonesian().patterns()).isGreaterThan(200);
        assertThat(TriggerLexicon.english().forms()).isGreaterThan(6000);
        assertThat(TriggerLexicon.english().patterns()).isGreaterThan(4000);
    }

    @Test
    void emptySentenceHasNoTriggers() {
        assertThat(TriggerLexicon.indonesian().matches(FoldedTokens.of("", List.of()))).isEmpty();
    }
}
