package id.warta.source;

import id.warta.WartaOptions;
import id.warta.model.RawDocument;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the bytes, reading them as a WARC never throws and leaves at least one record, every failure carries a
 * code the source documents, and a good file broken at any point still gives the pages before the break.
 */
class WarcSourcePropertiesTest {

    private static final WartaOptions OPTIONS = WartaOptions.defaults().withMaxBytes(64 * 1024);
    private static final Set<String> CODES = Set.of("not-html", "too-large", "truncated", "bad-warc", "empty", "io",
            "bad-gzip", "bad-encoding");
    private static final TestWarc GOOD_GZ = crawl(true);
    private static final TestWarc GOOD = crawl(false);

    private static TestWarc crawl(boolean gzip) {
        return new TestWarc(gzip)
                .warcinfo()
                .page("https://pasar.warta.example/ekonomi/harga-beras", "2024-03-05T03:20:12Z",
                        TestWarc.resource("id-harga-beras-cipinang.html"))
                .request("https://metrodaily.example/city/late-trains", "2024-03-06T08:01:40Z")
                .page("https://metrodaily.example/city/late-trains", "2024-03-06T08:01:41Z",
                        TestWarc.resource("en-commuter-rail-late-service.html"))
                .page("https://kabarpantura.example/berita/rob", "2024-03-08T02:00:00Z",
                        TestWarc.resource("id-banjir-rob-tanpa-tanggal.html"));
    }

    private static List<RawDocument> read(byte[] bytes) {
        try (Stream<RawDocument> s = Sources.fromWarc("acak.warc", new ByteArrayInputStream(bytes), OPTIONS)) {
            return s.toList();
        }
    }

    private static void wellFormed(List<RawDocument> docs) {
        assertThat(docs).isNotEmpty();
        for (RawDocument d : docs) {
            assertThat(d.input()).startsWith("acak.warc");
            if (d.failed()) {
                assertThat(d.failure().code()).matches(c -> CODES.contains(c) || c.startsWith("http-"));
                assertThat(d.bytes()).isEmpty();
            } else {
                assertThat(d.bytes()).isNotEmpty();
            }
        }
    }

    @Provide
    Arbitrary<byte[]> noise() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        // noise that starts like a WARC or a gzip member gets past the first checks
        Arbitrary<byte[]> warcLike = random.map(b -> concat("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: "
                .getBytes(), b));
        Arbitrary<byte[]> gzipLike = random.map(b -> concat(new byte[]{0x1f, (byte) 0x8b, 8, 0}, b));
        return Arbitraries.oneOf(random, warcLike, gzipLike);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Property(tries = 300)
    void randomBytesNeverThrowAndAlwaysLeaveARecord(@ForAll("noise") byte[] bytes) {
        wellFormed(read(bytes));
    }

    @Property(tries = 200)
    void aGoodFileCutAnywhereKeepsThePagesBeforeTheCut(@ForAll boolean gzip, @ForAll @IntRange(max = 100_000) int at) {
        TestWarc warc = gzip ? GOOD_GZ : GOOD;
        byte[] all = warc.bytes();
        int cut = at % (all.length + 1);
        List<RawDocument> docs = read(Arrays.copyOf(all, cut));
        wellFormed(docs);
        // the pages are records 1, 3 and 4: each one that ends before the cut is read whole
        int[] pages = {1, 3, 4};
        for (int i = 0; i < pages.length; i++) {
            long end = pages[i] + 1 < 5 ? warc.offset(pages[i] + 1) : all.length;
            if (end <= cut) {
                assertThat(docs.get(i).failed()).as("page %d, cut at %d", i, cut).isFalse();
            }
        }
        boolean atRecordStart = false;
        for (int i = 0; i < 5; i++) {
            atRecordStart |= warc.offset(i) == cut;
        }
        if (cut < all.length && !atRecordStart) {
            assertThat(docs.get(docs.size() - 1).failed()).as("cut at %d", cut).isTrue();
        }
    }

    @Property(tries = 200)
    void aGoodFileWithAByteChangedNeverThrows(@ForAll boolean gzip, @ForAll @IntRange(max = 100_000) int at,
                                              @ForAll byte value) {
        byte[] bytes = (gzip ? GOOD_GZ : GOOD).bytes().clone();
        bytes[at % bytes.length] = value;
        wellFormed(read(bytes));
    }
}
