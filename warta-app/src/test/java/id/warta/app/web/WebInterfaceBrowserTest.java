package id.warta.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web interface end to end: the real server over a store of test articles, Debian's headless Chromium driving
 * the pages, what they show checked against what the API answers. After every test: every request the pages made
 * (seen through WebDriver BiDi) and every resource they loaded went to the server under test or stayed inside the
 * browser (data: URLs), and the console has no error (a Content-Security-Policy violation or a script error would
 * be one). Screenshots are kept
 * in target/screenshots/. Skipped when /usr/bin/chromium or /usr/bin/chromedriver is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "id.warta.app.web.Browser#available",
        disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class WebInterfaceBrowserTest {

    private static final String JAKARTA = "jakarta-buruh-harian.html";
    private static final String HOSTILE = "xss-bandung.html";

    private WebFixture app;
    private Browser browser;
    /** The addresses of the servers under test: the one place the pages may send requests to. */
    private final Set<String> servers = new HashSet<>();

    @BeforeAll
    void start() throws Exception {
        app = new WebFixture();
        servers.add(app.base());
        // an Indonesian browser: the interface must start in Indonesian
        browser = new Browser(app.base(), "id-ID");
    }

    @AfterAll
    void stop() throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    @AfterEach
    void nothingLeftTheMachine() {
        assertThat(browser.pageRequests()).as("requests of the pages")
                .allSatisfy(url -> assertThat(local(url)).as(url).isTrue());
        assertThat(browser.resourceUrls()).as("resources the page loaded").isNotEmpty()
                .allSatisfy(url -> assertThat(local(url)).as(url).isTrue());
        browser.clearRequests();
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
        assertThat(browser.script("return window.__xss === undefined && !document.title.includes('pwned')"))
                .as("no injected script ran").isEqualTo(true);
    }

    @Test
    void searchFindsArticlesAndMarksTheQuery() throws Exception {
        JsonNode expected = app.get("search", "q", "buruh");
        browser.open("#/search?q=buruh");

        assertThat(browser.one("html").getAttribute("lang")).isEqualTo("id");
        assertThat(browser.one(".main-nav a[data-page=search]").getText()).isEqualTo("Cari");
        assertThat(expected.path("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(browser.one(".total").getText()).startsWith(expected.path("total").asText());
        assertThat(attributes(browser.all(".hit"), "data-id")).isEqualTo(ids(expected.path("hits")));
        List<WebElement> marks = browser.all(".hit .snippet mark");
        assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isEqualToIgnoringCase("buruh"));
        browser.screenshot("search");
    }

    @Test
    void facetFiltersByCountry() throws Exception {
        JsonNode kenya = app.get("search", "country", "KEN");
        browser.open("#/search");
        browser.one(".facet[data-facet=country] a[data-value=KEN]").click();
        waitUntilHash("country=KEN");

        assertThat(attributes(browser.all(".hit"), "data-id")).isEqualTo(ids(kenya.path("hits"))).isNotEmpty();
        assertThat(browser.one(".hit-title").getText()).contains("Nairobi");
        assertThat(browser.one(".chip[data-filter=country]").getText()).contains("KEN");
        assertThat(browser.one(".facet[data-facet=country] a[data-value=KEN]").getAttribute("aria-pressed"))
                .isEqualTo("true");
        browser.screenshot("search-country-KEN");

        // the filter goes along to the map, which says so
        browser.one(".main-nav a[data-page=map]").click();
        waitUntilHash("map?country=KEN");
        assertThat(browser.one(".chip[data-filter=country]").getText()).contains("KEN");
        assertThat(attributes(browser.all(".country-table tr"), "data-country")).containsExactly("KEN");
        browser.driver().navigate().back();
        waitUntilHashLacks("map");

        browser.one(".chip[data-filter=country]").click();
        waitUntilHashLacks("country=");
        assertThat(browser.all(".hit")).hasSize(Math.min(10, app.get("search").path("total").asInt()));
    }

    @Test
    void articleShowsTextWithHighlightsAndItsEvents() throws Exception {
        String id = app.id(JAKARTA);
        JsonNode rec = app.get("articles/" + id);
        browser.open("#/search?q=Ribuan");
        browser.one(".hit[data-id='" + id + "'] .hit-title").click();
        waitUntilHash("article/");

        String text = rec.path("text").asText();
        assertThat(browser.one(".article-title").getText()).isEqualTo(rec.path("title").asText());
        assertThat(browser.script("return document.querySelector('.article-text').textContent")).isEqualTo(text);

        List<String> mentions = new ArrayList<>();
        for (JsonNode ent : rec.path("entities")) {
            for (JsonNode m : ent.path("mentions")) {
                mentions.add(text.substring(m.path("start").asInt(), m.path("end").asInt()));
            }
        }
        assertThat(mentions).contains("Rudi Hartono");
        assertThat(textsOf(browser.all(".article-text mark.ent"))).containsExactlyInAnyOrderElementsOf(mentions);
        assertThat(textsOf(browser.all(".article-text mark.ent-person"))).contains("Rudi Hartono");

        List<String> types = new ArrayList<>();
        rec.path("events").forEach(e -> types.add(e.path("type").asText()));
        assertThat(types).contains("PROTEST");
        assertThat(attributes(browser.all(".events .event"), "data-type")).isEqualTo(types);

        // choosing an event marks exactly its evidence in the text
        browser.one(".events .event[data-index='0']").click();
        StringBuilder evidence = new StringBuilder();
        List<int[]> ranges = new ArrayList<>();
        rec.path("events").path(0).path("evidence").forEach(e -> ranges.add(new int[]{e.path("start").asInt(),
                e.path("end").asInt()}));
        ranges.sort(Comparator.comparingInt(r -> r[0]));
        int reach = 0;
        for (int[] r : ranges) {
            int from = Math.max(r[0], reach);
            if (from < r[1]) {
                evidence.append(text, from, r[1]);
            }
            reach = Math.max(reach, r[1]);
        }
        assertThat(browser.script("return [...document.querySelectorAll('.article-text .evidence.active')]"
                + ".map(e => e.textContent).join('')")).isEqualTo(evidence.toString());
        browser.screenshot("article");
    }

    @Test
    void storyListsTheOutletsThatReportedIt() throws Exception {
        String story = app.get("articles/" + app.id(JAKARTA)).path("story").asText();
        JsonNode st = app.get("stories/" + story);
        browser.open("#/story/" + story);

        List<String> sites = new ArrayList<>();
        st.path("sites").forEach(s -> sites.add(s.asText()));
        assertThat(sites).contains("Harian Nusantara");
        assertThat(textsOf(browser.all(".outlet"))).isEqualTo(sites);
        assertThat(attributes(browser.all(".story-article"), "data-id")).isEqualTo(ids(st.path("articles")))
                .contains(app.id(JAKARTA));
        assertThat(browser.all(".events .event")).hasSize(st.path("events").size());
        browser.screenshot("story");
    }

    @Test
    void timelineDrawsEventsPerDayByType() throws Exception {
        JsonNode tl = app.get("timeline", "interval", "day", "by", "type");
        int total = 0;
        Set<String> keys = new TreeSet<>();
        for (JsonNode series : tl.path("series")) {
            for (JsonNode p : series.path("points")) {
                total += p.path("count").asInt();
                keys.add(series.path("key").asText());
            }
        }
        assertThat(keys).contains("PROTEST", "ASSAULT");
        browser.open("#/timeline");

        List<WebElement> bars = browser.all("svg.timeline-chart rect.bar");
        assertThat(bars.stream().mapToInt(b -> Integer.parseInt(b.getAttribute("data-count"))).sum()).isEqualTo(total);
        assertThat(new TreeSet<>(attributes(bars, "data-key"))).isEqualTo(keys);
        assertThat(new TreeSet<>(attributes(browser.all(".chart-legend li"), "data-key"))).isEqualTo(keys);
        browser.screenshot("timeline");

        // by week and country: the same events, other buckets
        JsonNode weeks = app.get("timeline", "interval", "week", "by", "country");
        Set<String> countries = new TreeSet<>();
        weeks.path("series").forEach(sr -> countries.add(sr.path("key").asText()));
        assertThat(countries).contains("IDN", "KEN");
        browser.open("#/timeline?interval=week&by=country");
        List<WebElement> weekBars = browser.all("svg.timeline-chart rect.bar");
        assertThat(new TreeSet<>(attributes(weekBars, "data-key"))).isEqualTo(countries);
        int weekTotal = 0;
        for (JsonNode sr : weeks.path("series")) {
            for (JsonNode p : sr.path("points")) {
                weekTotal += p.path("count").asInt();
            }
        }
        assertThat(weekBars.stream().mapToInt(b -> Integer.parseInt(b.getAttribute("data-count"))).sum())
                .isEqualTo(weekTotal);
    }

    @Test
    void mapDrawsCountriesAndEventsSizedByCasualtiesThenIndonesiasProvinces() throws Exception {
        List<JsonNode> located = new ArrayList<>();
        for (JsonNode ev : app.get("events", "level", "story", "format", "json").path("events")) {
            if (ev.path("location").path("lat").isNumber() && ev.path("location").path("lon").isNumber()) {
                located.add(ev);
            }
        }
        assertThat(located).isNotEmpty();
        browser.open("#/map");

        assertThat(browser.all("svg.world-map path.country")).hasSizeGreaterThan(170);
        // one circle per place, together holding every located event
        List<WebElement> markers = browser.all("svg.world-map circle.marker");
        assertThat(markers.stream().mapToInt(m -> Integer.parseInt(m.getAttribute("data-events"))).sum())
                .isEqualTo(located.size());
        int tolls = located.stream().mapToInt(e -> e.path("killed").asInt(0) + e.path("injured").asInt(0)).sum();
        assertThat(markers.stream().mapToInt(WebInterfaceBrowserTest::casualties).sum()).isEqualTo(tolls);
        WebElement most = markers.stream().max(Comparator.comparingInt(m -> casualties(m))).orElseThrow();
        WebElement none = markers.stream().filter(m -> casualties(m) == 0).findFirst().orElseThrow();
        assertThat(casualties(most)).isPositive();
        assertThat(Double.parseDouble(most.getAttribute("r"))).isGreaterThan(Double.parseDouble(none.getAttribute("r")));
        browser.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", most);
        browser.waitFor(".map-below .event");
        assertThat(browser.all(".map-below .event")).hasSize(Integer.parseInt(most.getAttribute("data-events")));
        assertThat(attributes(browser.all(".country-table tr"), "data-country")).contains("IDN", "KEN");
        browser.screenshot("map-world");

        // drill-down: a click on Indonesia (dispatched to the shape: the middle of its box is sea)
        browser.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))",
                browser.one("svg.world-map path.country[data-country=IDN]"));
        waitUntilHash("map/IDN");
        Set<String> provinces = new TreeSet<>();
        for (JsonNode ev : app.get("events", "level", "story", "format", "json", "country", "IDN").path("events")) {
            JsonNode loc = ev.path("location");
            if ("IDN".equals(loc.path("country").asText()) && loc.path("lat").isNumber()
                    && !loc.path("admin1").asText("").isEmpty()) {
                provinces.add(loc.path("admin1").asText());
            }
        }
        assertThat(provinces).contains("Daerah Khusus Jakarta", "Papua Tengah");
        assertThat(new TreeSet<>(attributes(browser.all("svg.world-map circle.province"), "data-province")))
                .isEqualTo(provinces);
        assertThat(browser.one(".province-note").isDisplayed()).isTrue();
        WebElement row = browser.one(".province-table tr[data-province='Papua Tengah']");
        int count = Integer.parseInt(row.findElements(By.cssSelector("td")).get(1).getText());
        row.click();
        browser.waitFor(".map-below .event");
        assertThat(browser.all(".map-below .event")).hasSize(count);
        browser.screenshot("map-indonesia");
    }

    @Test
    void analyzePageShowsTheAnalysisAsYouType() throws Exception {
        String text = "Warga Desa Sukamaju Blokade Jalan Tambang\n\n"
                + "KENDARI - Sekitar 300 warga Desa Sukamaju, Konawe Utara, Sulawesi Tenggara, memblokade jalan "
                + "tambang nikel pada Rabu (15/1/2025). Mereka menuntut perusahaan memperbaiki sungai yang tercemar. "
                + "\"Air sungai kami sudah keruh sejak Desember,\" kata Kepala Desa Sukamaju Hasanuddin Lapili.\n\n"
                + "Polisi menangkap tiga orang warga yang dituduh merusak alat berat milik perusahaan.";
        JsonNode expected = app.analyze(text);
        browser.open("#/analyze");
        browser.one("#analyze-input").sendKeys(text);
        // typing analyses as it goes; wait for the analysis of the whole text
        String whole = expected.path("text").asText();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> whole.equals(browser.script(
                "const e = document.querySelector('.analysis .article-text'); return e && e.textContent")));

        List<String> people = new ArrayList<>();
        for (JsonNode ent : expected.path("entities")) {
            if (ent.path("type").asText().equals("person")) {
                people.add(ent.path("text").asText());
            }
        }
        assertThat(people).isNotEmpty();
        assertThat(textsOf(browser.all(".analysis mark.ent-person"))).containsAll(people);
        assertThat(browser.all(".analysis .article-text .quantity")).hasSize(expected.path("quantities").size());
        assertThat(browser.all(".analysis .article-text .time")).isNotEmpty();
        assertThat(browser.all(".analysis .article-text .quote")).isNotEmpty();
        assertThat(browser.all(".analysis .events .event")).hasSize(expected.path("events").size()).isNotEmpty();
        browser.screenshot("analyze");
    }

    @Test
    void hostileArticleIsShownAsTextAndRunsNothing() throws Exception {
        String id = app.id(HOSTILE);
        JsonNode rec = app.get("articles/" + id);
        String title = rec.path("title").asText();
        // the stored record really carries the payloads, so showing them as text is what is being tested
        assertThat(title).contains("<script>", "onerror=");
        assertThat(rec.path("text").asText()).contains("onerror=", "javascript:");

        browser.open("#/search?q=Bandung");
        assertThat(textsOf(browser.all(".hit-title"))).contains(title);
        assertNothingInjected();

        browser.open("#/article/" + id);
        assertThat(browser.one(".article-title").getText()).isEqualTo(title);
        assertThat(browser.script("return document.querySelector('.article-text').textContent"))
                .isEqualTo(rec.path("text").asText());
        if (!rec.path("url").isNull()) {
            assertThat(browser.all(".source a")).isEmpty();
            assertThat(browser.one(".source .url").getText()).isEqualTo(rec.path("url").asText());
        }
        assertNothingInjected();
        browser.screenshot("hostile-article");

        browser.open("#/story/" + rec.path("story").asText());
        assertNothingInjected();

        browser.open("#/analyze");
        browser.one("#analyze-input").sendKeys(WebFixture.resource(HOSTILE));
        browser.waitFor(".analysis .article-text");
        assertNothingInjected();
    }

    @Test
    void interfaceLanguageSwitchesBetweenIndonesianAndEnglish() throws IOException {
        browser.open("#/timeline");
        assertThat(browser.one(".main-nav a[data-page=timeline]").getText()).isEqualTo("Linimasa");
        new Select(browser.one("#ui-lang")).selectByValue("en");
        browser.waitReady();
        assertThat(browser.one("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.one(".main-nav a[data-page=timeline]").getText()).isEqualTo("Timeline");
        assertThat(browser.one("h1").getText()).isEqualTo("Events per day by type");
        browser.open("#/timeline");
        assertThat(browser.one("h1").getText()).as("the choice is kept").isEqualTo("Events per day by type");
        browser.screenshot("timeline-en");
        new Select(browser.one("#ui-lang")).selectByValue("id");
        browser.waitReady();
        assertThat(browser.one("h1").getText()).isEqualTo("Peristiwa per hari menurut jenis");
    }

    @Test
    void highlightingKeepsTheTextAndNestsOverlappingSpans() {
        browser.open("#/analyze");
        Object html = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "import('./js/highlight.js').then(m => {"
                + "  const d = document.createElement('div');"
                + "  d.appendChild(m.highlight('abcdefghij',"
                + "    [{start: 0, end: 6, cls: 'evidence', id: 0}, {start: 4, end: 10, cls: 'quote'}],"
                + "    [{start: 2, end: 5, cls: 'ent'}, {start: 3, end: 8, cls: 'x'}, {start: 9, end: 99, cls: 'y'}]));"
                + "  done(d.innerHTML);"
                + "});");
        assertThat(html).isEqualTo("<span class=\"hl-outer evidence\" data-ids=\"0\">ab<mark class=\"ent\">cd</mark>"
                + "</span><span class=\"hl-outer evidence quote\" data-ids=\"0\"><mark class=\"ent\">e</mark>f</span>"
                + "<span class=\"hl-outer quote\" data-ids=\"\">ghij</span>");
        // random spans over random text: the text comes back unchanged, and nothing becomes markup
        Object same = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "import('./js/highlight.js').then(m => {"
                + "  let seed = 7; const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };"
                + "  const alphabet = 'ab <>&\"\\'\\n\\u00e9\\ud83d\\ude00';"
                + "  for (let round = 0; round < 300; round++) {"
                + "    let text = ''; const len = rnd(40);"
                + "    for (let i = 0; i < len; i++) text += alphabet[rnd(alphabet.length)];"
                + "    const spans = () => Array.from({length: rnd(6)}, () => { const a = rnd(len + 3) - 1;"
                + "      return {start: a, end: a + rnd(12) - 2, cls: 'c' + rnd(3), id: rnd(4)}; });"
                + "    const d = document.createElement('div'); d.appendChild(m.highlight(text, spans(), spans()));"
                + "    if (d.textContent !== text || d.querySelector('*:not(span):not(mark)')) { done(false); return; }"
                + "  }"
                + "  done(true);"
                + "});");
        assertThat(same).isEqualTo(true);
    }

    @Test
    void aRequestToAnotherHostIsSeenAndStopped() {
        browser.driver().get("http://outside.warta-test.invalid/tile.png");
        assertThat(browser.pageRequests()).anySatisfy(u -> assertThat(local(u)).isFalse());
        assertThat(browser.trap().requests()).anySatisfy(r -> assertThat(r).contains("outside.warta-test.invalid"));
        // back to the app, so the checks after each test look at a page of ours
        browser.clearRequests();
        browser.consoleErrors();
        browser.open("#/search");
    }

    @Test
    void anEmptyStoreSaysHowToFillIt() throws Exception {
        try (WebFixture empty = new WebFixture(false)) {
            servers.add(empty.base());
            browser.openAt(empty.base(), "#/search");
            assertThat(browser.one(".no-results").getText()).contains("warta ingest", "POST /ingest");
            browser.screenshot("empty-search");
            browser.openAt(empty.base(), "#/timeline");
            assertThat(browser.all(".no-results")).hasSize(1);
            browser.openAt(empty.base(), "#/map");
            assertThat(browser.all("svg.world-map path.country")).hasSizeGreaterThan(170);
            assertThat(browser.all("svg.world-map circle.marker")).isEmpty();
            assertThat(browser.one(".map-holder .no-results").isDisplayed()).isTrue();
            browser.screenshot("empty-map");
        }
    }

    /** Whether a request stays on this machine: a server under test, or a data: URL inside the browser. */
    private boolean local(String url) {
        return url.startsWith("data:") || servers.stream().anyMatch(url::startsWith);
    }

    private void assertNothingInjected() {
        assertThat(browser.script("return window.__xss")).as("window.__xss").isNull();
        assertThat(browser.script("return document.title")).asString().doesNotContain("pwned");
        assertThat(browser.all("#view script, #view img, #view iframe, #view object, #view embed")).isEmpty();
        assertThat(browser.script("return [...document.querySelectorAll('#view *')].filter(e => [...e.attributes]"
                + ".some(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value))).length")).isEqualTo(0L);
    }

    private void waitUntilHash(String part) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(part));
        browser.waitReady();
    }

    private void waitUntilHashLacks(String part) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().contains(part));
        browser.waitReady();
    }

    private static int casualties(WebElement marker) {
        return Integer.parseInt(marker.getAttribute("data-casualties"));
    }

    private static List<String> attributes(List<WebElement> elements, String name) {
        return elements.stream().map(e -> e.getAttribute(name)).toList();
    }

    private static List<String> textsOf(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(n -> n.path("id").asText()).toList();
    }
}
