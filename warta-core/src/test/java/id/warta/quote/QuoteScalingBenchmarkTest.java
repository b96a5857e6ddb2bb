package id.warta.quote;

import id.warta.QualityFloors;
import id.warta.eval.PanlBppt;
import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.text.RuleSentenceSplitter;
import id.warta.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measurements, not timed assertions: 256 KB against 1 MB of one repeated shape, best of three runs each (a
 * quadratic rule shows as a ratio far above 4), and articles per second over ~500-word articles built from the
 * PANL-BPPT news sentences when the shared corpus is beside the checkout (evaluation input only; nothing of it is
 * kept). PANL-BPPT has its quotation marks stripped ({@code ..., katanya.}); the benchmark puts them back on such
 * sentences so that the finder meets quotes as often as in real news, and reports how many of those it finds.
 */
class QuoteScalingBenchmarkTest {

    private static final QuoteFinder FINDER = new RuleQuoteFinder();
    private static final RuleSentenceSplitter SPLITTER = new RuleSentenceSplitter();
    /** A sentence whose last clause is its attribution: "Kita melihat ..., katanya." */
    private static final Pattern ATTRIBUTED = Pattern.compile(
            "^(?<quote>[A-Z].{20,}?),\\s+(?<attr>(?:kata|ujar|ungkap|jelas|tutur|imbuh|tambah|tegas|terang|sebut"
                    + "|papar|lanjut|ucap)(?:nya)?\\b.*)$");

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\u201C", "\u201Ca ", "\"Kami siap,\" kata Budi. ", "\u201CParagraf terbuka.\n\n",
            "\"x\" ", "kata Budi, kepala desa, ", "Budi mengatakan, \"", "\"A,\" katanya. ", "\u2018a\u2019 ",
            "warga berkumpul di balai desa ", "\"Kami siap,\" kata Pak Budi Santoso, kepala Dinas Pekerjaan Umum. "})
    void oneMegabyteOfOneShape(String unit) {
        Text small = Text.of(unit.repeat((1 << 18) / unit.length()), "id", SPLITTER);
        Text big = Text.of(unit.repeat((1 << 20) / unit.length()), "id", SPLITTER);
        List<Entity> smallPeople = people(small.text());
        List<Entity> bigPeople = people(big.text());
        long smallTime = best(small, smallPeople);
        long large = best(big, bigPeople);
        List<Quote> found = FINDER.find(big, bigPeople);
        System.out.printf(Locale.ROOT, "%-60s 256 KB %5d ms, 1 MB %5d ms, ratio %.1f, %d quotes%n",
                "'" + unit.replace("\n", "\\n") + "'", smallTime / 1_000_000, large / 1_000_000,
                (double) large / Math.max(1, smallTime), found.size());
        int previousEnd = 0;
        for (Quote q : found) {
            assertThat(q.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(q.end() - q.start()).isLessThanOrEqualTo(QuoteMarks.MAX_QUOTE);
            previousEnd = q.end();
        }
        assertThat(previousEnd).isLessThanOrEqualTo(big.text().length());
    }

    @Test
    void articlesPerSecondOnPanlBppt() throws IOException {
        Path dir = QualityFloors.shared("corpora", "panl-bppt-news");
        List<String> lines = PanlBppt.sentences(dir, "id");
        List<Text> articles = new ArrayList<>();
        StringBuilder article = new StringBuilder();
        int words = 0;
        int requoted = 0;
        int sentences = 0;
        for (String line : lines) {
            String sentence = line.strip();
            Matcher m = ATTRIBUTED.matcher(sentence);
            if (m.matches()) {
                sentence = "\"" + m.group("quote") + ",\" " + m.group("attr");
                requoted++;
            }
            article.append(sentence).append(++sentences % 3 == 0 ? "\n\n" : " ");
            words += sentence.split(" ").length;
            if (words >= 500) {
                articles.add(Text.of(article.toString(), "id", SPLITTER));
                article.setLength(0);
                words = 0;
            }
        }
        long quotes = 0;
        long speakers = 0;
        for (Text t : articles) {
            for (Quote q : FINDER.find(t, List.of())) { // also warms up
                quotes++;
                speakers += q.speaker() != null ? 1 : 0;
            }
        }
        long t0 = System.nanoTime();
        for (Text t : articles) {
            FINDER.find(t, List.of());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "PANL-BPPT id: %d articles of ~500 words, %d sentences re-quoted, %d quotes "
                + "found, %d with a speaker; %.0f articles/s on one thread (quotes only, text split beforehand)%n",
                articles.size(), requoted, quotes, speakers, articles.size() / seconds);
        assertThat(articles).isNotEmpty();
        assertThat(quotes).isPositive();
    }

    /** A PERSON entity for every "Budi", so that entity look-ups are measured too. */
    private static List<Entity> people(String text) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf("Budi"); at >= 0; at = text.indexOf("Budi", at + 4)) {
            mentions.add(new Mention(at, at + 4));
        }
        return mentions.isEmpty() ? List.of()
                : List.of(new Entity("Budi Santoso", Entity.Type.PERSON, null, null, mentions));
    }

    /** The best of three runs, so that compilation and a busy machine weigh less. */
    private static long best(Text text, List<Entity> entities) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            FINDER.find(text, entities);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }
}
