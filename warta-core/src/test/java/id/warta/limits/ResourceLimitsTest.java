package id.warta.limits;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.model.Article;
import id.warta.model.RawDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile sizes and shapes. Runs in its own Surefire execution with a 512 MB heap (tag {@code small-heap}), the
 * budget the extraction stage promises for them.
 */
@Tag("small-heap")
class ResourceLimitsTest {

    private static final String PARAGRAPH = "<p>Banjir bandang yang melanda Kecamatan Sukamaju pada Senin (9/1/2023) "
            + "merendam 1.250 rumah warga dan memaksa sekitar 3.000 orang mengungsi ke balai desa, kata Kepala BPBD "
            + "setempat, Ahmad Fauzi, kepada wartawan.</p>\n";

    static String page(String body) {
        return "<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Banjir Bandang Rendam Ribuan "
                + "Rumah - Warta Contoh</title></head><body><header><nav><a href=\"/\">Beranda</a></nav></header>"
                + "<article><h1>Banjir Bandang Rendam Ribuan Rumah</h1>" + body + "</article>"
                + "<footer>Hak cipta 2023 Warta Contoh</footer></body></html>";
    }

    @Test
    void twentyMegabytePageExtractsWithinSmallHeap() {
        StringBuilder body = new StringBuilder(21 << 20);
        int i = 0;
        while (body.length() < 20 << 20) {
            body.append(PARAGRAPH.replace("1.250", Integer.toString(1000 + i++ % 9000)));
        }
        byte[] bytes = page(body.toString()).getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(20 << 20);
        Article a = Warta.with(WartaOptions.defaults()).process(RawDocument.of("big.html", null, bytes, "text/html"));
        assertThat(a.ok()).as("%s: %s", a.errorCode(), a.error()).isTrue();
        assertThat(a.text().length()).isGreaterThan(15 << 20);
        assertThat(a.text()).doesNotContain("Hak cipta 2023");
    }

    @Test
    void pageOverMaxBytesIsTooLarge() {
        byte[] bytes = page(PARAGRAPH.repeat(50)).getBytes(StandardCharsets.UTF_8);
        Article a = Warta.with(WartaOptions.defaults().withMaxBytes(1024))
                .process(RawDocument.of("big.html", null, bytes, "text/html"));
        assertThat(a.ok()).isFalse();
        assertThat(a.errorCode()).isEqualTo("too-large");
        assertThat(a.error()).contains("1024");
    }

    private static byte[] deepPage(int depth) {
        return page("<div>".repeat(depth) + PARAGRAPH + "</div>".repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void hundredThousandDeepNestingFailsClearlyByDefault() {
        Article a = Warta.with(WartaOptions.defaults()).process(RawDocument.of("deep.html", null, deepPage(100_000),
                "text/html"));
        assertThat(a.ok()).isFalse();
        assertThat(a.errorCode()).isEqualTo("too-deep");
        assertThat(a.error()).contains("maxDepth");
    }

    @Test
    void hundredThousandDeepNestingExtractsWhenAllowed() {
        // nothing in extraction recurses over the tree, so a raised limit is safe
        Article a = Warta.with(WartaOptions.defaults().withMaxDepth(200_000))
                .process(RawDocument.of("deep.html", null, deepPage(100_000), "text/html"));
        assertThat(a.ok()).as("%s: %s", a.errorCode(), a.error()).isTrue();
        assertThat(a.text()).contains("Banjir bandang yang melanda Kecamatan Sukamaju");
    }

    @Test
    void nestingUnderTheLimitIsExtracted() {
        String html = "<div>".repeat(300) + PARAGRAPH.repeat(5) + "</div>".repeat(300);
        Article a = Warta.with(WartaOptions.defaults())
                .process(RawDocument.of("nested.html", null, page(html).getBytes(StandardCharsets.UTF_8), "text/html"));
        assertThat(a.ok()).as("%s: %s", a.errorCode(), a.error()).isTrue();
        assertThat(a.text()).contains("Kecamatan Sukamaju");
    }

    @Test
    void lowerDepthLimitIsHonoured() {
        String html = "<div>".repeat(300) + PARAGRAPH + "</div>".repeat(300);
        Article a = Warta.with(WartaOptions.defaults().withMaxDepth(100))
                .process(RawDocument.of("nested.html", null, page(html).getBytes(StandardCharsets.UTF_8), "text/html"));
        assertThat(a.errorCode()).isEqualTo("too-deep");
    }
}
