package id.warta.extract;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Format;
import id.warta.model.RawDocument;
import id.warta.model.Related;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class TextArticleExtractorTest {

    private static final WartaOptions OPTIONS = WartaOptions.defaults();

    static byte[] fixture(String name) {
        try (InputStream in = TextArticleExtractorTest.class.getResourceAsStream("/extract/text/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article extract(String name, WartaOptions options) {
        return Warta.extract(RawDocument.of(name, null, fixture(name), "text/plain"), options);
    }

    static Article text(String content) {
        return Warta.extract(RawDocument.of("-", null, content.getBytes(StandardCharsets.UTF_8), "text/plain"),
                OPTIONS);
    }

    static void offsetsHold(Article a) {
        for (Block b : a.paragraphs()) {
            assertThat(a.text().substring(b.start(), b.end())).isEqualTo(b.text());
        }
    }

    @Test
    void intisariShapedDumpWithCaptionDatelineAndTeasers() {
        Article a = extract("grid-2021-12-05-semeru-erupsi.txt", OPTIONS);
        assertThat(a.ok()).as(a.error()).isTrue();
        assertThat(a.format()).isEqualTo(Format.TEXT);
        assertThat(a.title()).isEqualTo("Gunung Semeru Kembali Luncurkan Awan Panas Guguran, Ribuan Warga Lumajang "
                + "Mengungsi ke Balai Desa dan Masjid, BNPB Sebut Jarak Luncur Capai 4 Kilometer");
        assertThat(a.authors()).containsExactly("Dewi Anggraini");
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2021-12-05T09:10:00+07:00"));
        assertThat(a.dateline()).isEqualTo("Grid.ID");
        assertThat(a.site()).isEqualTo("Grid.ID");
        assertThat(a.language()).isEqualTo("id");
        String caption = "Warga melintas di jembatan Gladak Perak yang tertutup abu vulkanik Gunung Semeru.";
        assertThat(a.captions()).containsExactly(caption);
        assertThat(a.image().caption()).isEqualTo(caption);
        assertThat(a.image().url()).isNull();
        assertThat(a.text()).startsWith("Gunung Semeru di perbatasan Kabupaten Lumajang dan Malang")
                .endsWith("dikirim ke posko pengungsian.")
                .contains("sebanyak 1.300 warga", "selama 14 hari", "500 paket", "Jembatan Gladak Perak yang")
                .doesNotContain("Find Us", "Baca Juga", "Grid.ID -", "By Dewi", caption, "Minggu, 5 Desember");
        assertThat(a.related()).extracting(Related::title).containsExactly(
                "Deretan Gunung Api Paling Aktif di Indonesia, Ada yang Meletus Hampir Setiap Tahun",
                "Kisah Warga Lereng Merapi yang Menolak Turun Gunung Meski Status Sudah Awas",
                "Cara Melindungi Diri dari Abu Vulkanik, Jangan Lupa Masker dan Kacamata");
        assertThat(a.related()).extracting(Related::url).containsOnlyNulls();
        assertThat(a.paragraphs()).hasSize(7);
        assertThat(a.paragraphs().get(2).text()).isEqualTo("\"Awan panas guguran terpantau sejak pukul 14.50 WIB "
                + "dengan jarak luncur sekitar 4 kilometer dari puncak,\" kata Kepala Pusat Data, Informasi dan "
                + "Komunikasi Kebencanaan BNPB, Abdul Muhari. \"Kami minta warga menjauhi aliran Besuk Kobokan.\"");
        offsetsHold(a);
    }

    @Test
    void kompasDumpWithCreditsAtTheEnd() {
        Article a = extract("kompas-2022-02-08-minyak-goreng.txt", OPTIONS);
        assertThat(a.ok()).as(a.error()).isTrue();
        assertThat(a.title()).isEqualTo("Harga Minyak Goreng Curah Mulai Turun, Pedagang Pasar Kramat Jati Masih Ragu");
        // the writer is the author; the editor is credited only when no writer is named
        assertThat(a.authors()).containsExactly("Ahmad Fauzi Rahman");
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2022-02-08T14:05:00+07:00"));
        assertThat(a.dateline()).isEqualTo("JAKARTA, KOMPAS.com");
        assertThat(a.site()).isEqualTo("Kompas.com");
        assertThat(a.captions()).containsExactly("Pedagang minyak goreng curah melayani pembeli di Pasar Kramat "
                + "Jati, Jakarta Timur, Selasa (8/2/2022). (KOMPAS.com/ANDI PRATAMA)");
        assertThat(a.text()).startsWith("Harga minyak goreng curah di sejumlah pasar tradisional")
                .endsWith("sesuai HET.")
                .contains("Rp 11.500 per liter", "\"Sudah turun, tapi stok dari agen masih dibatasi.")
                .doesNotContain("Lihat Foto", "Advertisement", "Google News", "Telegram", "Penulis", "Editor",
                        "Bambang", "Tags", "Money", "JAKARTA, KOMPAS.com", "KOMPAS.com/ANDI");
        assertThat(a.related()).extracting(Related::title)
                .containsExactly("Pemerintah Tetapkan HET Minyak Goreng Kemasan Sederhana Rp 13.500 per Liter");
        assertThat(a.paragraphs()).hasSize(6);
        offsetsHold(a);
    }

    @Test
    void detikDumpWithSiteInBylineAndEditorCode() {
        Article a = extract("detik-2022-01-08-omicron.txt", OPTIONS);
        assertThat(a.ok()).as(a.error()).isTrue();
        assertThat(a.title()).isEqualTo("Wamenkes Prediksi Puncak Kasus Omicron Terjadi pada Awal Februari");
        assertThat(a.authors()).containsExactly("Rolando Fransiscus Sihombing");
        assertThat(a.site()).isEqualTo("detikNews");
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T16:32:00+07:00"));
        assertThat(a.dateline()).isEqualTo("Jakarta");
        assertThat(a.captions()).containsExactly(
                "Wakil Menteri Kesehatan saat memberikan keterangan pers di Jakarta (Foto: Rolando/detikcom)");
        assertThat(a.text()).startsWith("Wakil Menteri Kesehatan memperkirakan kasus COVID-19 varian Omicron")
                .endsWith("tetap memakai masker di ruang publik.")
                .contains("tercatat 414 kasus Omicron", "1.200 tempat tidur")
                .doesNotContain("(rfs/imk)", "Bagikan", "Scroll to continue", "detikNews", "Oleh", "Tags",
                        "Baca juga", "Jakarta - ");
        assertThat(a.related()).extracting(Related::title)
                .containsExactly("Kemenkes Catat 92 Kasus Baru Omicron, Mayoritas dari Luar Negeri");
        assertThat(a.paragraphs()).hasSize(5);
        offsetsHold(a);
    }

    @Test
    void englishWireStoryHardWrapped() {
        Article a = extract("reuters-2022-01-08-senate-wrapped.txt", OPTIONS);
        assertThat(a.ok()).as(a.error()).isTrue();
        assertThat(a.title()).isEqualTo("U.S. Senate passes stopgap bill to avert partial government shutdown");
        assertThat(a.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T19:45:00Z"));
        assertThat(a.dateline()).isEqualTo("WASHINGTON (Reuters)");
        assertThat(a.site()).isEqualTo("Reuters");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.captions()).isEmpty();
        assertThat(a.image()).isNull();
        // wrapped lines of one paragraph are joined with a space
        assertThat(a.paragraphs().get(0).text()).isEqualTo("The U.S. Senate on Saturday passed a stopgap spending "
                + "bill that would keep federal agencies funded through Feb. 18, sending the measure to President "
                + "Joe Biden hours before a midnight deadline.");
        assertThat(a.paragraphs().get(2).text()).isEqualTo("\"This is not how we should be running the "
                + "government,\" the chamber's top Democrat said on the floor. \"But it is far better than a "
                + "shutdown.\"");
        assertThat(a.text()).endsWith("by a vote of 221-212.")
                .doesNotContain("Reporting by", "Editing by", "Our Standards", "Advertisement", "Read more",
                        "Explainer", "WASHINGTON (Reuters)", "World\n");
        assertThat(a.related()).extracting(Related::title).containsExactly(
                "Explainer: What happens when the U.S. government shuts down",
                "Biden signs order on federal workforce pay raise");
        assertThat(a.paragraphs()).hasSize(5);
        offsetsHold(a);
    }

    @Test
    void tribunDumpWithReportLineAndSyndicationNote() {
        Article a = extract("tribun-2022-01-10-pencurian-kabel.txt", OPTIONS);
        assertThat(a.ok()).as(a.error()).isTrue();
        assertThat(a.title()).isEqualTo("Polisi Tangkap Dua Pelaku Pencurian Kabel Tembaga di Stasiun Manggarai");
        // named twice, by the report line and the closing credit; the editor is not an author
        assertThat(a.authors()).containsExactly("Reza Deni");
        assertThat(a.site()).isEqualTo("Tribunnews.com");
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2022-01-10T13:25:00+07:00"));
        assertThat(a.dateline()).isEqualTo("TRIBUNNEWS.COM, JAKARTA");
        assertThat(a.captions()).containsExactly("Barang bukti kabel tembaga yang diamankan polisi di Mapolsek "
                + "Tebet, Jakarta Selatan, Senin (10/1/2022). (Tribunnews.com/Reza Deni)");
        assertThat(a.text()).startsWith("Polisi menangkap dua pria yang diduga mencuri kabel tembaga")
                .endsWith("maksimal tujuh tahun penjara.")
                .contains("AS (32) dan RH (28)", "Minggu (9/1/2022) dini hari", "Pasal 363 KUHP")
                .doesNotContain("Home", "Metropolitan", "Laporan Wartawan", "Artikel ini telah tayang", "https://",
                        "Penulis", "Sanusi", "Baca juga", "Mapolsek Tebet");
        assertThat(a.related()).extracting(Related::title)
                .containsExactly("Kereta Commuter Line Sempat Tertahan karena Gangguan Sinyal di Manggarai");
        assertThat(a.paragraphs()).hasSize(5);
        offsetsHold(a);
    }

    @Test
    void editorIsTheAuthorOnlyWhenNoWriterIsNamed() {
        Article a = text("""
                Banjir Rendam Ratusan Rumah di Bekasi Utara Usai Hujan Deras Semalaman

                BEKASI, KOMPAS.com - Ratusan rumah di Kecamatan Bekasi Utara terendam banjir setinggi 80 sentimeter \
                setelah hujan deras mengguyur sejak Jumat malam.

                Warga mulai mengungsi ke masjid terdekat sejak Sabtu dini hari.

                Editor: Sandro Gatra
                """);
        assertThat(a.title()).isEqualTo("Banjir Rendam Ratusan Rumah di Bekasi Utara Usai Hujan Deras Semalaman");
        assertThat(a.authors()).containsExactly("Sandro Gatra");
        assertThat(a.dateline()).isEqualTo("BEKASI, KOMPAS.com");
        assertThat(a.text()).startsWith("Ratusan rumah").endsWith("sejak Sabtu dini hari.")
                .doesNotContain("Editor");
    }

    @Test
    void tribunStyleReportLineNamesSiteAndWriter() {
        Article a = text("""
                Polisi Tangkap Dua Pelaku Pencurian Kabel di Stasiun Manggarai

                Laporan Wartawan Tribunnews.com, Reza Deni

                TRIBUNNEWS.COM, JAKARTA - Polisi menangkap dua pria yang diduga mencuri kabel tembaga di area \
                Stasiun Manggarai, Jakarta Selatan.

                "Keduanya kami amankan tidak jauh dari lokasi," kata Kapolsek Tebet kepada wartawan.
                """);
        assertThat(a.authors()).containsExactly("Reza Deni");
        assertThat(a.site()).isEqualTo("Tribunnews.com");
        assertThat(a.dateline()).isEqualTo("TRIBUNNEWS.COM, JAKARTA");
        assertThat(a.text()).startsWith("Polisi menangkap dua pria").doesNotContain("Laporan Wartawan");
    }

    @Test
    void separateDateLineAndUpdateLine() {
        Article a = text("""
                Liputan6.com, Jakarta - Bank Indonesia mempertahankan suku bunga acuan di level 3,5 persen.

                Keputusan itu diambil dalam rapat dewan gubernur yang berlangsung dua hari.
                """);
        assertThat(a.dateline()).isEqualTo("Liputan6.com, Jakarta");
        assertThat(a.site()).isEqualTo("Liputan6.com");
        assertThat(a.title()).isNull();
        assertThat(a.text()).startsWith("Bank Indonesia mempertahankan");

        Article b = text("""
                Sabtu, 8 Januari 2022 | 07:45 WIB
                Diperbarui: Sabtu, 8 Januari 2022 | 10:30 WIB

                Pemerintah Perpanjang PPKM Level 1 hingga Dua Pekan ke Depan

                Pemerintah kembali memperpanjang pemberlakuan pembatasan kegiatan masyarakat di luar Jawa dan Bali.

                Perpanjangan berlaku mulai Senin pekan depan.
                """);
        assertThat(b.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T07:45:00+07:00"));
        assertThat(b.modified()).isEqualTo(OffsetDateTime.parse("2022-01-08T10:30:00+07:00"));
        assertThat(b.title()).isEqualTo("Pemerintah Perpanjang PPKM Level 1 hingga Dua Pekan ke Depan");
        assertThat(b.text()).startsWith("Pemerintah kembali memperpanjang").doesNotContain("WIB");
    }

    @Test
    void dateAfterNowIsNotAPublicationDate() {
        Clock before = Clock.fixed(Instant.parse("2021-06-01T00:00:00Z"), ZoneOffset.UTC);
        Article a = extract("grid-2021-12-05-semeru-erupsi.txt", OPTIONS.withClock(before));
        assertThat(a.ok()).isTrue();
        assertThat(a.published()).isNull();
        assertThat(a.authors()).containsExactly("Dewi Anggraini");
    }

    @Test
    void emptyAndBoilerplateOnlyInputsAreErrorRecords() {
        Article blank = text("  \n\n\t \n");
        assertThat(blank.ok()).isFalse();
        assertThat(blank.errorCode()).isEqualTo("empty");

        Article noBody = text("""
                Find Us On Social Media :

                Advertisement

                Bagikan

                Simak berita lainnya di Google News
                """);
        assertThat(noBody.ok()).isFalse();
        assertThat(noBody.errorCode()).isEqualTo("no-content");
    }

    @Test
    void sentencesStartingWithBylineWordsStayInTheBody() {
        Article a = text("""
                Oleh karena itu, pemerintah daerah meminta warga tetap waspada terhadap potensi banjir susulan.

                By the end of the week, officials expect the river to return to its normal level.
                """);
        assertThat(a.authors()).isEmpty();
        assertThat(a.text()).contains("Oleh karena itu, pemerintah daerah", "By the end of the week");
    }

    @Test
    void wrappedHeaderLinesStaySeparate() {
        Article a = text("""
                Harga cabai rawit melonjak jelang Natal
                Oleh Siti Rahmawati
                Senin, 20 Desember 2021 | 10:15 WIB
                SEMARANG, KOMPAS.com - Harga cabai rawit merah di Pasar
                Johar, Semarang, naik hingga Rp 80.000 per kilogram.
                Pedagang menyebut pasokan dari petani di lereng Merbabu
                berkurang karena hujan deras sepekan terakhir.
                """);
        assertThat(a.title()).isEqualTo("Harga cabai rawit melonjak jelang Natal");
        assertThat(a.authors()).containsExactly("Siti Rahmawati");
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2021-12-20T10:15:00+07:00"));
        assertThat(a.dateline()).isEqualTo("SEMARANG, KOMPAS.com");
        assertThat(a.paragraphs()).extracting(Block::text).containsExactly(
                "Harga cabai rawit merah di Pasar Johar, Semarang, naik hingga Rp 80.000 per kilogram.",
                "Pedagang menyebut pasokan dari petani di lereng Merbabu berkurang karena hujan deras sepekan "
                        + "terakhir.");
    }

    @Test
    void creditsClosingAShortStoryDoNotMakeATitle() {
        Article a = text("""
                Pemerintah Kota Bogor menutup sementara Jalan Suryakencana untuk perbaikan saluran air.

                Penutupan berlaku selama tiga hari mulai Senin pagi.

                Penulis: Rudi Hartono
                """);
        assertThat(a.title()).isNull();
        assertThat(a.authors()).containsExactly("Rudi Hartono");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.text()).startsWith("Pemerintah Kota Bogor").endsWith("mulai Senin pagi.");
    }

    @Test
    void labelsAboveTheStoryAreDropped() {
        Article a = text("""
                detikNews

                Berita

                Polisi Selidiki Kebakaran Gudang Plastik di Tangerang

                Rahmat Hidayat - detikNews

                Tangerang - Polisi masih menyelidiki penyebab kebakaran gudang plastik di kawasan industri Jatiuwung.

                Tidak ada korban jiwa dalam peristiwa tersebut.
                """);
        assertThat(a.title()).isEqualTo("Polisi Selidiki Kebakaran Gudang Plastik di Tangerang");
        assertThat(a.authors()).containsExactly("Rahmat Hidayat");
        assertThat(a.site()).isEqualTo("detikNews");
        assertThat(a.dateline()).isEqualTo("Tangerang");
        assertThat(a.captions()).isEmpty();
        assertThat(a.text()).startsWith("Polisi masih menyelidiki").doesNotContain("detikNews", "Berita\n");
    }

    @Test
    void captionNamingPeopleAndDateIsNotAByline() {
        Article a = text("""
                Jokowi Minta Menteri Percepat Penyaluran Bantuan Sosial

                Presiden Joko Widodo di Istana Merdeka, Jakarta, Senin (3/1/2022)

                JAKARTA, KOMPAS.com - Presiden Joko Widodo meminta para menteri mempercepat penyaluran bantuan \
                sosial pada awal tahun.

                Permintaan itu disampaikan dalam sidang kabinet paripurna.
                """);
        assertThat(a.authors()).isEmpty();
        assertThat(a.published()).isNull();
        assertThat(a.captions()).containsExactly("Presiden Joko Widodo di Istana Merdeka, Jakarta, Senin (3/1/2022)");
        assertThat(a.text()).startsWith("Presiden Joko Widodo meminta").doesNotContain("Istana Merdeka");
    }

    @Test
    void dateLineUnderASiteLabelDoesNotMakeTheLabelATitle() {
        Article a = text("""
                CNN Indonesia
                Sabtu, 08 Jan 2022 07:45 WIB
                Bagikan :
                Harga Tiket Pesawat Jakarta-Bali Melonjak Jelang Libur Panjang
                Ilustrasi penumpang di Bandara Soekarno-Hatta. (CNN Indonesia/Adhi Wicaksono)
                Jakarta, CNN Indonesia -- Harga tiket pesawat rute Jakarta-Bali melonjak hingga dua kali lipat \
                menjelang libur panjang akhir pekan ini.
                Pantauan di sejumlah aplikasi agen perjalanan menunjukkan tiket termurah dijual Rp 1,8 juta sekali \
                jalan.
                (fra/ain)
                """);
        assertThat(a.title()).isEqualTo("Harga Tiket Pesawat Jakarta-Bali Melonjak Jelang Libur Panjang");
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T07:45:00+07:00"));
        assertThat(a.site()).isEqualTo("CNN Indonesia");
        assertThat(a.dateline()).isEqualTo("Jakarta, CNN Indonesia");
        assertThat(a.captions()).containsExactly(
                "Ilustrasi penumpang di Bandara Soekarno-Hatta. (CNN Indonesia/Adhi Wicaksono)");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.text()).startsWith("Harga tiket pesawat rute").endsWith("sekali jalan.")
                .doesNotContain("Bagikan", "(fra/ain)", "CNN Indonesia");
    }

    @Test
    void agencyBylineInCapitalsAndCopyrightLine() {
        Article a = text("""
                Biden says U.S. will not send troops to Kazakhstan

                By ZEKE MILLER and AAMER MADHANI
                Associated Press

                Published 7:45 PM EST, Sat January 8, 2022

                WASHINGTON (AP) — President Joe Biden said Saturday the United States has no plans to send troops \
                to Kazakhstan, where protests have turned deadly.

                "We are watching very closely," Biden told reporters at the White House.

                Copyright 2022 The Associated Press. All rights reserved.
                """);
        assertThat(a.title()).isEqualTo("Biden says U.S. will not send troops to Kazakhstan");
        assertThat(a.authors()).containsExactly("Zeke Miller", "Aamer Madhani");
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T19:45:00-05:00"));
        assertThat(a.dateline()).isEqualTo("WASHINGTON (AP)");
        assertThat(a.site()).isEqualTo("AP");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.text()).doesNotContain("Copyright", "Associated Press", "Published");
    }

    @Test
    void teaserLabelOnItsOwnLineTakesTheHeadlineBelow() {
        Article a = text("""
                Harga Emas Antam Turun Rp 4.000 per Gram Hari Ini

                JAKARTA, KOMPAS.com - Harga emas batangan produksi PT Aneka Tambang turun Rp 4.000 menjadi \
                Rp 928.000 per gram.

                Baca Juga

                Harga Emas Dunia Melemah Tertekan Penguatan Dolar AS

                Harga pembelian kembali atau buyback juga turun menjadi Rp 822.000 per gram.
                """);
        assertThat(a.related()).extracting(Related::title)
                .containsExactly("Harga Emas Dunia Melemah Tertekan Penguatan Dolar AS");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.text()).doesNotContain("Baca Juga", "Dolar AS");
    }

    @Test
    void windowsLineEndingsNoBreakSpacesAndZeroWidthCharacters() {
        Article a = text("Banjir Rob Genangi Pelabuhan Sunda Kelapa\r\n\r\n"
                + "Oleh\u00a0Nur Hidayati\r\n\r\n"
                + "JAKARTA,\u00a0KOMPAS.com - Banjir\u200b rob kembali  menggenangi\tkawasan Pelabuhan Sunda Kelapa, "
                + "Jakarta Utara, pada Sabtu pagi.\r\n\r\n"
                + "Ketinggian air mencapai 30 sentimeter di beberapa titik.\r\n");
        assertThat(a.title()).isEqualTo("Banjir Rob Genangi Pelabuhan Sunda Kelapa");
        assertThat(a.authors()).containsExactly("Nur Hidayati");
        assertThat(a.dateline()).isEqualTo("JAKARTA, KOMPAS.com");
        assertThat(a.paragraphs().get(0).text()).isEqualTo(
                "Banjir rob kembali menggenangi kawasan Pelabuhan Sunda Kelapa, Jakarta Utara, pada Sabtu pagi.");
        assertThat(a.text()).doesNotContain("\r", "\u00a0", "\u200b", "\t", "  ");
    }

    @Test
    void headlineWithADashIsNotADateline() {
        Article a = text("""
                Jokowi - Prabowo Bertemu di Istana Bahas Pertahanan

                Sabtu, 8 Januari 2022 | 10:00 WIB

                Presiden Joko Widodo menerima Menteri Pertahanan di Istana Merdeka pada Sabtu pagi.

                Pertemuan berlangsung tertutup selama satu jam.
                """);
        assertThat(a.title()).isEqualTo("Jokowi - Prabowo Bertemu di Istana Bahas Pertahanan");
        assertThat(a.dateline()).isNull();
        assertThat(a.text()).startsWith("Presiden Joko Widodo menerima");
    }

    @Test
    void aWrappedLineStartingWithAPlaceAndFullStopContinuesItsParagraph() {
        Article a = text("""
                Pedagang Pasar Senen Keluhkan Sepi Pembeli

                JAKARTA, KOMPAS.com - Sejumlah pedagang pakaian di Pasar Senen mengeluhkan sepinya
                pembeli sejak awal bulan. Rudi, salah satu pedagang, mengaku baru pindah dari Bandung ke
                Jakarta. Ia mengatakan omzetnya turun hampir separuh dibandingkan tahun lalu ketika
                pasar masih ramai dikunjungi pembeli dari luar kota.

                Pengelola pasar berjanji menggelar promosi bersama untuk menarik pengunjung.
                """);
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.paragraphs().get(0).text()).contains("pindah dari Bandung ke Jakarta. Ia mengatakan");
    }
}
