package id.warta.analyze;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.events.Actor;
import id.warta.events.Count;
import id.warta.events.Event;
import id.warta.events.Evidence;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.Format;
import id.warta.model.RawDocument;
import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.quantity.Quantity;
import id.warta.quote.Quote;
import id.warta.time.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input through the whole analysis with the default stages: no exception, an ok record with offsets inside the
 * text, and the findings a reader would still expect. Sizes are fixed, never times (the scaling is measured by
 * {@code warta bench analysis}).
 */
class AnalyzeBadInputTest {

    private static final Warta WARTA = Warta.with(WartaOptions.defaults());
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2022, 3, 14, 10, 30, 0, 0,
            ZoneOffset.ofHours(7));

    private static final String STORY = """
            Sekitar 4.500 warga mengungsi setelah banjir merendam 2.300 rumah di Kabupaten Bekasi pada Sabtu (12/3) \
            malam. Kepala BPBD mengatakan petugas mengerahkan perahu karet untuk mengevakuasi warga lanjut usia.

            Pada 20 Februari 2021, banjir serupa merendam lebih dari 1.000 rumah di kawasan yang sama.""";

    private static Analysis analyze(String text) {
        return WARTA.analyzer().analyze(new Article("uji.txt", Article.Status.OK, null, null, Format.TEXT, "UTF-8",
                null, null, null, null, List.of(), PUBLISHED, null, null, null, List.of(), text, List.of(),
                List.of()));
    }

    /** Every offset of every finding inside the analysed text, and the text fields those of the text. */
    static void assertOffsetsInside(Analysis analysis) {
        String text = analysis.article().text();
        int length = analysis.analysedLength();
        assertThat(length).isBetween(0, text.length());
        for (Entity e : analysis.entities()) {
            for (Mention m : e.mentions()) {
                assertThat(m.start()).isNotNegative();
                assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(length);
            }
        }
        for (Quantity q : analysis.quantities()) {
            assertThat(q.start()).isNotNegative();
            assertThat(q.end()).isGreaterThan(q.start()).isLessThanOrEqualTo(length);
        }
        for (TimeExpression t : analysis.times()) {
            assertThat(t.start()).isNotNegative();
            assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(length);
        }
        for (Quote q : analysis.quotes()) {
            assertThat(q.end()).isLessThanOrEqualTo(length);
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        }
        for (Event e : analysis.events()) {
            for (Evidence s : e.evidence()) {
                assertThat(s.end()).isLessThanOrEqualTo(length);
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.sentence());
            }
            for (Count c : e.counts()) {
                assertThat(c.end()).isLessThanOrEqualTo(length);
            }
            for (Actor a : e.target() == null ? List.of(e.actor()) : List.of(e.actor(), e.target())) {
                assertThat(a.end()).isLessThanOrEqualTo(length);
            }
            if (e.location() != null) {
                assertThat(e.location().end()).isLessThanOrEqualTo(length);
            }
        }
    }

    @Test
    void emptyAndBlankInputsAreEmptyErrorRecords() {
        for (String content : List.of("", " ", "\n\n\t \u00A0\n")) {
            Analysis analysis = WARTA.analyze(RawDocument.of("kosong.txt", null,
                    content.getBytes(StandardCharsets.UTF_8), null));
            assertThat(analysis.ok()).isFalse();
            assertThat(analysis.article().errorCode()).isEqualTo("empty");
            assertThat(analysis.entities()).isEmpty();
            assertThat(analysis.quantities()).isEmpty();
        }
        Analysis emptyText = analyze("");
        assertThat(emptyText.ok()).isTrue();
        assertThat(emptyText.language().language()).isEqualTo("und");
        assertThat(emptyText.quantities()).isEmpty();
    }

    /** One paragraph of a megabyte without a full stop or comma: extraction, then every stage, over all of it. */
    @Test
    void oneMegabyteWithoutPunctuationIsAnalysedWhole() {
        String[] words = ("banjir warga rumah mengungsi pemerintah kabupaten desa sungai hujan deras pada tahun "
                + "2021 sekitar 3.000 orang di Jakarta Bekasi karena tanggul jebol dan air naik hingga setinggi "
                + "pinggang kata kepala badan penanggulangan bencana daerah Hadi Prasetyo kepada wartawan").split(" ");
        Random random = new Random(14);
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() < 1_000_000) {
            sb.append(words[random.nextInt(words.length)]).append(' ');
        }
        Analysis analysis = Warta.analyze(sb.toString());

        assertThat(analysis.ok()).as(analysis.article().error()).isTrue();
        assertThat(analysis.article().text().length()).isGreaterThan(999_000);
        assertThat(analysis.truncated()).isFalse();
        assertThat(analysis.quantities()).extracting(Quantity::value).contains(3000.0);
        assertOffsetsInside(analysis);
    }

    @Test
    void textInAnUnsupportedScriptIsNeitherIndonesianNorEnglish() {
        for (String text : List.of(
                "北京今天下午下了大雨，城市交通受到严重影响。气象部门表示，明天降雨将继续，市民出行请注意安全。",
                "กรุงเทพมหานครมีฝนตกหนักในช่วงบ่ายวันนี้ ทำให้การจราจรติดขัดในหลายพื้นที่ "
                        + "กรมอุตุนิยมวิทยาคาดว่าฝนจะตกต่อเนื่องในวันพรุ่งนี้",
                "ذكرت وكالة الأنباء أن الأمطار الغزيرة تسببت في فيضانات واسعة في المدينة يوم السبت")) {
            Analysis analysis = analyze(text);
            assertThat(analysis.ok()).isTrue();
            assertThat(analysis.language().language()).isNotIn("id", "en");
            assertOffsetsInside(analysis);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void allCapitalsOrAllLowerCaseStillGivesTheNumbersAndDates(boolean upper) {
        String text = upper ? STORY.toUpperCase(java.util.Locale.ROOT) : STORY.toLowerCase(java.util.Locale.ROOT);
        Analysis analysis = analyze(text);
        assertThat(analysis.ok()).isTrue();
        assertThat(analysis.language().language()).isEqualTo("id");
        assertThat(analysis.quantities()).extracting(Quantity::value).contains(4500.0, 2300.0, 1000.0);
        assertThat(analysis.times()).extracting(TimeExpression::value).contains("2022-03-12", "2021-02-20");
        assertOffsetsInside(analysis);
    }

    /** Paragraphs alternating between the languages: undetermined, so the common rules read both conventions. */
    @Test
    void mixedIndonesianAndEnglishIsUndeterminedAndReadsBothConventions() {
        String text = """
                Sekitar 3.000 pasukan diterjunkan ke wilayah itu pada Kamis, kata juru bicara kementerian \
                pertahanan kepada wartawan di Jakarta. Pasukan itu akan membantu polisi menjaga keamanan di \
                sejumlah kota yang dilanda kerusuhan selama sepekan terakhir, dan sebagian akan ditempatkan di \
                bandara serta gedung pemerintah.

                About 3,000 troops were deployed to the region on Thursday, a defence ministry spokesman told \
                reporters in Jakarta. The troops will help the police keep order in several cities that have been \
                hit by unrest over the past week, and some of them will be stationed at the airport and at \
                government buildings.

                Pemerintah juga menyiapkan bantuan senilai Rp 1,5 miliar untuk warga yang terdampak kerusuhan, \
                termasuk makanan, obat-obatan dan tempat tinggal sementara bagi mereka yang rumahnya rusak.

                The government has also prepared aid worth 1.5 billion rupiah for residents affected by the \
                unrest, including food, medicine and temporary shelter for those whose homes were damaged.""";
        Analysis analysis = analyze(text);
        assertThat(analysis.ok()).isTrue();
        assertThat(analysis.language().language()).isEqualTo("und");
        assertThat(analysis.quantities()).extracting(Quantity::value).contains(3000.0, 1.5e9);
        assertThat(analysis.quantities()).extracting(Quantity::value).doesNotContain(3.0);
        assertOffsetsInside(analysis);
    }
}
