package id.warta.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.warta.Warta;
import id.warta.events.Event;
import id.warta.export.Json;
import id.warta.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WartaStoreTest {

    @TempDir
    Path dir;

    private static String json(Analysis a) throws JsonProcessingException {
        return Json.writer().writeValueAsString(a);
    }

    @Test
    void givesBackTheAnalysisRecordItWasGiven() throws Exception {
        Analysis flood = Corpus.flood();
        try (WartaStore store = WartaStore.open(dir)) {
            IngestResult r = store.ingest(flood);
            assertThat(r.outcome()).isEqualTo(IngestResult.Outcome.NEW);
            assertThat(r.id()).matches("[0-9a-f]{16}");
            assertThat(r.story()).isEqualTo(r.id());
            assertThat(r.duplicateOf()).isNull();
            StoredArticle stored = store.article(r.id()).orElseThrow();
            assertThat(json(stored.analysis())).isEqualTo(json(flood));
            assertThat(stored.story()).isEqualTo(r.id());
            assertThat(stored.duplicateOf()).isNull();
            assertThat(store.article("0123456789abcdef")).isEmpty();
            assertThat(store.article("not an id")).isEmpty();
        }
        try (WartaStore again = WartaStore.open(dir)) {
            assertThat(again.stats().articles()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "committed in between: {0}")
    @ValueSource(booleans = {false, true})
    void theSameArticleIsStoredOnce(boolean commitBetween) {
        try (WartaStore store = WartaStore.open(dir)) {
            IngestResult first = store.ingest(Corpus.flood());
            if (commitBetween) {
                store.commit();
            }
            IngestResult again = store.ingest(Corpus.flood());
            assertThat(again.outcome()).isEqualTo(IngestResult.Outcome.DUPLICATE);
            assertThat(again.id()).isEqualTo(first.id());
            assertThat(again.story()).isEqualTo(first.story());
            // the same canonical URL: tracking parameters and the http scheme do not make another article
            IngestResult tracked = store.ingest(Warta.analyze(Corpus.FLOOD,
                    "http://www.kabarjateng.com/berita/2023/02/01/banjir-semarang-ribuan-warga-mengungsi?utm_source=wa"));
            assertThat(tracked.outcome()).isEqualTo(IngestResult.Outcome.DUPLICATE);
            assertThat(tracked.id()).isEqualTo(first.id());
            // the same text without a URL
            IngestResult noUrl = store.ingest(Warta.analyze(Corpus.FLOOD));
            assertThat(noUrl.outcome()).isEqualTo(IngestResult.Outcome.DUPLICATE);
            assertThat(noUrl.id()).isEqualTo(first.id());
            store.commit();
            assertThat(store.stats().articles()).isEqualTo(1);
        }
        try (WartaStore reopened = WartaStore.open(dir)) {
            assertThat(reopened.ingest(Corpus.flood()).outcome()).isEqualTo(IngestResult.Outcome.DUPLICATE);
            assertThat(reopened.stats().articles()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "committed after each: {0}")
    @ValueSource(booleans = {false, true})
    void copiesAreLinkedToTheirOriginalAndReportsOfOneHappeningMakeOneStory(boolean commitEach) {
        try (WartaStore store = WartaStore.open(dir)) {
            List<IngestResult> results = new ArrayList<>();
            for (Analysis a : List.of(Corpus.flood(), Corpus.floodCopy(), Corpus.floodOther(), Corpus.aid(),
                    Corpus.protest())) {
                results.add(store.ingest(a));
                if (commitEach) {
                    store.commit();
                }
            }
            IngestResult flood = results.get(0);
            IngestResult copy = results.get(1);
            IngestResult other = results.get(2);
            assertThat(copy.outcome()).isEqualTo(IngestResult.Outcome.NEAR_DUPLICATE);
            assertThat(copy.duplicateOf()).isEqualTo(flood.id());
            assertThat(copy.story()).isEqualTo(flood.id());
            assertThat(other.outcome()).isEqualTo(IngestResult.Outcome.NEW);
            assertThat(other.story()).isEqualTo(flood.id());
            assertThat(results.get(3).story()).isEqualTo(results.get(3).id());
            assertThat(results.get(4).story()).isEqualTo(results.get(4).id());

            store.commit();
            Story story = store.story(flood.id()).orElseThrow();
            assertThat(story.articles()).containsExactly(flood.id(), copy.id(), other.id());
            assertThat(story.sites()).containsExactly("Kabarjateng.com", "Suarapantura.id", "Jatengterkini.com");
            assertThat(story.title()).startsWith("Banjir Rendam Semarang");
            assertThat(story.first().toLocalDate()).isEqualTo(LocalDate.of(2023, 2, 1));
            assertThat(story.first()).isBefore(story.last());
            assertThat(store.story(copy.id())).as("a story is named by its first article").isEmpty();
            assertThat(store.article(copy.id()).orElseThrow().duplicateOf()).isEqualTo(flood.id());

            StoreStats stats = store.stats();
            assertThat(stats.articles()).isEqualTo(5);
            assertThat(stats.nearDuplicates()).isEqualTo(1);
            assertThat(stats.stories()).isEqualTo(3);
            assertThat(stats.errors()).isZero();
            long articleEvents = 0;
            for (Analysis a : List.of(Corpus.flood(), Corpus.floodCopy(), Corpus.floodOther(), Corpus.aid(),
                    Corpus.protest())) {
                articleEvents += a.events().size();
            }
            assertThat(stats.events()).isEqualTo(articleEvents);
            assertThat(stats.bytesOnDisk()).isPositive();
        }
    }

    @Test
    void aCopyOfACopyPointsToTheFirstOriginal() {
        try (WartaStore store = WartaStore.open(dir)) {
            IngestResult flood = store.ingest(Corpus.flood());
            IngestResult copy = store.ingest(Corpus.floodCopy());
            // a third outlet copies the copy, with its own headline
            String third = Corpus.FLOOD_COPY.replace("Suarapantura.id - ", "Beritanusantara.co.id - ")
                    .replace("Banjir Setinggi Satu Meter Rendam Semarang, 3.200 Warga Mengungsi",
                            "Tujuh Kelurahan di Semarang Terendam Banjir")
                    .replace("hingga akhir pekan.", "hingga Minggu mendatang.");
            IngestResult copy2 = store.ingest(Warta.analyze(third,
                    "https://beritanusantara.co.id/nusantara/tujuh-kelurahan-semarang-terendam"));
            assertThat(copy.duplicateOf()).isEqualTo(flood.id());
            assertThat(copy2.outcome()).isEqualTo(IngestResult.Outcome.NEAR_DUPLICATE);
            assertThat(copy2.duplicateOf()).isEqualTo(flood.id());
            assertThat(copy2.story()).isEqualTo(flood.id());
        }
    }

    @Test
    void searchesTextPerLanguageWithFiltersFacetsAndSnippets() {
        try (WartaStore store = WartaStore.open(dir)) {
            String flood = store.ingest(Corpus.flood()).id();
            store.ingest(Corpus.floodCopy());
            store.ingest(Corpus.floodOther());
            String aid = store.ingest(Corpus.aid()).id();
            String protest = store.ingest(Corpus.protest()).id();
            store.commit();

            SearchResult all = store.search(SearchQuery.all());
            assertThat(all.total()).isEqualTo(5);
            assertThat(all.hits()).first().extracting(SearchHit::id).as("newest first").isEqualTo(protest);
            assertThat(all.facets().keySet()).containsExactlyInAnyOrderElementsOf(SearchResult.FACETS);
            assertThat(all.facets().get("language")).containsExactly(new SearchResult.FacetCount("id", 4),
                    new SearchResult.FacetCount("en", 1));
            assertThat(all.facets().get("day")).first().isEqualTo(new SearchResult.FacetCount("2023-02-01", 3));
            assertThat(all.facets().get("country")).contains(new SearchResult.FacetCount("KEN", 1),
                    new SearchResult.FacetCount("TUR", 1));
            assertThat(all.facets().get("type")).contains(new SearchResult.FacetCount("AID", 1));
            assertThat(all.facets().get("site")).contains(new SearchResult.FacetCount("eastafricanwire.com", 1),
                    new SearchResult.FacetCount("Kabarjateng.com", 1));

            // Indonesian stemming: "banjir" in all three flood reports, in the title or the text
            SearchResult banjir = store.search(SearchQuery.of("banjir"));
            assertThat(banjir.total()).isEqualTo(3);
            SearchHit top = banjir.hits().get(0);
            assertThat(top.snippet().marks()).isNotEmpty();
            for (SearchHit.Span s : top.snippet().marks()) {
                assertThat(top.snippet().text().substring(s.start(), s.end())).isEqualToIgnoringCase("banjir");
            }
            assertThat(top.events()).isNotNull();
            // "pengungsian" and "mengungsi" share the stem
            assertThat(store.search(SearchQuery.of("pengungsian")).hits()).extracting(SearchHit::id)
                    .contains(flood);
            // English stemming: "protester" meets "protesters"; the Indonesian reports do not match
            SearchResult protester = store.search(SearchQuery.of("protester"));
            assertThat(protester.hits()).extracting(SearchHit::id).containsExactly(protest);
            assertThat(protester.hits().get(0).snippet().marks()).isNotEmpty();
            assertThat(store.search(SearchQuery.of("\"tear gas\" AND Nairobi")).total()).isEqualTo(1);
            assertThat(store.search(SearchQuery.of("banjir NOT Genuk")).total()).isZero();

            assertThat(ids(store.search(SearchQuery.all().withCountry("ken")))).containsExactly(protest);
            assertThat(ids(store.search(SearchQuery.all().withType("AID")))).containsExactly(aid);
            assertThat(ids(store.search(SearchQuery.of("bantuan").withCountry("TUR").withType("aid"))))
                    .containsExactly(aid);
            assertThat(ids(store.search(SearchQuery.all().withEntity("RETNO MARSUDI")))).containsExactly(aid);
            // the facet lists what the articles are about; the filter finds a name dropped once in passing too
            assertThat(all.facets().get("entity")).contains(new SearchResult.FacetCount("Kota Semarang", 3),
                    new SearchResult.FacetCount("Kali Tenggang", 3));
            assertThat(all.facets().get("entity")).extracting(SearchResult.FacetCount::value).doesNotContain("Demak");
            assertThat(ids(store.search(SearchQuery.all().withEntity("demak")))).containsExactly(flood);
            assertThat(ids(store.search(SearchQuery.all().withSite("kabarjateng.com")))).containsExactly(flood);
            assertThat(ids(store.search(SearchQuery.all().withSite("eastafricanwire.com"))))
                    .containsExactly(protest);
            assertThat(ids(store.search(SearchQuery.all().withLanguage("en")))).containsExactly(protest);
            assertThat(ids(store.search(SearchQuery.all().withFrom(LocalDate.of(2023, 2, 5))
                    .withTo(LocalDate.of(2023, 2, 28))))).containsExactly(aid);
            assertThat(store.search(SearchQuery.all().withTo(LocalDate.of(2023, 2, 1))).total()).isEqualTo(3);

            SearchResult page = store.search(SearchQuery.all().withOffset(3).withLimit(10));
            assertThat(page.total()).isEqualTo(5);
            assertThat(page.hits()).hasSize(2);
            SearchResult filtered = store.search(SearchQuery.of("Semarang"));
            assertThat(filtered.facets().get("site")).hasSize(3);
            assertThat(filtered.facets().get("language")).containsExactly(new SearchResult.FacetCount("id", 3));
        }
    }

    @Test
    void filteredFacetsCountAcrossSegmentsAsTheUnfilteredOnes() {
        try (WartaStore store = WartaStore.open(dir)) {
            // a commit after each makes a segment each: the counts add up over segments with their own values
            for (Analysis a : List.of(Corpus.flood(), Corpus.floodCopy(), Corpus.aid(), Corpus.floodOther(),
                    Corpus.protest())) {
                store.ingest(a);
                store.commit();
            }
            SearchResult indonesian = store.search(SearchQuery.all().withLanguage("id"));
            assertThat(indonesian.total()).isEqualTo(4);
            assertThat(indonesian.facets().get("language")).containsExactly(new SearchResult.FacetCount("id", 4));
            assertThat(indonesian.facets().get("day")).containsExactly(new SearchResult.FacetCount("2023-02-01", 3),
                    new SearchResult.FacetCount("2023-02-09", 1));
            assertThat(indonesian.facets().get("entity")).contains(new SearchResult.FacetCount("Kota Semarang", 3),
                    new SearchResult.FacetCount("Kali Tenggang", 3));
            assertThat(indonesian.facets().get("country")).contains(new SearchResult.FacetCount("TUR", 1))
                    .doesNotContain(new SearchResult.FacetCount("KEN", 1));
            assertThat(indonesian.facets().get("type")).contains(new SearchResult.FacetCount("AID", 1));
            // the same counts as the unfiltered search's for the values only Indonesian articles have
            SearchResult all = store.search(SearchQuery.all());
            assertThat(all.facets().get("entity")).contains(new SearchResult.FacetCount("Kota Semarang", 3));
            assertThat(all.facets().get("day")).startsWith(new SearchResult.FacetCount("2023-02-01", 3));
            SearchResult semarang = store.search(SearchQuery.of("Semarang"));
            assertThat(semarang.facets().get("site")).extracting(SearchResult.FacetCount::value)
                    .containsExactlyInAnyOrder("Kabarjateng.com", "Suarapantura.id", "Jatengterkini.com");
            assertThat(semarang.facets().get("site")).extracting(SearchResult.FacetCount::count).containsOnly(1L);
            assertThat(store.search(SearchQuery.of("Nairobi")).facets().get("language"))
                    .containsExactly(new SearchResult.FacetCount("en", 1));
        }
    }

    @Test
    void facetValuesAreTheSearchersOwnAfterValuesSortingBeforeThemAreAdded() {
        try (WartaStore store = WartaStore.open(dir)) {
            store.ingest(Corpus.aid());
            store.commit();
            SearchResult before = store.search(SearchQuery.all().withLanguage("id"));
            assertThat(before.facets().get("day")).containsExactly(new SearchResult.FacetCount("2023-02-09", 1));
            assertThat(before.facets().get("country")).contains(new SearchResult.FacetCount("TUR", 1));
            // an earlier day and other places: the values read before now have other ordinals
            store.ingest(Corpus.flood());
            store.ingest(Corpus.floodOther());
            store.commit();
            SearchResult after = store.search(SearchQuery.all().withLanguage("id"));
            assertThat(after.facets().get("day")).containsExactly(new SearchResult.FacetCount("2023-02-01", 2),
                    new SearchResult.FacetCount("2023-02-09", 1));
            assertThat(after.facets().get("country")).contains(new SearchResult.FacetCount("TUR", 1));
            assertThat(after.facets().get("entity")).contains(new SearchResult.FacetCount("Kota Semarang", 2));
            assertThat(after.facets().get("type")).contains(new SearchResult.FacetCount("AID", 1));
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void malformedQueriesAreRefusedWithTheCauseInWords() {
        try (WartaStore store = WartaStore.open(dir)) {
            store.ingest(Corpus.flood());
            for (String bad : List.of("\"unbalanced", "AND OR", "banjir)")) {
                assertThatThrownBy(() -> store.search(SearchQuery.of(bad)))
                        .isInstanceOfSatisfying(StoreException.class, e -> {
                            assertThat(e.reason()).isEqualTo(StoreException.Reason.BAD_QUERY);
                            assertThat(e.getMessage()).contains(bad).containsIgnoringCase("column");
                        });
            }
            assertThatThrownBy(() -> store.articles(SearchQuery.of("AND OR"), a -> { }))
                    .isInstanceOf(StoreException.class);
        }
    }

    @Test
    void failedInputsAreKeptAsErrorsUntilTheySucceed() {
        try (WartaStore store = WartaStore.open(dir)) {
            IngestResult failed = store.ingest(Corpus.failed(Corpus.FLOOD_URL));
            assertThat(failed.outcome()).isEqualTo(IngestResult.Outcome.ERROR);
            assertThat(failed.story()).isNull();
            assertThat(failed.error()).startsWith("empty");
            assertThat(store.ingest(Corpus.failed(Corpus.FLOOD_URL)).id()).isEqualTo(failed.id());
            store.ingest(Corpus.failed("https://kabarnasional.co.id/halaman-hilang"));
            store.commit();
            List<StoredError> errors = new ArrayList<>();
            store.errors(errors::add);
            assertThat(errors).extracting(StoredError::input)
                    .containsExactly("https://kabarjateng.com/berita/2023/02/01/banjir-semarang-ribuan-warga-mengungsi",
                            "https://kabarnasional.co.id/halaman-hilang");
            assertThat(errors.get(0).code()).isEqualTo("empty");
            assertThat(errors.get(0).message()).isNotBlank();
            assertThat(errors.get(0).id()).isEqualTo(failed.id());
            assertThat(store.stats().errors()).isEqualTo(2);
            assertThat(store.stats().articles()).isZero();
            assertThat(store.search(SearchQuery.all()).total()).isZero();
            // a query text naming the record fields finds no error record either
            assertThat(store.search(SearchQuery.of("kind:error")).total()).isZero();
            assertThat(store.search(SearchQuery.of("kind:error OR banjir")).total()).isZero();

            store.ingest(Corpus.flood());
            store.commit();
            errors.clear();
            store.errors(errors::add);
            assertThat(errors).extracting(StoredError::input).containsExactly("https://kabarnasional.co.id/halaman-hilang");
            assertThat(store.stats().errors()).isEqualTo(1);
        }
    }

    @Test
    void eventsAreCountedPerHappeningNotPerArticle() {
        try (WartaStore store = WartaStore.open(dir)) {
            String flood = store.ingest(Corpus.flood()).id();
            String copy = store.ingest(Corpus.floodCopy()).id();
            store.ingest(Corpus.floodOther());
            String aid = store.ingest(Corpus.aid()).id();
            store.commit();

            Story story = store.story(flood).orElseThrow();
            List<StoryEvent> events = new ArrayList<>();
            store.events(SearchQuery.of("Semarang"), events::add);
            // three articles match, the story's events come once
            assertThat(events).containsExactlyElementsOf(story.events());
            Map<String, List<StoryEvent>> byType = events.stream().collect(Collectors.groupingBy(
                    e -> e.event().type()));
            // the original and its copy report the same request: one happening from two articles
            assertThat(byType.get("REQUEST")).hasSize(1);
            assertThat(byType.get("REQUEST").get(0).articles()).contains(flood, copy);
            assertThat(events).allMatch(e -> e.story().equals(flood));

            List<StoryEvent> aidEvents = new ArrayList<>();
            store.events(SearchQuery.all().withType("AID"), aidEvents::add);
            assertThat(aidEvents).hasSize(1);
            Event e = aidEvents.get(0).event();
            assertThat(e.type()).isEqualTo("AID");
            assertThat(aidEvents.get(0).articles()).containsExactly(aid);

            List<Story> stories = new ArrayList<>();
            store.stories(SearchQuery.all(), stories::add);
            assertThat(stories).extracting(Story::id).containsExactly(flood, aid);
        }
    }

    @Test
    void streamsEveryMatchByPublicationDay() {
        try (WartaStore store = WartaStore.open(dir)) {
            String protest = store.ingest(Corpus.protest()).id();
            String aid = store.ingest(Corpus.aid()).id();
            String flood = store.ingest(Corpus.flood()).id();
            store.commit();
            List<String> ids = new ArrayList<>();
            store.articles(SearchQuery.all().withLimit(1), a -> ids.add(a.id()));
            assertThat(ids).containsExactly(flood, aid, protest);
            List<StoredArticle> indonesian = new ArrayList<>();
            store.articles(SearchQuery.all().withLanguage("id"), indonesian::add);
            assertThat(indonesian).extracting(StoredArticle::id).containsExactly(flood, aid);
            assertThat(indonesian.get(1).analysis().article().title()).startsWith("Indonesia Kirim 140 Ton");
        }
    }
}
