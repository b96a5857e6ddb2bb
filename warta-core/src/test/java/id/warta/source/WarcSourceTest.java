package id.warta.source;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.model.Article;
import id.warta.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.DeflaterOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** WARC files the tests write themselves: pages, what is not a page, and files broken in the ways crawls break. */
class WarcSourceTest {

    private static final WartaOptions OPTIONS = WartaOptions.defaults();
    private static final byte[] BERAS = TestWarc.resource("id-harga-beras-cipinang.html");
    private static final byte[] ROB = TestWarc.resource("id-banjir-rob-tanpa-tanggal.html");
    private static final byte[] RAIL = TestWarc.resource("en-commuter-rail-late-service.html");
    private static final byte[] PORT = TestWarc.resource("en-port-strike-no-date.html");
    private static final String BERAS_URL = "https://pasar.warta.example/ekonomi/2024/03/05/harga-beras-cipinang";
    private static final String ROB_URL = "https://kabarpantura.example/berita/banjir-rob-pekalongan";
    private static final String RAIL_URL = "https://metrodaily.example/city/commuter-line-late-trains";
    private static final String PORT_URL = "https://harbourtimes.example/shipping/priok-strike-ends";

    /** A stream that gives a few bytes per read and cannot seek or mark, as a network or Hadoop stream may. */
    private static InputStream trickle(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1000));
            }

            @Override
            public boolean markSupported() {
                return false;
            }
        };
    }

    private static List<RawDocument> read(String name, byte[] warc) {
        return read(name, warc, OPTIONS);
    }

    private static List<RawDocument> read(String name, byte[] warc, WartaOptions options) {
        try (Stream<RawDocument> s = Sources.fromWarc(name, trickle(warc), options)) {
            return s.toList();
        }
    }

    private static TestWarc crawl(boolean gzip) {
        return new TestWarc(gzip)
                .warcinfo()
                .request(BERAS_URL, "2024-03-05T03:20:11Z")
                .page(BERAS_URL, "2024-03-05T03:20:12Z", BERAS)
                .metadata(BERAS_URL)
                .request(RAIL_URL, "2024-03-06T08:01:40Z")
                .page(RAIL_URL, "2024-03-06T08:01:41Z", RAIL)
                .page(ROB_URL, "2024-03-08T02:00:00Z", ROB);
    }

    @Test
    void everyHtmlResponseOfAGzippedWarcIsADocumentNamedByItsRecordOffset() {
        TestWarc warc = crawl(true);
        List<RawDocument> docs = read("crawl.warc.gz", warc.bytes());

        assertThat(docs).extracting(RawDocument::input, RawDocument::url, RawDocument::fetched,
                        RawDocument::contentType, RawDocument::failure)
                .containsExactly(
                        tuple("crawl.warc.gz#" + warc.offset(2), BERAS_URL,
                                OffsetDateTime.parse("2024-03-05T03:20:12Z"), "text/html; charset=utf-8", null),
                        tuple("crawl.warc.gz#" + warc.offset(5), RAIL_URL,
                                OffsetDateTime.parse("2024-03-06T08:01:41Z"), "text/html; charset=utf-8", null),
                        tuple("crawl.warc.gz#" + warc.offset(6), ROB_URL,
                                OffsetDateTime.parse("2024-03-08T02:00:00Z"), "text/html; charset=utf-8", null));
        assertThat(docs.get(0).bytes()).isEqualTo(BERAS);
        assertThat(docs.get(1).bytes()).isEqualTo(RAIL);
        assertThat(docs.get(2).bytes()).isEqualTo(ROB);
        // the offsets are those of gzip members in the file: seeking there and reading one record gives the page
        long at = warc.offset(5);
        byte[] rest = Arrays.copyOfRange(warc.bytes(), (int) at, warc.bytes().length);
        assertThat(read("crawl.warc.gz", rest).get(0).bytes()).isEqualTo(RAIL);
    }

    @Test
    void aPlainWarcGivesTheSameDocumentsWithUncompressedOffsets() {
        TestWarc warc = crawl(false);
        List<RawDocument> docs = read("crawl.warc", warc.bytes());

        assertThat(docs).extracting(RawDocument::input)
                .containsExactly("crawl.warc#" + warc.offset(2), "crawl.warc#" + warc.offset(5),
                        "crawl.warc#" + warc.offset(6));
        assertThat(new String(warc.bytes(), (int) warc.offset(5), 40, StandardCharsets.ISO_8859_1))
                .startsWith("WARC/1.");
        assertThat(docs).extracting(d -> new String(d.bytes(), StandardCharsets.UTF_8))
                .containsExactly(new String(BERAS, StandardCharsets.UTF_8), new String(RAIL, StandardCharsets.UTF_8),
                        new String(ROB, StandardCharsets.UTF_8));
    }

    @Test
    void theExtractedArticlesCarryTheUrlAndFetchTime() {
        List<Article> articles = read("crawl.warc.gz", crawl(true).bytes()).stream().map(d -> Warta.extract(d, OPTIONS)).toList();

        assertThat(articles).allMatch(Article::ok);
        assertThat(articles.get(0).title())
                .isEqualTo("Harga Beras Medium di Pasar Induk Cipinang Naik Rp 1.000 per Kilogram");
        assertThat(articles.get(0).published()).isEqualTo(OffsetDateTime.parse("2024-03-05T09:12+07:00"));
        assertThat(articles.get(0).fetched()).isEqualTo(OffsetDateTime.parse("2024-03-05T03:20:12Z"));
        assertThat(articles.get(1).text()).contains("eight additional trains after 11 p.m.");
        assertThat(articles.get(2).url()).isEqualTo(ROB_URL);
        assertThat(articles.get(2).published()).isNull();
        assertThat(articles.get(2).fetched()).isEqualTo(OffsetDateTime.parse("2024-03-08T02:00:00Z"));
    }

    @Test
    void responsesThatAreNotPagesBecomeFailureRecordsAndTheFileReadsOn() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] notFound = "<html><head><title>404 Halaman tidak ditemukan</title></head><body><h1>Halaman tidak ditemukan</h1></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        TestWarc warc = new TestWarc(true)
                .page(BERAS_URL, "2024-03-05T03:20:12Z", BERAS)
                .response("https://pasar.warta.example/laporan/inflasi-februari-2024.pdf", "2024-03-05T03:21:00Z",
                        "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: " + pdf.length + "\r\n",
                        pdf)
                .response("https://pasar.warta.example/ekonomi/berita-yang-dihapus", "2024-03-05T03:22:00Z",
                        "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n", notFound)
                .response("https://pasar.warta.example/unduh/tanpa-jenis", "2024-03-05T03:23:00Z",
                        "HTTP/1.1 200 OK\r\n", pdf)
                .response(PORT_URL, "2024-03-07T10:00:00Z", "HTTP/1.1 200 OK\r\n", PORT)
                .page(RAIL_URL, "2024-03-06T08:01:41Z", RAIL);

        List<RawDocument> docs = read("campur.warc.gz", warc.bytes());

        assertThat(docs).extracting(RawDocument::input, d -> d.failed() ? d.failure().code() : "ok")
                .containsExactly(
                        tuple("campur.warc.gz#" + warc.offset(0), "ok"),
                        tuple("campur.warc.gz#" + warc.offset(1), "not-html"),
                        tuple("campur.warc.gz#" + warc.offset(2), "http-404"),
                        tuple("campur.warc.gz#" + warc.offset(3), "not-html"),
                        tuple("campur.warc.gz#" + warc.offset(4), "ok"),
                        tuple("campur.warc.gz#" + warc.offset(5), "ok"));
        assertThat(docs.get(1).failure().message()).contains("application/pdf");
        assertThat(docs.get(1).url()).isEqualTo("https://pasar.warta.example/laporan/inflasi-februari-2024.pdf");
        assertThat(docs.get(1).fetched()).isEqualTo(OffsetDateTime.parse("2024-03-05T03:21:00Z"));
        assertThat(docs.get(2).failure().message()).contains("404");
        assertThat(docs.get(3).failure().message()).contains("no Content-Type");
        // sniffed as HTML without a Content-Type
        assertThat(docs.get(4).bytes()).isEqualTo(PORT);
        assertThat(docs.get(4).contentType()).isNull();
    }

    @Test
    void chunkedAndCompressedBodiesAreDecoded() throws IOException {
        byte[] gz = TestWarc.gzip(BERAS);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(deflated)) {
            d.write(RAIL);
        }
        String chunked = chunks(ROB, 700);
        TestWarc warc = new TestWarc(false)
                .response(BERAS_URL, "2024-03-05T03:20:12Z", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                        + "Content-Encoding: gzip\r\nContent-Length: " + gz.length + "\r\n", gz)
                .response(RAIL_URL, "2024-03-06T08:01:41Z", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                        + "Content-Encoding: deflate\r\n", deflated.toByteArray())
                .response(ROB_URL, "2024-03-08T02:00:00Z", "HTTP/1.1 200 OK\r\nContent-Type: text/html; "
                        + "charset=UTF-8\r\nTransfer-Encoding: chunked\r\n", chunked.getBytes(StandardCharsets.ISO_8859_1))
                .response(PORT_URL, "2024-03-07T10:00:00Z", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                        + "Content-Encoding: gzip\r\n", Arrays.copyOf(gz, gz.length / 2));

        List<RawDocument> docs = read("terkode.warc", warc.bytes());

        assertThat(docs).hasSize(4);
        assertThat(docs.get(0).bytes()).isEqualTo(BERAS);
        assertThat(docs.get(1).bytes()).isEqualTo(RAIL);
        assertThat(docs.get(2).bytes()).isEqualTo(ROB);
        assertThat(docs.get(3).failure().code()).isEqualTo("bad-gzip");
        assertThat(docs.get(3).input()).isEqualTo("terkode.warc#" + warc.offset(3));
    }

    /** The body in chunks of {@code size} bytes, as a server streaming a page sends it. */
    private static String chunks(byte[] body, int size) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < body.length; i += size) {
            int n = Math.min(size, body.length - i);
            sb.append(Integer.toHexString(n)).append("\r\n")
                    .append(new String(body, i, n, StandardCharsets.ISO_8859_1)).append("\r\n");
        }
        return sb.append("0\r\n\r\n").toString();
    }

    @Test
    void aRecordOverMaxBytesIsSkippedAndTheNextRecordsStillCome() {
        WartaOptions small = OPTIONS.withMaxBytes(64 * 1024);
        byte[] huge = new byte[200 * 1024];
        byte[] line = "<p>Tabel hasil rekapitulasi suara per tempat pemungutan suara.</p>\n"
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < huge.length; i++) {
            huge[i] = line[i % line.length];
        }
        TestWarc warc = new TestWarc(true)
                .page(BERAS_URL, "2024-03-05T03:20:12Z", BERAS)
                .page("https://pasar.warta.example/pemilu/rekap-tps", "2024-03-05T04:00:00Z", huge)
                .response("https://pasar.warta.example/pemilu/rekap-tps-2", "2024-03-05T04:00:01Z",
                        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                        chunks(huge, 8192).getBytes(StandardCharsets.ISO_8859_1))
                .page(RAIL_URL, "2024-03-06T08:01:41Z", RAIL);

        List<RawDocument> docs = read("besar.warc.gz", warc.bytes(), small);

        assertThat(docs).extracting(RawDocument::input, d -> d.failed() ? d.failure().code() : "ok")
                .containsExactly(
                        tuple("besar.warc.gz#" + warc.offset(0), "ok"),
                        tuple("besar.warc.gz#" + warc.offset(1), "too-large"),
                        tuple("besar.warc.gz#" + warc.offset(2), "too-large"),
                        tuple("besar.warc.gz#" + warc.offset(3), "ok"));
        assertThat(docs.get(1).failure().message()).contains(String.valueOf(huge.length)).contains("65536");
        assertThat(docs.get(3).bytes()).isEqualTo(RAIL);
    }

    @Test
    void aGzipMemberCutInTheMiddleEndsTheFileWithOneTruncatedRecord() {
        TestWarc warc = crawl(true);
        long cutRecord = warc.offset(5);
        byte[] cut = Arrays.copyOf(warc.bytes(), (int) cutRecord + 300);

        List<RawDocument> docs = read("terpotong.warc.gz", cut);

        assertThat(docs).extracting(RawDocument::input, d -> d.failed() ? d.failure().code() : "ok")
                .containsExactly(
                        tuple("terpotong.warc.gz#" + warc.offset(2), "ok"),
                        tuple("terpotong.warc.gz#" + cutRecord, "truncated"));
        assertThat(docs.get(1).failure().message()).contains("offset " + cutRecord);
    }

    @Test
    void aPlainFileCutInsideABodyEndsWithATruncatedRecord() {
        TestWarc warc = crawl(false);
        byte[] cut = Arrays.copyOf(warc.bytes(), (int) warc.offset(6) + 900);

        List<RawDocument> docs = read("terpotong.warc", cut);

        assertThat(docs).extracting(RawDocument::input, d -> d.failed() ? d.failure().code() : "ok")
                .containsExactly(
                        tuple("terpotong.warc#" + warc.offset(2), "ok"),
                        tuple("terpotong.warc#" + warc.offset(5), "ok"),
                        tuple("terpotong.warc#" + warc.offset(6), "truncated"));
    }

    @Test
    void aRecordWhoseContentLengthIsTooShortIsNotTakenForAPage() {
        byte[] warc = lyingWarc(-500);
        List<RawDocument> docs = read("bohong.warc", warc);

        assertThat(docs).extracting(RawDocument::input, d -> d.failed() ? d.failure().code() : "ok")
                .containsExactly(
                        tuple("bohong.warc#0", "ok"),
                        tuple("bohong.warc#" + secondOffset(warc), "truncated"));
        assertThat(docs.get(0).bytes()).isEqualTo(BERAS);
    }

    @Test
    void aRecordWhoseContentLengthIsTooLongEndsTheFileAsTruncated() {
        byte[] warc = lyingWarc(+5000);
        List<RawDocument> docs = read("bohong.warc", warc);

        assertThat(docs).extracting(RawDocument::input, d -> d.failed() ? d.failure().code() : "ok")
                .containsExactly(
                        tuple("bohong.warc#0", "ok"),
                        tuple("bohong.warc#" + secondOffset(warc), "truncated"));
    }

    @Test
    void aRecordWhoseContentLengthLiesInAGzipMemberIsTruncatedToo() {
        byte[] plain = lyingWarc(-500);
        int second = (int) secondOffset(plain);
        byte[] first = TestWarc.gzip(Arrays.copyOf(plain, second));
        byte[] rest = TestWarc.gzip(Arrays.copyOfRange(plain, second, plain.length));
        byte[] warc = new byte[first.length + rest.length];
        System.arraycopy(first, 0, warc, 0, first.length);
        System.arraycopy(rest, 0, warc, first.length, rest.length);

        List<RawDocument> docs = read("bohong.warc.gz", warc);

        assertThat(docs).extracting(RawDocument::input, d -> d.failed() ? d.failure().code() : "ok")
                .containsExactly(tuple("bohong.warc.gz#0", "ok"), tuple("bohong.warc.gz#" + first.length,
                        "truncated"));
    }

    /** Two pages and a third; the second record's WARC Content-Length is off by {@code delta}. */
    private static byte[] lyingWarc(int delta) {
        TestWarc warc = new TestWarc(false)
                .page(BERAS_URL, "2024-03-05T03:20:12Z", BERAS)
                .page(RAIL_URL, "2024-03-06T08:01:41Z", RAIL)
                .page(ROB_URL, "2024-03-08T02:00:00Z", ROB);
        String text = new String(warc.bytes(), StandardCharsets.ISO_8859_1);
        int second = (int) warc.offset(1);
        int header = text.indexOf("Content-Length: ", second);
        int end = text.indexOf("\r\n", header);
        long length = Long.parseLong(text.substring(header + "Content-Length: ".length(), end));
        return (text.substring(0, header) + "Content-Length: " + (length + delta) + text.substring(end))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static long secondOffset(byte[] plain) {
        String text = new String(plain, StandardCharsets.ISO_8859_1);
        return text.indexOf("WARC/1.", 1);
    }

    @Test
    void anEmptyFileGivesOneEmptyRecord() {
        assertThat(read("kosong.warc.gz", new byte[0])).singleElement().satisfies(d -> {
            assertThat(d.input()).isEqualTo("kosong.warc.gz");
            assertThat(d.failure().code()).isEqualTo("empty");
        });
        // a crawl that only has its warcinfo and requests: no page, but the file still shows up
        TestWarc noPages = new TestWarc(true).warcinfo().request(BERAS_URL, "2024-03-05T03:20:11Z");
        assertThat(read("permintaan.warc.gz", noPages.bytes())).singleElement()
                .satisfies(d -> assertThat(d.failure().code()).isEqualTo("empty"));
    }

    @Test
    void bytesThatAreNotAWarcGiveOneBadWarcRecord() {
        assertThat(read("bukan.warc", BERAS)).singleElement().satisfies(d -> {
            assertThat(d.input()).isEqualTo("bukan.warc#0");
            assertThat(d.failure().code()).isEqualTo("bad-warc");
            assertThat(d.failure().message()).contains("not a WARC");
        });
        assertThat(read("bukan.warc.gz", TestWarc.gzip(RAIL))).singleElement()
                .satisfies(d -> assertThat(d.failure().code()).isEqualTo("bad-warc"));
        assertThat(read("satu-bita.warc", new byte[]{'W'})).singleElement()
                .satisfies(d -> assertThat(d.failed()).isTrue());
    }

    @Test
    void closingTheStreamClosesTheInputAndReadingIsLazy() {
        AtomicBoolean closed = new AtomicBoolean();
        TestWarc big = new TestWarc(true);
        for (int i = 0; i < 40; i++) {
            big.page(BERAS_URL + "?halaman=" + i, "2024-03-05T03:20:12Z", BERAS);
        }
        byte[] bytes = big.bytes();
        int[] read = new int[1];
        InputStream in = new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, Math.min(len, 512));
                read[0] += Math.max(n, 0);
                return n;
            }

            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };
        try (Stream<RawDocument> s = Sources.fromWarc("malas.warc.gz", in, OPTIONS)) {
            assertThat(read[0]).isZero();
            assertThat(s.findFirst()).isPresent();
            // one record and the reader's buffer, not the file
            assertThat(read[0]).isLessThan(bytes.length / 2);
        }
        assertThat(closed).isTrue();
    }

    @Test
    void filesAndDirectoriesDispatchWarcsByName(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a-crawl.warc.gz"), crawl(true).bytes());
        Files.write(dir.resolve("b-crawl.warc"), crawl(false).bytes());
        Files.writeString(dir.resolve("c-catatan.txt"), "Catatan redaksi: rapat pukul 10.00.");

        List<RawDocument> all;
        try (Stream<RawDocument> s = Sources.open(List.of(dir.toString()), OPTIONS)) {
            all = s.toList();
        }
        assertThat(all).extracting(RawDocument::input).hasSize(7)
                .allMatch(i -> i.startsWith(dir.toString()));
        assertThat(all.subList(0, 3)).extracting(RawDocument::input)
                .allMatch(i -> i.startsWith(dir.resolve("a-crawl.warc.gz") + "#"));
        assertThat(all.subList(3, 6)).extracting(RawDocument::input)
                .allMatch(i -> i.startsWith(dir.resolve("b-crawl.warc") + "#"));

        String file = dir.resolve("a-crawl.warc.gz").toString();
        try (Stream<RawDocument> s = Sources.open(List.of(file, dir.resolve("hilang.warc").toString()), OPTIONS)) {
            assertThat(s.toList()).extracting(d -> d.failed() ? d.failure().code() : d.url())
                    .containsExactly(BERAS_URL, RAIL_URL, ROB_URL, "not-found");
        }
    }
}
