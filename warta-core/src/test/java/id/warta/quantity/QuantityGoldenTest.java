package id.warta.quantity;

import id.warta.GoldenTsv;
import id.warta.QualityFloors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sentence of {@code quantity/golden.tsv} gives exactly the quantities listed under it: expression offsets,
 * value (and range), approximation, kind and unit with its offsets.
 */
class QuantityGoldenTest {

    private static final QuantityFinder FINDER = new RuleQuantityFinder();

    private record Expected(String expression, double value, double upper, boolean approximate,
                            Quantity.Kind kind, String unit) {
    }

    private record Case(String language, String sentence, List<Expected> expected) {
    }

    @TestFactory
    List<DynamicTest> goldenSentences() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.language() + ": " + c.sentence(), () -> check(c)));
        }
        assertThat(tests).hasSizeGreaterThan(30);
        return tests;
    }

    /** The canonical example article (read beside the checkout, not copied) gives the figures issue 3 names. */
    @Test
    void canonicalExampleGivesTheFiguresOfTheIssue() throws IOException {
        String text = Files.readString(QualityFloors.shared("examples", "intisari-2022-01-08-kazakhstan.txt"));
        List<String> found = FINDER.find(text, "id").stream()
                .map(q -> (long) q.value() + " " + q.unit() + (q.approximate() ? " ~" : "")).toList();
        assertThat(found).contains("3000 pasukan terjun payung", "30 pengunjuk rasa", "18 personel keamanan",
                "1000 orang ~");
    }

    private static void check(Case c) {
        String s = c.sentence();
        List<Quantity> found = FINDER.find(s, c.language());
        assertThat(found.stream().map(q -> q.text(s)).toList()).as(s)
                .containsExactlyElementsOf(c.expected().stream().map(Expected::expression).toList());
        int from = 0;
        for (int k = 0; k < found.size(); k++) {
            Quantity q = found.get(k);
            Expected e = c.expected().get(k);
            int at = s.indexOf(e.expression(), from);
            assertThat(q.start()).as(e.expression()).isEqualTo(at);
            assertThat(q.end()).as(e.expression()).isEqualTo(at + e.expression().length());
            from = q.end();
            assertThat(q.value()).as(e.expression()).isEqualTo(e.value());
            assertThat(q.upper()).as(e.expression()).isEqualTo(e.upper());
            assertThat(q.approximate()).as(e.expression()).isEqualTo(e.approximate());
            assertThat(q.kind()).as(e.expression()).isEqualTo(e.kind());
            assertThat(q.unit()).as(e.expression()).isEqualTo(e.unit());
            if (e.kind() == Quantity.Kind.COUNT && e.unit() != null) {
                // The noun's offsets point at the noun as written, inside the expression.
                assertThat(s.substring(q.unitStart(), q.unitEnd())).isEqualTo(e.unit());
                int nounAt = s.indexOf(e.unit(), at);
                assertThat(q.unitStart()).isEqualTo(nounAt);
            }
        }
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (GoldenTsv.Entry entry : GoldenTsv.read("/quantity/golden.tsv")) {
            List<Expected> expected = new ArrayList<>();
            for (String[] f : entry.expectations()) {
                String[] range = f[2].split("\\.\\.");
                double value = Double.parseDouble(range[0]);
                double upper = range.length > 1 ? Double.parseDouble(range[1]) : value;
                expected.add(new Expected(f[1], value, upper, f[3].equals("approx"), Quantity.Kind.valueOf(f[4]),
                        f[5].equals("-") ? null : f[5]));
            }
            cases.add(new Case(entry.fields()[0], entry.fields()[1], expected));
        }
        return cases;
    }
}
