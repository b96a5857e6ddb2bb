package id.warta.analyze;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.model.Analysis;
import id.warta.model.RawDocument;
import id.warta.time.TimeExpression;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages crawled without a publication date (golden pages under {@code source/}): their relative dates resolve
 * against the WARC fetch time, seen in the default zone (WIB), and the fetch time never becomes the publication
 * date. A page with a publication date keeps it as the anchor whatever the fetch time.
 */
class FetchedAnchorTest {

    private static final Path DIR = Path.of("src/test/resources/source");
    private static final Warta WARTA = Warta.with(WartaOptions.defaults());

    private static Analysis analyse(String page, String url, String fetched) throws IOException {
        return WARTA.analyze(new RawDocument("crawl.warc.gz#0", url, Files.readAllBytes(DIR.resolve(page)),
                "text/html; charset=utf-8", null, null, fetched == null ? null : OffsetDateTime.parse(fetched)));
    }

    private static List<String> times(Analysis a) {
        String text = a.article().text();
        return a.times().stream().map(t -> t.text(text) + " = " + t.value() + (t.relative() ? " relative" : ""))
                .toList();
    }

    @Test
    void anIndonesianPageWithoutDateReadsKemarinAgainstTheFetchTime() throws IOException {
        // fetched on Monday 11 March 2024 at 07:30 WIB (00:30 UTC): "kemarin" is Sunday the 10th
        Analysis a = analyse("id-banjir-rob-tanpa-tanggal.html", "https://kabarpantura.example/berita/rob",
                "2024-03-11T00:30:00Z");

        assertThat(a.article().published()).isNull();
        assertThat(a.article().fetched()).isEqualTo(OffsetDateTime.parse("2024-03-11T00:30:00Z"));
        assertThat(times(a)).contains("kemarin = 2024-03-10 relative", "Kamis lalu = 2024-03-07 relative");
    }

    @Test
    void theFetchTimeIsSeenInTheDefaultZone() throws IOException {
        // 20:00 UTC on Sunday the 10th is 03:00 WIB on Monday the 11th: for a reader in Jakarta "kemarin" is
        // Sunday the 10th, for one in UTC Saturday the 9th
        byte[] page = Files.readAllBytes(DIR.resolve("id-banjir-rob-tanpa-tanggal.html"));
        RawDocument crawled = new RawDocument("crawl.warc.gz#0", "https://kabarpantura.example/berita/rob", page,
                "text/html", null, null, OffsetDateTime.parse("2024-03-10T20:00:00Z"));

        Analysis jakarta = Warta.with(WartaOptions.defaults().withDefaultZone(ZoneId.of("Asia/Jakarta")))
                .analyze(crawled);
        Analysis utc = WARTA.analyze(crawled);

        assertThat(times(jakarta)).contains("kemarin = 2024-03-10 relative");
        assertThat(times(utc)).contains("kemarin = 2024-03-09 relative");
    }

    @Test
    void anEnglishPageWithoutDateReadsYesterdayAgainstTheFetchTime() throws IOException {
        // fetched on Thursday 7 March 2024
        Analysis a = analyse("en-port-strike-no-date.html", "https://harbourtimes.example/shipping/priok-strike-ends",
                "2024-03-07T03:00:00Z");

        assertThat(times(a)).contains("yesterday = 2024-03-06 relative", "Monday = 2024-03-04 relative");
    }

    @Test
    void withoutAFetchTimeRelativeDatesAreNotResolved() throws IOException {
        Analysis a = analyse("id-banjir-rob-tanpa-tanggal.html", "https://kabarpantura.example/berita/rob", null);

        assertThat(a.times()).noneMatch(TimeExpression::relative);
    }

    @Test
    void aPublicationDateStaysTheAnchor() throws IOException {
        // published Tuesday 5 March 2024; crawled a week later
        Analysis a = analyse("id-harga-beras-cipinang.html", "https://pasar.warta.example/ekonomi/harga-beras",
                "2024-03-12T05:00:00Z");

        assertThat(a.article().published()).isEqualTo(OffsetDateTime.parse("2024-03-05T09:12+07:00"));
        assertThat(times(a)).contains("pekan depan = 2024-W11 relative");
    }
}
