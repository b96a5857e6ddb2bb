package id.warta.events;

import id.warta.GoldenTsv;
import id.warta.QualityFloors;
import id.warta.quantity.Quantity;
import id.warta.quantity.RuleQuantityFinder;
import id.warta.text.RuleSentenceSplitter;
import id.warta.text.Sentence;
import id.warta.text.Text;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of {@code events/counts.tsv} gives exactly the counts listed under it (kind, value, approximation,
 * span and counted noun), and the canonical example gives the figures issue 4 names.
 */
class CasualtyCounterGoldenTest {

    private static final CasualtyCounter COUNTER = new CasualtyCounter();
    private static final RuleQuantityFinder QUANTITIES = new RuleQuantityFinder();

    private record Expected(Count.Kind kind, long value, boolean approximate, String expression, String who) {
    }

    @TestFactory
    List<DynamicTest> goldenCases() {
        List<DynamicTest> tests = new ArrayList<>();
        for (GoldenTsv.Entry entry : GoldenTsv.read("/events/counts.tsv")) {
            String language = entry.fields()[0];
            String text = entry.fields()[1];
            List<Expected> expected = new ArrayList<>();
            for (String[] f : entry.expectations()) {
                expected.add(new Expected(Count.Kind.valueOf(f[1]), Long.parseLong(f[2]), f[3].equals("approx"),
                        f[4], f[5].equals("-") ? null : f[5]));
            }
            tests.add(DynamicTest.dynamicTest(language + ": " + text, () -> check(language, text, expected)));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(40);
        return tests;
    }

    private static void check(String language, String s, List<Expected> expected) {
        List<Count> found = new ArrayList<>();
        for (Casualties c : perSentence(s, language)) {
            found.addAll(c.counts());
        }
        assertThat(found.stream().map(c -> c.kind() + " " + c.value() + " " + s.substring(c.start(), c.end()))
                .toList()).as(s).containsExactlyElementsOf(expected.stream()
                .map(e -> e.kind() + " " + e.value() + " " + e.expression()).toList());
        int from = 0;
        for (int k = 0; k < found.size(); k++) {
            Count c = found.get(k);
            Expected e = expected.get(k);
            int at = s.indexOf(e.expression(), from);
            assertThat(c.start()).as(e.expression()).isEqualTo(at);
            assertThat(c.end()).as(e.expression()).isEqualTo(at + e.expression().length());
            assertThat(c.approximate()).as(e.expression()).isEqualTo(e.approximate());
            assertThat(c.who()).as(e.expression()).isEqualTo(e.who());
            from = c.end();
        }
    }

    static List<Casualties> perSentence(String s, String language) {
        Text text = Text.of(s, language, new RuleSentenceSplitter());
        List<Quantity> quantities = QUANTITIES.find(s, language);
        List<Casualties> out = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            out.add(COUNTER.count(text, sentence, quantities));
        }
        return out;
    }

    /**
     * The canonical example (read beside the checkout, not copied): the troops sentence gives a size of 3,000, the
     * riot's sentences 30 and 18 killed and about 1,000 injured, which merge into killed 48 with both counts kept
     * and injured 1,000 approximate; no other sentence gives a casualty, and none a count from its dates.
     */
    @Test
    void canonicalExampleGivesTheFiguresOfTheIssue() throws IOException {
        String s = Files.readString(QualityFloors.shared("examples", "intisari-2022-01-08-kazakhstan.txt"));
        List<Casualties> sentences = perSentence(s, "id");
        List<Count> all = sentences.stream().flatMap(c -> c.counts().stream()).toList();
        assertThat(all).filteredOn(c -> c.kind() == Count.Kind.SIZE)
                .extracting(Count::value, Count::who).contains(org.assertj.core.groups.Tuple.tuple(3000L,
                        "pasukan terjun payung"));
        List<Casualties> riot = sentences.stream().filter(c -> c.killed() != null || c.injured() != null).toList();
        assertThat(riot).hasSize(2);
        Casualties merged = Casualties.merge(riot);
        assertThat(merged.killed()).isEqualTo(48L);
        assertThat(merged.injured()).isEqualTo(1000L);
        assertThat(merged.approximate()).isTrue();
        assertThat(merged.counts()).extracting(Count::kind, Count::value, Count::who, Count::approximate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Count.Kind.KILLED, 30L, "pengunjuk rasa", false),
                        org.assertj.core.groups.Tuple.tuple(Count.Kind.KILLED, 18L, "personel keamanan", false),
                        org.assertj.core.groups.Tuple.tuple(Count.Kind.INJURED, 1000L, "orang", true));
        assertThat(all).filteredOn(c -> c.kind() == Count.Kind.ARRESTED).isEmpty();
    }
}
