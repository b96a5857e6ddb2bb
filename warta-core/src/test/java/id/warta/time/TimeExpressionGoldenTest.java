package id.warta.time;

import id.warta.GoldenTsv;
import id.warta.QualityFloors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sentence of {@code time/golden.tsv} gives exactly the time expressions listed under it: offsets, value,
 * precision and whether the reference was needed.
 */
class TimeExpressionGoldenTest {

    private static final TimeExpressionFinder FINDER = new RuleTimeExpressionFinder();

    private record Expected(String expression, String value, TimeExpression.Precision precision, boolean relative) {
    }

    private record Case(String language, OffsetDateTime reference, String sentence, List<Expected> expected) {
    }

    @TestFactory
    List<DynamicTest> goldenSentences() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.language() + " @" + c.reference() + ": " + c.sentence(),
                    () -> check(c)));
        }
        assertThat(tests).hasSizeGreaterThan(30);
        return tests;
    }

    /** The canonical example article (read beside the checkout, not copied) gives the two dates issue 3 names. */
    @Test
    void canonicalExampleGivesTheDatesOfTheIssue() throws IOException {
        String text = Files.readString(QualityFloors.shared("examples", "intisari-2022-01-08-kazakhstan.txt"));
        List<String> found = FINDER.find(text, "id", OffsetDateTime.parse("2022-01-08T07:45+07:00")).stream()
                .map(t -> t.text(text) + " = " + t.value() + " " + t.precision()).toList();
        assertThat(found).contains("6 Januari 2022 = 2022-01-06 DAY", "1 Januari = 2022-01-01 DAY");
    }

    private static void check(Case c) {
        String s = c.sentence();
        List<TimeExpression> found = FINDER.find(s, c.language(), c.reference());
        assertThat(found.stream().map(t -> t.text(s)).toList()).as(s)
                .containsExactlyElementsOf(c.expected().stream().map(Expected::expression).toList());
        int from = 0;
        for (int k = 0; k < found.size(); k++) {
            TimeExpression t = found.get(k);
            Expected e = c.expected().get(k);
            int at = s.indexOf(e.expression(), from);
            assertThat(t.start()).as(e.expression()).isEqualTo(at);
            assertThat(t.end()).as(e.expression()).isEqualTo(at + e.expression().length());
            from = t.end();
            assertThat(t.value()).as(e.expression()).isEqualTo(e.value());
            assertThat(t.precision()).as(e.expression()).isEqualTo(e.precision());
            assertThat(t.relative()).as(e.expression()).isEqualTo(e.relative());
        }
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (GoldenTsv.Entry entry : GoldenTsv.read("/time/golden.tsv")) {
            String[] c = entry.fields();
            List<Expected> expected = new ArrayList<>();
            for (String[] f : entry.expectations()) {
                expected.add(new Expected(f[1], f[2], TimeExpression.Precision.valueOf(f[3]),
                        f[4].equals("relative")));
            }
            cases.add(new Case(c[0], c[1].equals("-") ? null : OffsetDateTime.parse(c[1]), c[2], expected));
        }
        return cases;
    }
}
