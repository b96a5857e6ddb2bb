package id.warta.decode;

import id.warta.WartaOptions;
import id.warta.model.Failure;
import id.warta.model.RawDocument;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecoderTest {

    private static final TextDecoder DECODER = new TextDecoder(WartaOptions.defaults());

    private static final String BERITA = "<!DOCTYPE html>\n<html lang=\"id\"><head><title>Jembatan Ambruk di Kutai"
            + " Kartanegara</title></head>\n<body><p>TENGGARONG – Jembatan gantung yang menghubungkan dua desa di"
            + " Kecamatan Loa Kulu ambruk pada Selasa sore. “Tidak ada korban jiwa,” kata Kapolsek setempat.</p>\n"
            + "<p>Warga kini menyeberang dengan perahu ketinting, sementara pemerintah kabupaten menjanjikan"
            + " jembatan sementara dalam dua minggu.</p></body></html>\n";

    private static byte[] resource(String name) {
        try (InputStream in = TextDecoderTest.class.getResourceAsStream("/decode/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DecodedDocument ok(byte[] bytes, String contentType) {
        Decoder.Result r = DECODER.decode(RawDocument.of("test.html", null, bytes, contentType));
        assertThat(r.failure()).as("failure").isNull();
        return r.document();
    }

    private static Failure failed(byte[] bytes) {
        Decoder.Result r = DECODER.decode(RawDocument.of("test.bin", null, bytes, null));
        assertThat(r.document()).as("document").isNull();
        return r.failure();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void utf8WithByteOrderMarkLosesTheMark() {
        DecodedDocument d = ok(concat(bytes(0xEF, 0xBB, 0xBF), BERITA.getBytes(StandardCharsets.UTF_8)), null);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo(BERITA);
    }

    @Test
    void utf16WithByteOrderMarkInBothByteOrders() {
        DecodedDocument le = ok(concat(bytes(0xFF, 0xFE), BERITA.getBytes(StandardCharsets.UTF_16LE)), null);
        assertThat(le.charset()).isEqualTo("UTF-16LE");
        assertThat(le.text()).isEqualTo(BERITA);
        DecodedDocument be = ok(concat(bytes(0xFE, 0xFF), BERITA.getBytes(StandardCharsets.UTF_16BE)), null);
        assertThat(be.charset()).isEqualTo("UTF-16BE");
        assertThat(be.text()).isEqualTo(BERITA);
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes() {
        DecodedDocument d = ok(BERITA.getBytes(StandardCharsets.UTF_16LE), "text/html");
        assertThat(d.charset()).isEqualTo("UTF-16LE");
        assertThat(d.text()).isEqualTo(BERITA);
    }

    @Test
    void utf32WithByteOrderMark() {
        DecodedDocument d = ok(concat(bytes(0xFF, 0xFE, 0, 0), BERITA.getBytes(Charset.forName("UTF-32LE"))), null);
        assertThat(d.charset()).isEqualTo("UTF-32LE");
        assertThat(d.text()).isEqualTo(BERITA);
    }

    @Test
    void indonesianPageInWindows1252LabelledSo() {
        DecodedDocument d = ok(resource("harga-cabai-windows-1252-declared.html"), null);
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.text()).contains("“Kemarin masih Rp 60.000 per kilogram, hari ini sudah Rp 110.000,” kata")
                .contains("MAKASSAR – Harga cabai rawit").contains("Café di kawasan Pantai Losari");
    }

    @Test
    void latin1HeaderDecodesAsWindows1252SoCurlyQuotesSurvive() {
        DecodedDocument d = ok(resource("harga-cabai-windows-1252-undeclared.html"),
                "text/html; charset=ISO-8859-1");
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.text()).contains("“Kami bekerja sama dengan Bulog agar stok aman sampai Tahun Baru,” ujarnya")
                .doesNotContain("\u0093");
    }

    @Test
    void utf8PageDeclaredIso88591IsReadAsUtf8() {
        DecodedDocument d = ok(resource("resep-soto-utf8-declared-iso-8859-1.html"), null);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).contains("sebuah café di kawasan Menteng")
                .contains("“Kuncinya ada di bumbu yang ditumis sampai benar-benar harum,”")
                .contains("serta 3–4 lembar daun salam")
                .doesNotContain("Ã");
    }

    @Test
    void utf8PageServedAsWindows1252IsReadAsUtf8() {
        DecodedDocument d = ok(resource("resep-soto-utf8-declared-iso-8859-1.html"), "text/html; charset=windows-1252");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).contains("rasanya tetap “nendang”, kata Rudi");
    }

    @Test
    void windows1252PageWithoutDeclarationIsDetected() {
        DecodedDocument d = ok(resource("harga-cabai-windows-1252-undeclared.html"), null);
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.text()).contains("menaikkan harga menu – langkah yang disebut “lebih aman” agar");
    }

    @Test
    void windows1252PageServedAsUtf8FallsToTheDetector() {
        DecodedDocument d = ok(resource("harga-cabai-windows-1252-undeclared.html"), "text/html; charset=utf-8");
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.text()).contains("“Kemarin masih Rp 60.000").doesNotContain("\uFFFD");
    }

    @Test
    void utf8HeaderRefutedByTheBytesGivesWayToTheMetaTag() {
        // the server claims UTF-8 for a legacy Polish page whose markup says ISO-8859-2; the detector knows no
        // ISO-8859-2 and would guess windows-1252, turning "ł" into "³"
        String html = "<html><head><meta charset=\"iso-8859-2\"><title>Indonezja</title></head><body><p>DŻAKARTA."
                + " Władze Indonezji ogłosiły przeniesienie stolicy na wyspę Borneo, gdzie powstaje nowe miasto"
                + " Nusantara.</p></body></html>";
        DecodedDocument d = ok(html.getBytes(Charset.forName("ISO-8859-2")), "text/html; charset=utf-8");
        assertThat(d.charset()).isEqualTo("ISO-8859-2");
        assertThat(d.text()).isEqualTo(html);
    }

    @Test
    void utf8PageWithAStrayByteStaysUtf8() {
        byte[] page = concat(BERITA.replace("</body>", "<p>Harga tiket naik 5\u00a0% mulai Senin.</p></body>")
                .getBytes(StandardCharsets.UTF_8));
        // a template inserted one Latin-1 no-break space: the rest of the page is still UTF-8
        byte[] stray = concat(page, bytes(0xA0), " Baca selengkapnya.".getBytes(StandardCharsets.US_ASCII));
        DecodedDocument d = ok(stray, "text/html; charset=UTF-8");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).contains("TENGGARONG – Jembatan").contains("“Tidak ada korban jiwa,”")
                .contains("\uFFFD Baca selengkapnya.");
    }

    @Test
    void gb2312DeclaredPageDecodesAsGb18030WithGbkOnlyCharacters() {
        DecodedDocument d = ok(resource("banjir-jakarta-gbk-declared-gb2312.html"), null);
        assertThat(d.charset()).isEqualTo("GB18030");
        // 喆 is outside GB2312; a strict GB2312 decoder would lose it
        assertThat(d.text()).contains("印度尼西亚首都雅加达3日凌晨遭遇强降雨").contains("当地居民张喆说")
                .doesNotContain("\uFFFD");
    }

    @Test
    void gbkPageWithoutDeclarationIsDetected() {
        DecodedDocument d = ok(resource("banjir-jakarta-gbk-undeclared.html"), null);
        assertThat(d.charset()).isEqualTo("GB18030");
        assertThat(d.text()).contains("雅加达市政府已启动应急预案").doesNotContain("\uFFFD");
    }

    @Test
    void shiftJisPageWithoutDeclarationIsDetected() {
        DecodedDocument d = ok(resource("gunung-agung-shift_jis-undeclared.html"), null);
        assertThat(d.charset()).isEqualTo("windows-31j");
        assertThat(d.text()).contains("バリ島東部のアグン山が噴火したと発表した").doesNotContain("\uFFFD");
    }

    @Test
    void httpHeaderOutranksALyingMetaTag() {
        String html = new String(resource("gunung-agung-shift_jis-undeclared.html"), Charset.forName("windows-31j"))
                .replace("<head>", "<head><meta charset=\"EUC-JP\">");
        DecodedDocument d = ok(html.getBytes(Charset.forName("windows-31j")), "text/html; charset=Shift_JIS");
        assertThat(d.charset()).isEqualTo("windows-31j");
        assertThat(d.text()).contains("日本人観光客を含む多くの旅行者が足止めされた");
    }

    @Test
    void eucKrPageWithoutDeclarationIsDetected() {
        DecodedDocument d = ok(resource("ibu-kota-baru-euc-kr-undeclared.html"), null);
        assertThat(d.charset()).isEqualTo("x-windows-949");
        assertThat(d.text()).contains("자카르타에서 동칼리만탄으로 수도를 옮기는 사업을").doesNotContain("\uFFFD");
    }

    @Test
    void metaDeclaringUtf16InAnAsciiPageIsIgnored() {
        String html = BERITA.replace("<head>", "<head><meta charset=\"utf-16\">");
        DecodedDocument d = ok(html.getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo(html);
    }

    @Test
    void unknownCharsetLabelIsIgnored() {
        String html = BERITA.replace("<head>", "<head><meta charset=\"utf8mb4\">");
        DecodedDocument d = ok(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=x-unknown-legacy");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo(html);
    }

    @Test
    void invalidUtf8NeverThrowsAndBecomesReplacementCharacters() {
        // an overlong slash, a lone surrogate and a truncated four-byte sequence, in an otherwise ASCII page
        byte[] b = concat("<p>Pengumuman: ".getBytes(StandardCharsets.US_ASCII), bytes(0xC0, 0xAF),
                " kantor tutup ".getBytes(StandardCharsets.US_ASCII), bytes(0xED, 0xA0, 0x80),
                " hari ini ".getBytes(StandardCharsets.US_ASCII), bytes(0xF0, 0x9F, 0x98));
        Decoder.Result r = DECODER.decode(RawDocument.of("x", null, b, "text/html; charset=utf-8"));
        assertThat(r.failure()).isNull();
        assertThat(r.document().text()).startsWith("<p>Pengumuman: ").contains(" kantor tutup ")
                .contains(" hari ini ");
    }

    @Test
    void pdfIsBinary() {
        byte[] pdf = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), bytes(0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A),
                "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        Failure f = failed(pdf);
        assertThat(f.code()).isEqualTo("binary");
        assertThat(f.message()).isEqualTo("looks like a PDF document, not HTML or text");
    }

    @Test
    void pngIsBinary() {
        byte[] png = bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48,
                0x44, 0x52, 0x00, 0x00, 0x02, 0x80, 0x00, 0x00, 0x01, 0xE0, 0x08, 0x06, 0x00, 0x00, 0x00);
        Failure f = failed(png);
        assertThat(f.code()).isEqualTo("binary");
        assertThat(f.message()).contains("a PNG image");
    }

    @Test
    void gzipDataInAPlainInputIsBinary() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(BERITA.getBytes(StandardCharsets.UTF_8));
        }
        Failure f = failed(out.toByteArray());
        assertThat(f.code()).isEqualTo("binary");
        assertThat(f.message()).contains("gzip-compressed data");
    }

    @Test
    void randomBytesAreBinary() {
        byte[] noise = new byte[4096];
        new Random(20261127L).nextBytes(noise);
        noise[0] = 'x'; // no accidental signature
        Failure f = failed(noise);
        assertThat(f.code()).isEqualTo("binary");
        assertThat(f.message()).startsWith("looks like binary data (").contains("% control bytes");
    }

    @Test
    void emptyInput() {
        assertThat(failed(new byte[0]).code()).isEqualTo("empty");
    }

    @Test
    void whiteSpaceOnlyInputIsEmpty() {
        Failure f = failed(" \r\n\t\u00a0\u3000\n".getBytes(StandardCharsets.UTF_8));
        assertThat(f.code()).isEqualTo("empty");
        assertThat(f.message()).contains("white space");
    }

    @Test
    void inputOverMaxBytesIsTooLarge() {
        TextDecoder small = new TextDecoder(WartaOptions.defaults().withMaxBytes(100));
        Decoder.Result r = small.decode(RawDocument.of("big.html", null, BERITA.getBytes(StandardCharsets.UTF_8), null));
        assertThat(r.failure().code()).isEqualTo("too-large");
        assertThat(r.failure().message()).contains("100 (maxBytes)");
    }

    @Test
    void aSourceFailurePassesThrough() {
        Failure notFound = Failure.of("not-found", "no such file: berita.html");
        Decoder.Result r = DECODER.decode(RawDocument.failed("berita.html", null, notFound));
        assertThat(r.failure()).isEqualTo(notFound);
    }

    @Test
    void sameResultOnEveryThread() throws Exception {
        List<byte[]> inputs = List.of(resource("harga-cabai-windows-1252-undeclared.html"),
                resource("banjir-jakarta-gbk-undeclared.html"), resource("gunung-agung-shift_jis-undeclared.html"),
                resource("resep-soto-utf8-declared-iso-8859-1.html"), BERITA.getBytes(StandardCharsets.UTF_16LE));
        List<String> expected = new ArrayList<>();
        for (byte[] b : inputs) {
            expected.add(ok(b, null).text());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    List<String> texts = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        texts.clear();
                        for (byte[] b : inputs) {
                            texts.add(DECODER.decode(RawDocument.of("t", null, b, null)).document().text());
                        }
                    }
                    return texts;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Property
    void randomBytesGiveADocumentOrAFailure(@ForAll @Size(max = 3000) byte[] bytes) {
        Decoder.Result r = DECODER.decode(RawDocument.of("random", null, bytes, null));
        assertThat(r.document() == null).isNotEqualTo(r.failure() == null);
    }

    @Property
    void randomTailAfterAHeadGivesADocumentOrAFailure(@ForAll @Size(max = 3000) byte[] tail,
                                                       @ForAll("labels") String label) {
        byte[] b = concat(("<html><head><meta charset=\"" + label + "\"><title>Berita</title></head><body><p>")
                .getBytes(StandardCharsets.US_ASCII), tail);
        Decoder.Result r = DECODER.decode(RawDocument.of("random", null, b, "text/html; charset=" + label));
        assertThat(r.document() == null).isNotEqualTo(r.failure() == null);
        if (r.document() != null) {
            assertThat(r.document().text()).startsWith("<html><head>");
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> labels() {
        return net.jqwik.api.Arbitraries.of("utf-8", "iso-8859-1", "gb2312", "shift_jis", "euc-kr", "utf-16",
                "windows-1251", "bogus");
    }
}
