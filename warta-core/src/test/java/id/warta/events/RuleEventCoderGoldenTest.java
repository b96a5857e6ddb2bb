package id.warta.events;

import id.warta.GoldenTsv;
import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.analyze.Analyzer;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.Format;
import id.warta.text.Text;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every article of {@code events/coder-golden.tsv}, analysed by Warta's whole pipeline and coded by the shipped
 * coder, has each event listed under it: the type, mode, actor's and target's countries, actor's sector, negation,
 * modality, counts and date given there.
 */
class RuleEventCoderGoldenTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2022-01-10T10:00:00+07:00");
    private static final Analyzer ANALYZER = Warta.with(WartaOptions.defaults()).analyzer();
    private static final RuleEventCoder CODER = new RuleEventCoder();

    @TestFactory
    List<DynamicTest> goldenArticles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (GoldenTsv.Entry entry : GoldenTsv.read("/events/coder-golden.tsv")) {
            String[] f = entry.fields();
            tests.add(DynamicTest.dynamicTest(f[0] + ": " + f[2], () -> check(f[1], f[2], entry.expectations())));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(25);
        return tests;
    }

    private static void check(String language, String body, List<String[]> expectations) {
        Article article = new Article("golden", Article.Status.OK, null, null, Format.TEXT, "UTF-8", null, null,
                language, null, List.of(), PUBLISHED, null, null, null, List.of(), body, List.of(), List.of());
        Analysis analysis = ANALYZER.analyze(article);
        String text = body.substring(0, analysis.analysedLength());
        String tag = analysis.language().language();
        Text sentences = new Text(text, tag, ANALYZER.stages().sentences().split(text, tag));
        List<Event> events = CODER.code(sentences, analysis);
        for (String[] e : expectations) {
            assertThat(events).as("%s among %s", String.join(" ", e).strip(), events)
                    .anyMatch(event -> matches(event, e));
        }
    }

    private static boolean matches(Event e, String[] x) {
        return is(x[1], e.type()) && is(x[2], e.mode()) && is(x[3], e.actor().country())
                && is(x[4], e.actor().sector()) && is(x[5], e.target() == null ? null : e.target().country())
                && is(x[6], e.negated() ? "yes" : "no") && is(x[7], e.modality().name().toLowerCase())
                && is(x[8], e.killed()) && is(x[9], e.injured()) && is(x[10], e.arrested()) && is(x[11], e.size())
                && is(x[12], e.date());
    }

    private static boolean is(String expected, Object actual) {
        if (expected.equals("*")) {
            return true;
        }
        if (expected.equals("-")) {
            return actual == null;
        }
        return actual != null && expected.equals(actual.toString());
    }
}
