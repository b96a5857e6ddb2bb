package id.warta.quote;

import id.warta.GoldenTsv;
import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.text.RuleSentenceSplitter;
import id.warta.text.Text;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every paragraph of {@code quote/golden.tsv} gives exactly the quotes listed under it: the quoted words and their
 * offsets, the speaker, the role and the speaker's words in the attribution.
 */
class QuoteGoldenTest {

    private static final QuoteFinder FINDER = new RuleQuoteFinder();

    private record Expected(String text, String speaker, String role, String speakerWords) {
    }

    private record Case(String language, String text, List<Entity> entities, List<Expected> expected) {
    }

    @TestFactory
    List<DynamicTest> goldenParagraphs() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            String name = c.language() + (c.entities().isEmpty() ? "" : " +entities") + ": " + c.text();
            tests.add(DynamicTest.dynamicTest(name.replace("\n", " / "), () -> check(c)));
        }
        assertThat(tests).hasSizeGreaterThan(40);
        return tests;
    }

    private static void check(Case c) {
        String s = c.text();
        List<Quote> found = FINDER.find(Text.of(s, c.language(), new RuleSentenceSplitter()), c.entities());
        assertThat(found.stream().map(Quote::text).toList()).as(s)
                .containsExactlyElementsOf(c.expected().stream().map(Expected::text).toList());
        int from = 0;
        for (int k = 0; k < found.size(); k++) {
            Quote q = found.get(k);
            Expected e = c.expected().get(k);
            int at = s.indexOf(e.text(), from);
            assertThat(q.start()).as(e.text()).isEqualTo(at);
            assertThat(q.end()).as(e.text()).isEqualTo(at + e.text().length());
            from = q.end();
            assertThat(q.speaker()).as("speaker of " + e.text()).isEqualTo(e.speaker());
            assertThat(q.role()).as("role of " + e.text()).isEqualTo(e.role());
            if (e.speakerWords() == null) {
                assertThat(q.speakerStart()).as("speaker span of " + e.text()).isEqualTo(-1);
            } else {
                assertThat(q.speakerStart()).as("speaker span of " + e.text()).isNotNegative();
                assertThat(s.substring(q.speakerStart(), q.speakerEnd())).as("speaker span of " + e.text())
                        .isEqualTo(e.speakerWords());
            }
        }
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (GoldenTsv.Entry entry : GoldenTsv.read("/quote/golden.tsv")) {
            String text = entry.fields()[1].replace("\\n", "\n");
            List<Expected> expected = new ArrayList<>();
            List<Entity> entities = new ArrayList<>();
            for (String[] f : entry.expectations()) {
                switch (f[1]) {
                    case "quote" -> expected.add(new Expected(f[2], dash(f[3]), dash(f[4]), dash(f[5])));
                    case "person" -> entities.add(person(text, f[2], f[3].split("\\s*\\|\\s*")));
                    default -> throw new IllegalStateException("unknown expectation " + f[1]);
                }
            }
            cases.add(new Case(entry.fields()[0], text, entities, expected));
        }
        return cases;
    }

    /** A PERSON entity with a mention at every occurrence of each string, longer strings first, none overlapping. */
    static Entity person(String text, String name, String... mentions) {
        String[] sorted = mentions.clone();
        Arrays.sort(sorted, Comparator.comparingInt(String::length).reversed());
        boolean[] taken = new boolean[text.length()];
        List<Mention> found = new ArrayList<>();
        for (String m : sorted) {
            for (int at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) {
                boolean free = true;
                for (int i = at; i < at + m.length(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    Arrays.fill(taken, at, at + m.length(), true);
                    found.add(new Mention(at, at + m.length()));
                }
            }
        }
        assertThat(found).as("mentions of " + name).isNotEmpty();
        found.sort(Comparator.comparingInt(Mention::start));
        return new Entity(name, Entity.Type.PERSON, null, null, found);
    }

    private static String dash(String field) {
        return field.equals("-") ? null : field;
    }
}
