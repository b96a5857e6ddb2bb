package id.warta.source;

import id.warta.WartaOptions;
import id.warta.model.Format;
import id.warta.model.RawDocument;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class SourcesTest {

    private static final WartaOptions OPTIONS = WartaOptions.defaults();

    private static final String BANJIR = """
            <!DOCTYPE html>
            <html lang="id"><head><meta charset="utf-8"><title>Banjir Rendam Ratusan Rumah di Bekasi</title></head>
            <body><article><h1>Banjir Rendam Ratusan Rumah di Bekasi</h1>
            <p>BEKASI – Hujan deras sejak Sabtu malam membuat Kali Bekasi meluap. Sedikitnya 640 rumah di tiga
            kelurahan terendam air setinggi 50 sentimeter hingga satu meter.</p>
            <p>“Air mulai masuk rumah sekitar pukul 02.00,” kata Siti Aminah, warga Perumahan Pondok Gede Permai.</p>
            </article></body></html>
            """;

    private static final String GEMPA = """
            <!DOCTYPE html>
            <html lang="id"><head><title>Gempa M 5,6 Guncang Cianjur, Warga Berhamburan</title></head>
            <body><h1>Gempa M 5,6 Guncang Cianjur</h1>
            <p>CIANJUR – Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, Senin siang. BMKG
            menyebut pusat gempa berada di darat pada kedalaman 10 kilometer.</p></body></html>
            """;

    private static final String SKRIP = """
            Pemkot Surabaya Tambah 20 Bus Listrik

            SURABAYA, Warta - Pemerintah Kota Surabaya menambah 20 unit bus listrik untuk rute Terminal Purabaya -
            Tanjung Perak mulai Januari.

            Baca Juga: Tarif Suroboyo Bus Tetap Bisa Dibayar dengan Sampah Plastik

            Kepala Dinas Perhubungan mengatakan bus baru itu akan mengurangi waktu tunggu penumpang menjadi 10 menit.
            """;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static List<RawDocument> read(WartaOptions options, String... inputs) {
        try (Stream<RawDocument> s = Sources.open(List.of(inputs), options)) {
            return s.collect(Collectors.toList());
        }
    }

    private static List<RawDocument> read(String... inputs) {
        return read(OPTIONS, inputs);
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    @Test
    void filesComeOutInInputOrder(@TempDir Path dir) throws IOException {
        Path gempa = write(dir.resolve("gempa-cianjur.html"), utf8(GEMPA));
        Path banjir = write(dir.resolve("banjir-bekasi.htm"), utf8(BANJIR));
        List<RawDocument> docs = read(gempa.toString(), banjir.toString());
        assertThat(docs).extracting(RawDocument::input).containsExactly(gempa.toString(), banjir.toString());
        assertThat(docs.get(0).bytes()).isEqualTo(utf8(GEMPA));
        assertThat(docs.get(1).bytes()).isEqualTo(utf8(BANJIR));
        assertThat(docs).allSatisfy(d -> {
            assertThat(d.failed()).isFalse();
            assertThat(d.url()).isNull();
            assertThat(d.format()).isNull();
        });
    }

    @Test
    void nestedDirectoriesAreWalkedSortedAndHiddenOrForeignFilesSkipped(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("arsip");
        write(root.resolve("2024/12/gempa-cianjur.html"), utf8(GEMPA));
        write(root.resolve("2024/12/banjir-bekasi.html"), utf8(BANJIR));
        write(root.resolve("2024/11/bus-listrik.txt"), utf8(SKRIP));
        write(root.resolve("2024/11/8812.gz"), gzip(utf8(BANJIR)));
        write(root.resolve("2024/indeks.xhtml"), utf8(GEMPA));
        write(root.resolve("a-pengantar.html"), utf8(BANJIR));
        write(root.resolve(".git/HEAD"), utf8("ref: refs/heads/main\n"));
        write(root.resolve(".cache/old.html"), utf8(GEMPA));
        write(root.resolve("2024/.draft.html"), utf8(GEMPA));
        write(root.resolve("2024/12/foto-banjir.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        write(root.resolve("README"), utf8("Arsip berita redaksi, jangan dihapus.\n"));
        write(root.resolve("backup.tar.gz"), gzip(utf8(GEMPA)));

        List<RawDocument> docs = read(root.toString());

        assertThat(docs).extracting(RawDocument::input).containsExactly(
                root.resolve("2024/11/8812.gz").toString(),
                root.resolve("2024/11/bus-listrik.txt").toString(),
                root.resolve("2024/12/banjir-bekasi.html").toString(),
                root.resolve("2024/12/gempa-cianjur.html").toString(),
                root.resolve("2024/indeks.xhtml").toString(),
                root.resolve("a-pengantar.html").toString());
        assertThat(docs.get(0).bytes()).isEqualTo(utf8(BANJIR));
        assertThat(docs.get(1).bytes()).isEqualTo(utf8(SKRIP));
    }

    @Test
    void symbolicLinkLoopIsNotFollowed(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("arsip");
        write(root.resolve("2024/banjir-bekasi.html"), utf8(BANJIR));
        Files.createSymbolicLink(root.resolve("2024/kembali"), root);
        Files.createSymbolicLink(root.resolve("2024/terbaru.html"), root.resolve("2024/banjir-bekasi.html"));
        List<RawDocument> docs = read(root.toString());
        assertThat(docs).extracting(RawDocument::input).containsExactly(
                root.resolve("2024/banjir-bekasi.html").toString(), root.resolve("2024/terbaru.html").toString());
        assertThat(docs.get(1).bytes()).isEqualTo(utf8(BANJIR));
    }

    @Test
    void fileNamedExplicitlyIsReadWhateverItsName(@TempDir Path dir) throws IOException {
        Path page = write(dir.resolve("berita-8812"), utf8(GEMPA));
        List<RawDocument> docs = read(page.toString());
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).bytes()).isEqualTo(utf8(GEMPA));
    }

    @Test
    void directoryWithoutDocumentsLeavesARecord(@TempDir Path dir) throws IOException {
        write(dir.resolve("foto/banjir.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        List<RawDocument> docs = read(dir.toString());
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).failure().code()).isEqualTo("no-documents");
        assertThat(docs.get(0).failure().message()).contains(dir.toString());
    }

    @Test
    void gzipFileIsUnpacked(@TempDir Path dir) throws IOException {
        Path gz = write(dir.resolve("banjir-bekasi.html.gz"), gzip(utf8(BANJIR)));
        List<RawDocument> docs = read(gz.toString());
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).failed()).isFalse();
        assertThat(docs.get(0).bytes()).isEqualTo(utf8(BANJIR));
    }

    @Test
    void truncatedGzipIsBadGzipNamingTheFile(@TempDir Path dir) throws IOException {
        byte[] whole = gzip(utf8(BANJIR.repeat(20)));
        Path gz = write(dir.resolve("banjir-bekasi.html.gz"), Arrays.copyOf(whole, whole.length / 2));
        RawDocument d = read(gz.toString()).get(0);
        assertThat(d.failure().code()).isEqualTo("bad-gzip");
        assertThat(d.failure().message()).startsWith(gz + " is not valid gzip data");
        assertThat(d.bytes()).isEmpty();
    }

    @Test
    void plainFileNamedGzIsBadGzip(@TempDir Path dir) throws IOException {
        Path gz = write(dir.resolve("gempa-cianjur.html.gz"), utf8(GEMPA));
        assertThat(read(gz.toString()).get(0).failure().code()).isEqualTo("bad-gzip");
    }

    @Test
    void gzipUnpackingPastMaxBytesIsTooLarge(@TempDir Path dir) throws IOException {
        // 400 KB of page compresses to a few KB: the cap is on what it unpacks to
        Path gz = write(dir.resolve("banjir-bekasi.html.gz"), gzip(utf8(BANJIR.repeat(600))));
        assertThat(Files.size(gz)).isLessThan(100_000);
        RawDocument d = read(OPTIONS.withMaxBytes(100_000), gz.toString()).get(0);
        assertThat(d.failure().code()).isEqualTo("too-large");
        assertThat(d.failure().message()).isEqualTo(gz + " unpacks to more than 100000 bytes (maxBytes)");
    }

    @Test
    void plainFilePastMaxBytesIsTooLarge(@TempDir Path dir) throws IOException {
        Path big = write(dir.resolve("banjir-bekasi.html"), utf8(BANJIR.repeat(10)));
        RawDocument d = read(OPTIONS.withMaxBytes(1000), big.toString()).get(0);
        assertThat(d.failure().code()).isEqualTo("too-large");
    }

    @Test
    void missingPathIsNotFoundAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
        Path gempa = write(dir.resolve("gempa-cianjur.html"), utf8(GEMPA));
        String missing = dir.resolve("berita-hilang.html").toString();
        List<RawDocument> docs = read(missing, gempa.toString());
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).input()).isEqualTo(missing);
        assertThat(docs.get(0).failure().code()).isEqualTo("not-found");
        assertThat(docs.get(0).failure().message()).isEqualTo("no such file or directory: " + missing);
        assertThat(docs.get(1).failed()).isFalse();
    }

    private static String jsonl() {
        return String.join("\n",
                "{\"url\": \"https://warta.example/2024/12/banjir-bekasi\", \"html\": "
                        + "\"<html><body><p>BEKASI \\u2013 Kali Bekasi meluap.</p></body></html>\"}",
                "{\"url\": \"https://warta.example/2024/11/bus-listrik\", \"text\": \"Pemkot Surabaya Tambah 20 Bus"
                        + " Listrik\\n\\nSURABAYA - Pemerintah Kota Surabaya menambah 20 unit bus listrik.\"}",
                "{\"url\": \"https://warta.example/2024/12/gempa\", \"html\": \"<p>CIANJUR – Gempa bermagnitudo",
                "",
                "{\"url\": \"https://warta.example/2024/12/kosong\", \"title\": \"Tanpa isi\"}",
                "[\"bukan\", \"objek\"]",
                "{\"url\": \"https://warta.example/2024/12/lama\", \"html\": \"<p>Harga \\u201cnaik\\u201d</p>\","
                        + " \"contentType\": \"text/html; charset=ISO-8859-1\"}",
                "");
    }

    private static void assertDump(List<RawDocument> docs, String name) {
        assertThat(docs).extracting(RawDocument::input).containsExactly(name + "#1", name + "#2", name + "#3",
                name + "#5", name + "#6", name + "#7");
        RawDocument html = docs.get(0);
        assertThat(html.failed()).isFalse();
        assertThat(html.format()).isEqualTo(Format.HTML);
        assertThat(html.url()).isEqualTo("https://warta.example/2024/12/banjir-bekasi");
        assertThat(new String(html.bytes(), StandardCharsets.UTF_8))
                .isEqualTo("<html><body><p>BEKASI – Kali Bekasi meluap.</p></body></html>");
        RawDocument text = docs.get(1);
        assertThat(text.format()).isEqualTo(Format.TEXT);
        assertThat(new String(text.bytes(), StandardCharsets.UTF_8)).startsWith("Pemkot Surabaya Tambah 20 Bus"
                + " Listrik\n\nSURABAYA");
        assertThat(docs.get(2).failure().code()).isEqualTo("bad-json");
        assertThat(docs.get(2).failure().message()).startsWith("line 3 of " + name + " is not valid JSON");
        assertThat(docs.get(3).failure().code()).isEqualTo("bad-record");
        assertThat(docs.get(3).url()).isEqualTo("https://warta.example/2024/12/kosong");
        assertThat(docs.get(4).failure().code()).isEqualTo("bad-json");
        RawDocument relabelled = docs.get(5);
        assertThat(relabelled.failed()).isFalse();
        // the JSON string is already text: its bytes are UTF-8 whatever the original page declared
        assertThat(relabelled.contentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(new String(relabelled.bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>Harga “naik”</p>");
    }

    @Test
    void jsonLinesGiveOneRecordPerLineAndBadLinesDoNotStopTheRest(@TempDir Path dir) throws IOException {
        Path dump = write(dir.resolve("crawl-2024-12.jsonl"), utf8(jsonl()));
        assertDump(read(dump.toString()), dump.toString());
    }

    @Test
    void gzippedJsonLines(@TempDir Path dir) throws IOException {
        Path dump = write(dir.resolve("crawl-2024-12.ndjson.gz"), gzip(utf8(jsonl().replace("\n", "\r\n"))));
        assertDump(read(dump.toString()), dump.toString());
    }

    @Test
    void truncatedGzippedJsonLinesKeepTheLinesBeforeTheBreak(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            sb.append("{\"url\": \"https://warta.example/berita/").append(i).append("\", \"text\": \"Berita ke-")
                    .append(i).append(": harga beras di Pasar Induk Cipinang naik Rp ").append(i * 50)
                    .append(" per kilogram pekan ini.\"}\n");
        }
        byte[] whole = gzip(utf8(sb.toString()));
        Path dump = write(dir.resolve("crawl.jsonl.gz"), Arrays.copyOf(whole, whole.length * 2 / 3));
        List<RawDocument> docs = read(dump.toString());
        RawDocument last = docs.get(docs.size() - 1);
        assertThat(last.failure().code()).isEqualTo("bad-gzip");
        assertThat(docs.subList(0, docs.size() - 1)).isNotEmpty().allSatisfy(d -> assertThat(d.failed()).isFalse());
        assertThat(docs.size()).isLessThan(300);
        assertThat(last.input()).isEqualTo(dump + "#" + docs.size());
    }

    @Test
    void jsonLineLongerThanMaxBytesIsTooLargeAndTheNextLineIsRead(@TempDir Path dir) throws IOException {
        String longLine = "{\"url\": \"https://warta.example/panjang\", \"html\": \"" + "<p>Paragraf panjang.</p>".repeat(200)
                + "\"}";
        String shortLine = "{\"url\": \"https://warta.example/pendek\", \"text\": \"Berita singkat.\"}";
        Path dump = write(dir.resolve("crawl.jsonl"), utf8(longLine + "\n" + shortLine + "\n"));
        List<RawDocument> docs = read(OPTIONS.withMaxBytes(1000), dump.toString());
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).failure().code()).isEqualTo("too-large");
        assertThat(docs.get(1).url()).isEqualTo("https://warta.example/pendek");
    }

    @Test
    void stdinIsOneDocument() {
        List<RawDocument> docs = Sources.fromStdin(new ByteArrayInputStream(utf8(BANJIR)), OPTIONS).toList();
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).input()).isEqualTo("-");
        assertThat(docs.get(0).bytes()).isEqualTo(utf8(BANJIR));
    }

    @Test
    void stdinStartingWithABraceIsJsonLines() {
        List<RawDocument> docs = Sources.fromStdin(new ByteArrayInputStream(utf8("\n  " + jsonl())), OPTIONS)
                .toList();
        assertThat(docs).extracting(RawDocument::input).containsExactly("-#2", "-#3", "-#4", "-#6", "-#7", "-#8");
        assertThat(docs.get(0).format()).isEqualTo(Format.HTML);
    }

    @Test
    void linesOfOtherWhitespaceAreSkippedLikeEmptyOnes() {
        // a form feed, a vertical tab, an ideographic space (U+3000) and an em space (U+2003): no record in any
        String dump = "{\"url\": \"https://warta.example/2024/12/banjir-bekasi\", \"text\": \"Kali Bekasi meluap.\"}\n"
                + "\f\n\u000B \n\u3000\u3000\n\t\u2003\r\n"
                + "{\"url\": \"https://warta.example/2024/12/gempa\", \"text\": \"Gempa mengguncang Cianjur.\"}\n";
        List<RawDocument> docs = Sources.fromStdin(new ByteArrayInputStream(utf8(dump)), OPTIONS).toList();
        assertThat(docs).extracting(RawDocument::input).containsExactly("-#1", "-#6");
        assertThat(docs).noneMatch(RawDocument::failed);
    }

    @Test
    void gzippedStdinIsUnpacked() throws IOException {
        List<RawDocument> docs = Sources.fromStdin(new ByteArrayInputStream(gzip(utf8(SKRIP))), OPTIONS).toList();
        assertThat(docs.get(0).bytes()).isEqualTo(utf8(SKRIP));
    }

    @Test
    void stdinThatCannotBeReadIsAnIoRecord() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        };
        List<RawDocument> docs = Sources.fromStdin(broken, OPTIONS).toList();
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).failure().code()).isEqualTo("io");
        assertThat(docs.get(0).failure().message()).contains("Input/output error");
    }

    @Test
    void jsonLinesAreReadLazily() {
        String html = "<p>" + "Paragraf berita tentang harga cabai di pasar tradisional. ".repeat(10) + "</p>";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append("{\"url\": \"https://warta.example/berita/").append(i).append("\", \"html\": \"")
                    .append(html).append("\"}\n");
        }
        byte[] dump = utf8(sb.toString());
        long[] consumed = {0};
        InputStream counting = new FilterInputStream(new ByteArrayInputStream(dump)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                consumed[0] += Math.max(n, 0);
                return n;
            }
        };
        try (Stream<RawDocument> docs = Sources.fromStdin(counting, OPTIONS)) {
            Iterator<RawDocument> it = docs.iterator();
            assertThat(it.next().input()).isEqualTo("-#1");
            assertThat(consumed[0]).isLessThan(dump.length / 4);
            // the rest, across many buffer boundaries, still comes out whole and in order
            int n = 1;
            while (it.hasNext()) {
                RawDocument d = it.next();
                assertThat(d.url()).isEqualTo("https://warta.example/berita/" + n);
                assertThat(d.bytes()).isEqualTo(utf8(html));
                n++;
            }
            assertThat(n).isEqualTo(3000);
        }
    }

    @Property(tries = 300)
    void everyNonBlankJsonLineGivesExactlyOneRecord(@ForAll("lines") List<String> lines) {
        String dump = "{\"text\": \"Berita pembuka.\"}\n" + String.join("\n", lines);
        long expected = 1 + lines.stream().filter(l -> !l.replace("\r", "").isBlank()).count();
        List<RawDocument> docs = Sources.fromStdin(new ByteArrayInputStream(utf8(dump)), OPTIONS).toList();
        assertThat(docs).hasSize((int) expected);
        assertThat(docs).allSatisfy(d -> {
            assertThat(d.input()).startsWith("-#");
            assertThat(d.failed() ? d.bytes().length == 0 : d.format() != null).isTrue();
        });
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(60).map(l -> l.replace('\n', ' '));
        Arbitrary<String> record = Combinators.combine(Arbitraries.of("html", "text", "title", "url"),
                Arbitraries.strings().alpha().numeric().withChars(' ', '"', '\\', '\u2013').ofMaxLength(40))
                .as((key, value) -> "{\"url\": \"https://warta.example/x\", \"" + key + "\": \"" + value + "\"}");
        return Arbitraries.oneOf(noise, record, Arbitraries.of("", "   ", "\r", "[]", "null", "{}"))
                .list().ofMaxSize(20);
    }

    @Test
    void readFileUnpacksGzipForTheFacade(@TempDir Path dir) throws IOException {
        Path gz = write(dir.resolve("bus-listrik.txt.gz"), gzip(utf8(SKRIP)));
        RawDocument d = Sources.readFile(gz, OPTIONS);
        assertThat(d.input()).isEqualTo(gz.toString());
        assertThat(d.bytes()).isEqualTo(utf8(SKRIP));
        assertThat(Sources.readFile(dir.resolve("tidak-ada.html"), OPTIONS).failure().code()).isEqualTo("not-found");
    }
}
