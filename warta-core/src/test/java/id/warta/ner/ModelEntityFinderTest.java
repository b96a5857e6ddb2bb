package id.warta.ner;

import id.warta.GoldenTsv;
import id.warta.text.RuleSentenceSplitter;
import id.warta.text.Text;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped finder on hand-written news sentences ({@code ner/golden.tsv}) and on awkward input. */
class ModelEntityFinderTest {

    private static final ModelEntityFinder FINDER = ModelEntityFinder.shared();
    private static final RuleSentenceSplitter SPLITTER = new RuleSentenceSplitter();

    static List<Entity> find(String text, String language) {
        return FINDER.find(Text.of(text, language, SPLITTER));
    }

    @TestFactory
    Stream<DynamicTest> goldenSentences() {
        return GoldenTsv.read("/ner/golden.tsv").stream().map(entry -> {
            String language = entry.fields()[0];
            String text = entry.fields()[1];
            return DynamicTest.dynamicTest(text.substring(0, Math.min(60, text.length())), () -> {
                List<Entity> found = find(text, language);
                for (String[] e : entry.expectations()) {
                    Entity.Type type = Entity.Type.valueOf(e[1]);
                    String name = e[2];
                    Entity entity = found.stream().filter(x -> x.type() == type && x.text().equals(name))
                            .findFirst().orElse(null);
                    assertThat(entity).as("%s %s in %s", type, name, found).isNotNull();
                    if (!"-".equals(e[3])) {
                        assertThat(entity.country()).as("country of " + name).isEqualTo(e[3]);
                    }
                    if (!"-".equals(e[4])) {
                        assertThat(entity.kind()).as("kind of " + name).isEqualTo(e[4]);
                    }
                    List<String> mentions = new ArrayList<>();
                    entity.mentions().forEach(m -> mentions.add(m.text(text)));
                    List<String> expected = new ArrayList<>(List.of(name));
                    if (!"-".equals(e[5])) {
                        expected.addAll(Arrays.asList(e[5].split("\\|")));
                    }
                    // as a multiset: every expected mention, repeats counted
                    for (String m : expected) {
                        assertThat(mentions.remove(m)).as("mention %s of %s in %s", m, name, entity.mentions())
                                .isTrue();
                    }
                }
            });
        });
    }

    @Test
    void aSentenceLongerThanTheWindowIsTaggedWhole() {
        // one "sentence" of 100 clauses and 600 tokens: tagged in windows of ModelEntityFinder.WINDOW tokens
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            b.append("Presiden Joko Widodo meninjau Surabaya , ");
        }
        String text = b.append("lalu pulang").toString();
        Text analysed = Text.of(text, "id", SPLITTER);
        assertThat(analysed.sentences()).hasSize(1);
        assertThat(analysed.sentences().get(0).tokens().size()).isGreaterThan(2 * ModelEntityFinder.WINDOW);
        List<Entity> found = FINDER.find(analysed);
        assertThat(found).anySatisfy(e -> {
            assertThat(e.text()).isEqualTo("Joko Widodo");
            assertThat(e.mentions()).hasSize(100);
        });
        assertThat(found).anySatisfy(e -> {
            assertThat(e.text()).isEqualTo("Surabaya");
            assertThat(e.mentions()).hasSize(100);
        });
    }

    @Test
    void emptyAndPunctuationOnlyTextsHaveNoEntities() {
        assertThat(find("", "id")).isEmpty();
        assertThat(find("... !!! ??? -- (( ))", "id")).isEmpty();
    }

    @Test
    void allCapitalsAndLowerCaseTextsStillGiveWellFormedEntities() {
        String upper = "PRESIDEN JOKO WIDODO MENINJAU BANJIR DI KABUPATEN BEKASI, JAWA BARAT.";
        String lower = upper.toLowerCase(java.util.Locale.ROOT);
        for (String text : List.of(upper, lower)) {
            for (Entity e : find(text, "id")) {
                for (Mention m : e.mentions()) {
                    assertThat(m.end()).isLessThanOrEqualTo(text.length());
                }
            }
        }
    }

    @Test
    void theShippedModelSaysWhatItWasTrainedOn() {
        assertThat(FINDER.model().gazetteerFeatures()).isTrue();
        assertThat(FINDER.model().description()).contains("idner-news-2k/train.txt")
                .doesNotContain("dev.txt").doesNotContain("test_preprocess").doesNotContain("pud");
    }
}
