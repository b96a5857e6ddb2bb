package id.warta.extract;

import id.warta.WartaOptions;
import id.warta.model.Image;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlMetadataTest {

    /** A fixed "now" two days after the pages' publication. */
    private static final WartaOptions OPTIONS = WartaOptions.defaults()
            .withClock(Clock.fixed(Instant.parse("2022-01-10T00:00:00Z"), ZoneOffset.UTC));

    private static Metadata read(String resource, String url) throws IOException {
        try (InputStream in = HtmlMetadataTest.class.getResourceAsStream("/metadata/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return HtmlMetadata.read(Jsoup.parse(html, url), url, OPTIONS);
        }
    }

    private static Metadata readHtml(String html, String url, WartaOptions options) {
        return HtmlMetadata.read(Jsoup.parse(html, url == null ? "" : url), url, options);
    }

    @Test
    void indonesianPageWithJsonLdGraph() throws IOException {
        Metadata m = read("indonesian-jsonld-graph.html",
                "https://megapolitan.kompas.com/read/2022/01/08/07450011/harga-cabai-rawit-naik?page=all");
        assertThat(m.title()).isEqualTo("Harga Cabai Rawit di Pasar Induk Kramat Jati Naik Dua Kali Lipat");
        assertThat(m.authors()).containsExactly("Rahmat Hidayat");
        assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T07:45:11+07:00"));
        assertThat(m.modified()).isEqualTo(OffsetDateTime.parse("2022-01-08T09:10:00+07:00"));
        assertThat(m.site()).isEqualTo("KOMPAS.com");
        assertThat(m.url()).isEqualTo("https://megapolitan.kompas.com/read/2022/01/08/07450011/harga-cabai-rawit-naik");
        assertThat(m.language()).isEqualTo("id");
        assertThat(m.image()).isEqualTo(new Image("https://asset.kompas.com/crops/abc123/2022/01/08/cabai-rawit.jpg",
                "Pedagang cabai rawit melayani pembeli di Pasar Induk Kramat Jati, Jakarta Timur, Jumat (7/1/2022)."));
    }

    @Test
    void englishPageWithOpenGraphOnly() throws IOException {
        Metadata m = read("english-og-meta-only.html", "https://www.bbc.co.uk/news/uk-england-59913012?at_medium=RSS");
        assertThat(m.title()).isEqualTo("Flood warnings issued as heavy rain sweeps across northern England");
        assertThat(m.authors()).containsExactly("Eleanor Whitmore", "Daniel Okafor");
        assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T07:45Z"));
        assertThat(m.modified()).isEqualTo(OffsetDateTime.parse("2022-01-08T11:20Z"));
        assertThat(m.site()).isEqualTo("BBC News");
        assertThat(m.url()).isEqualTo("https://www.bbc.co.uk/news/uk-england-59913012");
        assertThat(m.language()).isEqualTo("en-GB");
        assertThat(m.image()).isEqualTo(new Image("https://ichef.example.co.uk/news/1024/flood-york.jpg",
                "The River Ouse burst its banks in York on Friday morning"));
    }

    @Test
    void indonesianPageWithOnlyPrintedByline() throws IOException {
        Metadata m = read("indonesian-byline-only.html", "https://metro.tempo.co/read/2022/01/07/warga-kampung-pulo");
        assertThat(m.title()).isEqualTo("Warga Kampung Pulo Mulai Bersihkan Lumpur Sisa Banjir");
        assertThat(m.site()).isEqualTo("Tempo.co");
        // the reporter is the writer; the editor is not reported beside a writer
        assertThat(m.authors()).containsExactly("Andi Prasetyo");
        // the printed date after the headline wins over the URL's date and the site header's "today"
        assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T07:45+07:00"));
        assertThat(m.modified()).isEqualTo(OffsetDateTime.parse("2022-01-08T10:05+07:00"));
        assertThat(m.url()).isEqualTo("https://metro.tempo.co/read/2022/01/07/warga-kampung-pulo");
        assertThat(m.language()).isNull();
        assertThat(m.image()).isNull();
    }

    @Test
    void futureDatesAreRejectedAndUrlDateIsTheLastResort() throws IOException {
        Metadata m = read("english-nyt-style-future-date.html",
                "https://www.dailyledger.example.com/2022/01/07/opinion/local-newspapers.html?smid=tw");
        assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2022-01-07T00:00Z"));
        assertThat(m.modified()).isNull();
        assertThat(m.title()).isEqualTo("The Quiet Collapse of Small-Town Newspapers");
        // persons win over the organisation credited beside them; capitals become Title Case
        assertThat(m.authors()).containsExactly("Margaret Ellison");
        assertThat(m.site()).isEqualTo("The Daily Ledger");
    }

    @Test
    void modifiedIsKeptOnlyWhenAfterPublished() {
        String html = "<html><head><meta property='article:published_time' content='2022-01-08T07:45:00+07:00'>"
                + "<meta property='article:modified_time' content='2022-01-08T07:45:00+07:00'></head></html>";
        Metadata m = readHtml(html, "https://www.example.com/a", OPTIONS);
        assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T07:45+07:00"));
        assertThat(m.modified()).isNull();

        String earlier = html.replace("modified_time' content='2022-01-08T07:45", "modified_time' content='2022-01-07T07:45");
        assertThat(readHtml(earlier, "https://www.example.com/a", OPTIONS).modified()).isNull();
    }

    @Test
    void dateOnlyYieldsToATimedDateOfTheSameDay() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"Article\","
                + "\"datePublished\":\"2022-01-08\"}</script>"
                + "<meta property='article:published_time' content='2022-01-08T07:45:00+07:00'></head></html>";
        assertThat(readHtml(html, "https://www.example.com/a", OPTIONS).published())
                .isEqualTo(OffsetDateTime.parse("2022-01-08T07:45+07:00"));
        // the same day in the page's zone, though another day in UTC
        String utc = html.replace("2022-01-08T07:45:00+07:00", "2022-01-07T20:00:00Z");
        assertThat(readHtml(utc, "https://www.example.co.id/a", OPTIONS).published())
                .isEqualTo(OffsetDateTime.parse("2022-01-07T20:00Z"));
    }

    @Test
    void dateAndNameInOneBylineElement() {
        String html = "<html><body><div class='title'><h1>Polisi Tutup Jalur Puncak Selama Libur Panjang</h1></div>"
                + "<div class='namerep'>Fikri Ramadhan, Okezone · Sabtu 08 Januari 2022 07:45 WIB</div>"
                + "<p>Penutupan berlaku mulai pukul 06.00 hingga 18.00.</p></body></html>";
        Metadata m = readHtml(html, "https://news.example.com/read/2022/01/08/338/polisi-tutup-jalur-puncak", OPTIONS);
        assertThat(m.authors()).containsExactly("Fikri Ramadhan");
        assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T07:45+07:00"));
    }

    @Test
    void siteLogoInAnH1DoesNotMakeTheHeaderDateTheArticles() {
        String html = "<html><head><title>Jembatan Gantung Putus, Siswa Seberangi Sungai dengan Rakit | Warta Desa"
                + "</title><meta property='og:site_name' content='Warta Desa'></head><body>"
                + "<header><h1 class='logo'>Warta Desa</h1><div class='today-date'>Minggu, 9 Januari 2022</div></header>"
                + "<h1>Jembatan Gantung Putus, Siswa Seberangi Sungai dengan Rakit</h1>"
                + "<div class='post-date'>Jumat, 7 Januari 2022 16:20 WIB</div></body></html>";
        Metadata m = readHtml(html, "https://wartadesa.example.com/jembatan-gantung-putus", OPTIONS);
        assertThat(m.title()).isEqualTo("Jembatan Gantung Putus, Siswa Seberangi Sungai dengan Rakit");
        assertThat(m.site()).isEqualTo("Warta Desa");
        assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2022-01-07T16:20+07:00"));
    }

    @Test
    void photoCreditIsNotAByline() {
        String html = "<html><body><h1>Harimau Sumatra Terekam Kamera Jebak di Kerinci</h1>"
                + "<div class='image-meta'><div class='image-credit'>Hendra Saputra, Antara</div></div>"
                + "<figure><img src='a.jpg'><figcaption class='credit'>Foto: Lukas Widodo</figcaption></figure>"
                + "<div class='author-name'>Oleh: Maya Sari</div></body></html>";
        assertThat(readHtml(html, "https://www.example.co.id/a", OPTIONS).authors()).containsExactly("Maya Sari");
    }

    @Test
    void urlDates() {
        String html = "<html lang='id'><head><title>Judul</title></head></html>";
        assertThat(readHtml(html, "https://www.example.com/nasional/20220108074500-20-744512/judul", OPTIONS)
                .published()).isEqualTo(OffsetDateTime.parse("2022-01-08T07:45+07:00"));
        assertThat(readHtml(html, "https://www.example.com/read/2022/01/08/07450011/judul", OPTIONS).published())
                .isEqualTo(OffsetDateTime.parse("2022-01-08T00:00+07:00"));
        assertThat(readHtml(html, "https://www.example.com/berita/banjir-bandang-2022-01-08", OPTIONS).published())
                .isEqualTo(OffsetDateTime.parse("2022-01-08T00:00+07:00"));
        // article numbers are not dates, and a date after "now" is not accepted from the URL either
        assertThat(readHtml(html, "https://www.example.com/berita/2015123456/judul", OPTIONS).published()).isNull();
        assertThat(readHtml(html, "https://www.example.com/2022/03/01/judul", OPTIONS).published()).isNull();
    }

    @Test
    void usPagesWriteTheMonthFirst() {
        String html = "<html lang='%s'><body><h1>County approves new budget for road repairs</h1>"
                + "<div class='timestamp'>Posted 01/08/2022 7:45 AM</div></body></html>";
        assertThat(readHtml(html.formatted("en-US"), "https://www.example.com/news/budget", OPTIONS).published())
                .isEqualTo(OffsetDateTime.parse("2022-01-08T07:45Z"));
        assertThat(readHtml(html.formatted("en-GB"), "https://www.example.co.uk/news/budget", OPTIONS).published())
                .isNull();
    }

    @Test
    void relativeTimeIsNotADate() {
        String html = "<html><body><h1>Warga mengungsi ke masjid setelah tanggul jebol</h1>"
                + "<div class='date'>Published 3 hours ago</div><div class='author'>By Rina Kartika</div></body></html>";
        Metadata m = readHtml(html, "https://www.example.com/news/warga-mengungsi", OPTIONS);
        assertThat(m.published()).isNull();
        assertThat(m.authors()).containsExactly("Rina Kartika");
    }

    @Test
    void zoneOfTimesWithoutOffset() {
        String html = "<html><head><meta name='pubdate' content='2022-01-08 07:45:00'></head></html>";
        WartaOptions newYork = OPTIONS.withDefaultZone(ZoneId.of("America/New_York"));
        assertThat(readHtml(html, "https://www.example.com/a", newYork).published())
                .isEqualTo(OffsetDateTime.parse("2022-01-08T07:45-05:00"));
        // an Indonesian domain means WIB
        assertThat(readHtml(html, "https://www.example.co.id/a", newYork).published())
                .isEqualTo(OffsetDateTime.parse("2022-01-08T07:45+07:00"));
        // so does an Indonesian page language
        assertThat(readHtml(html.replace("<html>", "<html lang='id'>"), "https://www.example.com/a", newYork)
                .published()).isEqualTo(OffsetDateTime.parse("2022-01-08T07:45+07:00"));
    }

    @Test
    void editorIsTheAuthorWhenNoWriterIsCredited() {
        String html = "<html><body><h1>Pemerintah Tetapkan Harga Eceran Tertinggi Minyak Goreng</h1>"
                + "<div class='editor'>Yusuf Maulana</div></body></html>";
        assertThat(readHtml(html, "https://www.example.co.id/a", OPTIONS).authors()).containsExactly("Yusuf Maulana");
    }

    @Test
    void profileUrlGivesANameOnlyAsLastResort() {
        String html = "<html><head><meta property='article:author' "
                + "content='https://www.example.co.id/penulis/budi-santoso'></head></html>";
        assertThat(readHtml(html, "https://www.example.co.id/a", OPTIONS).authors()).containsExactly("Budi Santoso");
        assertThat(HtmlMetadata.nameFromProfileUrl("https://www.facebook.com/jane-doe")).isNull();
        assertThat(HtmlMetadata.nameFromProfileUrl("https://www.example.com/author/12345")).isNull();
    }

    @Test
    void siteFallsBackToTheDomain() {
        Metadata m = readHtml("<html><head><title>Banjir Rob Rendam Pesisir Utara</title></head></html>",
                "https://news.example.co.id/berita/banjir-rob", OPTIONS);
        assertThat(m.site()).isEqualTo("example.co.id");
        assertThat(m.title()).isEqualTo("Banjir Rob Rendam Pesisir Utara");
        assertThat(HtmlMetadata.registrableDomain("www.kompas.com")).isEqualTo("kompas.com");
        assertThat(HtmlMetadata.registrableDomain("www.bbc.co.uk")).isEqualTo("bbc.co.uk");
    }

    @Test
    void languageTags() {
        assertThat(HtmlMetadata.languageTag("id_ID")).isEqualTo("id-ID");
        assertThat(HtmlMetadata.languageTag("in")).isEqualTo("id");
        assertThat(HtmlMetadata.languageTag("EN-us")).isEqualTo("en-US");
        assertThat(HtmlMetadata.languageTag("en-US, id")).isEqualTo("en-US");
        assertThat(HtmlMetadata.languageTag("{{lang}}")).isNull();
        assertThat(HtmlMetadata.languageTag("")).isNull();
    }

    @Test
    void canonicalPointingAtTheHomePageIsIgnored() {
        String html = "<html><head><link rel='canonical' href='https://www.example.com/'></head></html>";
        assertThat(readHtml(html, "https://www.example.com/2022/01/08/story", OPTIONS).url())
                .isEqualTo("https://www.example.com/2022/01/08/story");
    }

    @Test
    void emptyAndHeadlessPagesGiveEmptyMetadata() {
        Metadata empty = HtmlMetadata.read(new Document(""), null, OPTIONS);
        assertThat(empty.title()).isNull();
        assertThat(empty.authors()).isEmpty();
        assertThat(empty.published()).isNull();
        assertThat(empty.site()).isNull();
        assertThat(empty.url()).isNull();
        Metadata headless = readHtml("<p>Hanya satu paragraf tanpa kepala halaman.</p>", null, OPTIONS);
        assertThat(headless.title()).isNull();
        assertThat(headless.image()).isNull();
    }

    @Test
    void junkJsonLdIsIgnored() {
        String truncated = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Gempa";
        String deep = "<script type='application/ld+json'>" + "[".repeat(100_000) + "]".repeat(100_000) + "</script>";
        String huge = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + "x".repeat(2_000_000) + "\"}</script>";
        String notObject = "<script type='application/ld+json'>\"just a string\"</script>"
                + "<script type='application/ld+json'>{\"@type\":[1,{}],\"author\":{\"name\":[]}}</script>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"@id\":\"#missing\"},"
                + "\"image\":[],\"datePublished\":{\"x\":1}}</script>";
        for (String script : new String[]{truncated, deep, huge, notObject}) {
            String html = "<html><head><title>Gempa Magnitudo 5,2 Guncang Sukabumi</title>" + script
                    + "</head></html>";
            Metadata m = readHtml(html, "https://www.example.co.id/a", OPTIONS);
            assertThat(m.title()).isEqualTo("Gempa Magnitudo 5,2 Guncang Sukabumi");
        }
    }

    @Test
    void articleAmongRelatedStoriesIsTheOneWithThePagesTitle() {
        String html = "<html><head><title>Longsor Tutup Jalan Nasional di Sumedang | Kabar Priangan</title>"
                + "<script type='application/ld+json'>{\"@type\":\"ItemList\",\"itemListElement\":["
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Harga Telur Ayam Naik di Pasar Cibereum\","
                + "\"datePublished\":\"2022-01-05T10:00:00+07:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Rudi Hartono\"}}]}"
                + "</script><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Longsor Tutup Jalan Nasional di Sumedang\",\"datePublished\":\"2022-01-08T06:30:00+07:00\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Nina Marlina\"}}</script></head></html>";
        Metadata m = readHtml(html, "https://kabarpriangan.example.co.id/longsor-sumedang", OPTIONS);
        assertThat(m.authors()).containsExactly("Nina Marlina");
        assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T06:30+07:00"));
    }

    @Test
    void jsonLdArrayWithCommentAndTrailingComma() {
        String html = "<html><head><script type='application/ld+json'><!--\n[{\"@type\":\"BreadcrumbList\"},"
                + "{\"@type\":[\"ReportageNewsArticle\"],\"headline\":\"Ribuan Warga Padati Alun-alun\","
                + "\"datePublished\":\"2022-01-08T07:45:00+07:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Dewi Lestari\"},"
                + "{\"@type\":\"Person\",\"name\":\"Fajar Nugroho\"},],}]\n--></script></head></html>";
        Metadata m = readHtml(html, "https://www.example.co.id/a", OPTIONS);
        assertThat(m.title()).isEqualTo("Ribuan Warga Padati Alun-alun");
        assertThat(m.authors()).containsExactly("Dewi Lestari", "Fajar Nugroho");
        assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T07:45+07:00"));
    }
}
