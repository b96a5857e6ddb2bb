package id.warta.store.eval;

import id.warta.Warta;
import id.warta.model.Article;
import id.warta.store.dedup.Fingerprints;
import id.warta.store.eval.GeneratedArticle.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeneratedCorpusTest {

    private static GeneratedCorpus corpus;
    private static List<GeneratedArticle> first;

    @BeforeAll
    static void generate() throws IOException {
        corpus = GeneratedCorpus.open(Panl.dir(), 42);
        first = corpus.stream(3_000).toList();
    }

    @Test
    void theSameSeedGivesTheSameArticlesAndAnotherSeedOthers() throws IOException {
        assertThat(corpus.stream(3_000).limit(200).toList()).isEqualTo(first.subList(0, 200));
        List<GeneratedArticle> other = GeneratedCorpus.open(Panl.dir(), 43).stream(200).toList();
        assertThat(other.get(0).text()).isNotEqualTo(first.get(0).text());
    }

    @Test
    void kindsComeInTheirShares() {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (GeneratedArticle a : first) {
            counts.merge(a.kind(), 1, Integer::sum);
        }
        GeneratedCorpus.Shares s = GeneratedCorpus.Shares.DEFAULTS;
        assertThat(counts.get(Kind.SYNDICATED) / 3000.0).isCloseTo(s.syndicated(), within(0.02));
        assertThat(counts.get(Kind.REWRITE) / 3000.0).isCloseTo(s.rewrite(), within(0.02));
        assertThat(counts.get(Kind.REPOST) / 3000.0).isCloseTo(s.repost(), within(0.01));
        assertThat(counts.get(Kind.LOOKALIKE) / 3000.0).isCloseTo(s.lookalike(), within(0.02));
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }

    @Test
    void copiesNameAnEarlierOriginalAndShareMostOfItsText() {
        Map<String, GeneratedArticle> seen = new HashMap<>();
        for (GeneratedArticle a : first) {
            if (a.copy()) {
                GeneratedArticle o = seen.get(a.original());
                assertThat(o).as("original of %s comes earlier", a.id()).isNotNull();
                assertThat(o.kind()).isIn(Kind.ORIGINAL, Kind.LOOKALIKE);
                assertThat(a.originalUrl()).isEqualTo(o.url());
                assertThat(a.published()).isAfterOrEqualTo(o.published());
                switch (a.kind()) {
                    case REPOST -> {
                        assertThat(a.text()).isEqualTo(o.text());
                        assertThat(a.url()).isNotEqualTo(o.url());
                        assertThat(Fingerprints.canonicalUrl(a.url())).isEqualTo(Fingerprints.canonicalUrl(o.url()));
                    }
                    case SYNDICATED -> {
                        assertThat(a.site()).isNotEqualTo(o.site());
                        assertThat(a.text()).contains(o.text().split("\n\n")[1]);
                    }
                    case REWRITE -> assertThat(a.text()).isNotEqualTo(o.text());
                    default -> throw new AssertionError(a.kind());
                }
            }
            seen.put(a.id(), a);
        }
    }

    @Test
    void lookAlikesShareASentenceAndTitleWordsButAreNotCopies() {
        Map<String, GeneratedArticle> seen = new HashMap<>();
        int lookalikes = 0;
        for (GeneratedArticle a : first) {
            if (a.kind() == Kind.LOOKALIKE) {
                lookalikes++;
                GeneratedArticle model = seen.get(a.model());
                assertThat(model).isNotNull();
                assertThat(a.copy()).isFalse();
                String[] modelTitle = model.title().split(" ");
                assertThat(a.title()).startsWith(modelTitle[0] + " " + modelTitle[1]);
                Set<String> runs = wordRuns(model.text());
                runs.retainAll(wordRuns(a.text()));
                assertThat(runs).as("%s shares text with %s", a.id(), model.id()).isNotEmpty();
            } else {
                assertThat(a.model()).isNull();
            }
            seen.put(a.id(), a);
        }
        assertThat(lookalikes).isGreaterThan(100);
    }

    /** Every run of 5 words of a text. */
    private static Set<String> wordRuns(String text) {
        String[] words = text.split("\\s+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 5 <= words.length; i++) {
            out.add(String.join(" ", List.of(words).subList(i, i + 5)));
        }
        return out;
    }

    @Test
    void articlesLookLikeIndonesianNews() {
        Set<String> ids = new HashSet<>();
        Set<String> urls = new HashSet<>();
        for (GeneratedArticle a : first) {
            assertThat(ids.add(a.id())).isTrue();
            if (a.kind() != Kind.REPOST) {
                assertThat(urls.add(Fingerprints.canonicalUrl(a.url()))).as(a.url()).isTrue();
            }
            assertThat(a.title()).isNotBlank().doesNotEndWith(" di");
            assertThat(a.url()).startsWith("http").doesNotContain(" ");
            assertThat(a.published().getYear()).isBetween(2021, 2023);
            assertThat(a.text()).contains(a.site() + " - ").contains("\n\n");
            assertThat(a.text().length()).isBetween(600, 12_000);
        }
        assertThat(first.get(0).published().toLocalDate()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(first.stream().filter(a -> a.text().contains(" yang ")).count()).isGreaterThan(2_900);
        assertThat(first.stream().map(GeneratedArticle::site).distinct().count()).isGreaterThan(10);
    }

    @Test
    void aMillionIsStreamedNotHeld() {
        Iterator<GeneratedArticle> million = corpus.iterator(1_000_000);
        GeneratedArticle a = million.next();
        // the articles do not depend on how many are asked for; only the pace of the days does
        assertThat(a.id()).isEqualTo("g0000000");
        assertThat(a.text()).isEqualTo(first.get(0).text());
        assertThat(a.published().toLocalDate()).isEqualTo(LocalDate.of(2021, 1, 1));
        for (int i = 0; i < 10_000; i++) {
            a = million.next();
        }
        assertThat(a.published().toLocalDate()).isBefore(LocalDate.of(2021, 1, 15));
        assertThat(million.hasNext()).isTrue();
        assertThatThrownBy(() -> corpus.iterator(-1)).isInstanceOf(IllegalArgumentException.class);
        Iterator<GeneratedArticle> one = corpus.iterator(1);
        one.next();
        assertThat(one.hasNext()).isFalse();
    }

    @Test
    void theLastArticleFallsAtTheEndOf2023() {
        Iterator<GeneratedArticle> it = corpus.iterator(5_000);
        GeneratedArticle last = null;
        while (it.hasNext()) {
            last = it.next();
        }
        OffsetDateTime end = last.published();
        assertThat(end.toLocalDate()).isBetween(LocalDate.of(2023, 12, 27), LocalDate.of(2024, 1, 3));
    }

    @Test
    void aMonthOfNewsSpreadsOverThatMonth() {
        Iterator<GeneratedArticle> it = corpus.iterator(3_000, 30);
        Set<LocalDate> days = new HashSet<>();
        int copies = 0;
        while (it.hasNext()) {
            GeneratedArticle a = it.next();
            days.add(a.published().toLocalDate());
            copies += a.kind() == Kind.ORIGINAL ? 0 : 1;
        }
        // each day of January 2021 has about a hundred articles; copies can be posted a day or two after the month
        assertThat(days).contains(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 30));
        assertThat(days.stream().filter(d -> d.isBefore(LocalDate.of(2021, 1, 31)))).hasSize(30);
        assertThat(days.stream().allMatch(d -> d.isBefore(LocalDate.of(2021, 2, 4)))).isTrue();
        assertThat(copies).isBetween(500, 1_000);
        assertThatThrownBy(() -> corpus.iterator(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePageExtractsToTheArticle() {
        GeneratedArticle g = first.get(5);
        Article a = Warta.extract(g.html(), g.url());

        assertThat(a.ok()).isTrue();
        assertThat(a.title()).isEqualTo(g.title());
        assertThat(a.published()).isEqualTo(g.published());
        assertThat(Fingerprints.canonicalUrl(a.url())).isEqualTo(Fingerprints.canonicalUrl(g.url()));
        assertThat(a.text()).contains(g.text().split("\n\n")[1]).doesNotContain("Copyright");
    }

    @Test
    void aFolderWithoutTheCorpusIsAnError() throws IOException {
        var empty = Files.createTempDirectory("no-panl");
        try {
            assertThatThrownBy(() -> GeneratedCorpus.open(empty, 1)).isInstanceOf(IOException.class)
                    .hasMessageContaining("PANL-BPPT-ECO-ID");
        } finally {
            Files.delete(empty);
        }
    }
}
