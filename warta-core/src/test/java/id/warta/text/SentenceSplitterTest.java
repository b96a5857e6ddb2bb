package id.warta.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Golden cases, one or more per splitting rule, in realistic Indonesian and English news prose. */
class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = new RuleSentenceSplitter();

    private static List<String> split(String text, String language) {
        return SPLITTER.split(text, language).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void fullStopsQuestionAndExclamationMarksEndSentences() {
        assertThat(split("Banjir merendam tiga kecamatan di Kabupaten Bekasi. Warga mengungsi ke masjid. "
                + "Kapan air surut? Belum ada yang tahu! Petugas masih berjaga.", "id"))
                .containsExactly("Banjir merendam tiga kecamatan di Kabupaten Bekasi.", "Warga mengungsi ke masjid.",
                        "Kapan air surut?", "Belum ada yang tahu!", "Petugas masih berjaga.");
    }

    @Test
    void indonesianTitlesAndAddressAbbreviationsDoNotEndSentences() {
        String text = "Rapat digelar di kantor PT. Sinar Jaya, Jl. Gatot Subroto No. 12, Kec. Setiabudi, "
                + "dan dihadiri Prof. Dr. Hj. Siti Aminah, Ir. Bambang Sutrisno, dr. Rina serta Bpk. Hasan. "
                + "Sdr. Anwar dari Kab. Bogor dan Kel. Cempaka Putih juga datang.";
        assertThat(split(text, "id")).containsExactly(
                "Rapat digelar di kantor PT. Sinar Jaya, Jl. Gatot Subroto No. 12, Kec. Setiabudi, dan dihadiri "
                        + "Prof. Dr. Hj. Siti Aminah, Ir. Bambang Sutrisno, dr. Rina serta Bpk. Hasan.",
                "Sdr. Anwar dari Kab. Bogor dan Kel. Cempaka Putih juga datang.");
    }

    @Test
    void academicDegreesAndInitialsStayInside() {
        String text = "Kuasa hukum korban, Andi Wijaya, S.H., M.H. menyebut sidang ditunda. "
                + "Rektor Universitas Andalas, Dr. H. Yuliandri, M.Si. membuka acara itu.";
        assertThat(split(text, "id")).containsExactly(
                "Kuasa hukum korban, Andi Wijaya, S.H., M.H. menyebut sidang ditunda.",
                "Rektor Universitas Andalas, Dr. H. Yuliandri, M.Si. membuka acara itu.");
    }

    @Test
    void dllEndsASentenceBeforeACapitalButNotBeforeLowerCase() {
        assertThat(split("Bantuan berupa beras, minyak goreng, selimut, dll. Semua disalurkan lewat posko.", "id"))
                .containsExactly("Bantuan berupa beras, minyak goreng, selimut, dll.",
                        "Semua disalurkan lewat posko.");
        assertThat(split("Bantuan berupa beras, selimut, dsb. yang dikirim dari Padang.", "id")).hasSize(1);
    }

    @Test
    void indonesianCompanySuffixEndsASentenceBeforeACapitalAndGivesItsFullStop() {
        String text = "Saham itu dibeli PT Astra International Tbk. Perusahaan itu menolak berkomentar.";
        List<Sentence> sentences = SPLITTER.split(text, "id");
        assertThat(sentences).extracting(s -> s.text(text)).containsExactly(
                "Saham itu dibeli PT Astra International Tbk.", "Perusahaan itu menolak berkomentar.");
        List<Token> first = sentences.get(0).tokens();
        assertThat(first.subList(first.size() - 2, first.size())).extracting(t -> t.text(text))
                .containsExactly("Tbk", ".");
        assertThat(split("Saham PT Astra International Tbk. naik 3 persen.", "id")).hasSize(1);
    }

    @Test
    void englishCompanySuffixEndsASentenceOnlyBeforeAUsualOpener() {
        assertThat(split("Apple Inc. Chief Executive Tim Cook spoke. He left early.", "en"))
                .containsExactly("Apple Inc. Chief Executive Tim Cook spoke.", "He left early.");
        String text = "The deal was signed by Acme Corp. The shares rose.";
        List<Sentence> sentences = SPLITTER.split(text, "en");
        assertThat(sentences).extracting(s -> s.text(text)).containsExactly("The deal was signed by Acme Corp.",
                "The shares rose.");
        assertThat(sentences.get(0).tokens().get(sentences.get(0).tokens().size() - 1).text(text)).isEqualTo("Corp.");
    }

    @Test
    void indonesianNumbersTimesAndDatesDoNotEndSentences() {
        String text = "Harga cabai naik menjadi Rp 65.000 per kilogram, atau 1,5 kali lipat. Sebanyak "
                + "1.250.000 warga terdampak. Kereta berangkat pukul 07.45 WIB pada Jumat (7/1). "
                + "Laporan bertanggal 8/1/2022 itu dirilis pukul 19:30.";
        assertThat(split(text, "id")).containsExactly(
                "Harga cabai naik menjadi Rp 65.000 per kilogram, atau 1,5 kali lipat.",
                "Sebanyak 1.250.000 warga terdampak.", "Kereta berangkat pukul 07.45 WIB pada Jumat (7/1).",
                "Laporan bertanggal 8/1/2022 itu dirilis pukul 19:30.");
    }

    @Test
    void missingSpaceAfterAFullStopStillEndsBeforeAWordButNotInACode() {
        assertThat(split("Kebakaran padam pukul 14.00 WIB.Korban dibawa ke RSUD Koja.", "id"))
                .containsExactly("Kebakaran padam pukul 14.00 WIB.", "Korban dibawa ke RSUD Koja.");
        assertThat(split("Aturan itu tertuang dalam PMK Nomor 34/PMK.011/2022 tentang tarif cukai.", "id")).hasSize(1);
    }

    @Test
    void quotedSpeechWithItsAttributionIsOneSentence() {
        String text = "\"Kami sudah menyiapkan 3.000 personel. Semua siaga sampai akhir pekan,\" kata Kapolda "
                + "Metro Jaya. \"Apakah ini cukup?\" tanya seorang wartawan. Ia tidak menjawab.";
        assertThat(split(text, "id")).containsExactly(
                "\"Kami sudah menyiapkan 3.000 personel. Semua siaga sampai akhir pekan,\" kata Kapolda Metro Jaya.",
                "\"Apakah ini cukup?\" tanya seorang wartawan.", "Ia tidak menjawab.");
    }

    @Test
    void sentenceEndsAfterTheClosingQuoteOrBracket() {
        String text = "Menurut dia, situasi sudah \u201Cterkendali.\u201D Pasukan ditarik pada Senin. "
                + "Korban dibawa ke rumah sakit (RSUD Cibinong.) Keluarga menunggu di luar.";
        assertThat(split(text, "id")).containsExactly("Menurut dia, situasi sudah \u201Cterkendali.\u201D",
                "Pasukan ditarik pada Senin.", "Korban dibawa ke rumah sakit (RSUD Cibinong.)",
                "Keluarga menunggu di luar.");
    }

    @Test
    void ellipsisEndsBeforeACapitalOnly() {
        assertThat(split("Ia terdiam sejenak... lalu melanjutkan pidatonya. Semua menunggu... Akhirnya ia pergi.",
                "id")).containsExactly("Ia terdiam sejenak... lalu melanjutkan pidatonya.", "Semua menunggu...",
                "Akhirnya ia pergi.");
    }

    @Test
    void blankLineAlwaysEndsASentenceAndHeadlinesStandAlone() {
        String text = "Gempa Magnitudo 5,6 Guncang Cianjur\n\nGempa terjadi pada Senin siang dan dirasakan hingga "
                + "Jakarta\n\nBPBD mencatat 62 korban jiwa.";
        assertThat(split(text, "id")).containsExactly("Gempa Magnitudo 5,6 Guncang Cianjur",
                "Gempa terjadi pada Senin siang dan dirasakan hingga Jakarta", "BPBD mencatat 62 korban jiwa.");
    }

    @Test
    void listItemsOnTheirOwnLinesAreSentencesAndWrappedLinesAreNot() {
        String text = "Syarat pendaftaran:\n- Fotokopi KTP\n- Pas foto terbaru\n- Surat keterangan sehat\n"
                + "Pendaftaran dibuka hingga akhir bulan dan\nditutup pada pukul 16.00 WIB.";
        assertThat(split(text, "id")).containsExactly("Syarat pendaftaran:", "- Fotokopi KTP", "- Pas foto terbaru",
                "- Surat keterangan sehat",
                "Pendaftaran dibuka hingga akhir bulan dan\nditutup pada pukul 16.00 WIB.");
    }

    @Test
    void numberedListItemsKeepTheirNumber() {
        String text = "Polisi menetapkan dua syarat.\n1. Peserta aksi membawa identitas.\n2. Aksi selesai pukul "
                + "18.00 WIB.";
        assertThat(split(text, "id")).containsExactly("Polisi menetapkan dua syarat.",
                "1. Peserta aksi membawa identitas.", "2. Aksi selesai pukul 18.00 WIB.");
    }

    @Test
    void englishAbbreviationsDoNotEndSentences() {
        String text = "Mr. Biden met Dr. Jill Stein and St. John's staff in Washington on Jan. 6. "
                + "Acme Corp. vs. the state, No. 22-104, was heard e.g. by Judge J. K. Lee, i.e. the chief judge.";
        assertThat(split(text, "en")).containsExactly(
                "Mr. Biden met Dr. Jill Stein and St. John's staff in Washington on Jan. 6.",
                "Acme Corp. vs. the state, No. 22-104, was heard e.g. by Judge J. K. Lee, i.e. the chief judge.");
    }

    @Test
    void dottedAbbreviationEndsASentenceBeforeAUsualOpener() {
        assertThat(split("The talks were held in the U.S. The next round is in the U.K. in May.", "en"))
                .containsExactly("The talks were held in the U.S.", "The next round is in the U.K. in May.");
        assertThat(split("Several papers, e.g. The Guardian, ran the story. Surat itu ditujukan a.n. Kepala Dinas.",
                "en")).containsExactly("Several papers, e.g. The Guardian, ran the story.",
                "Surat itu ditujukan a.n. Kepala Dinas.");
        assertThat(split("Shares of Apple Inc. fell 2%. It was the third drop this week.", "en"))
                .containsExactly("Shares of Apple Inc. fell 2%.", "It was the third drop this week.");
    }

    @Test
    void englishNumbersDoNotEndSentences() {
        assertThat(split("About 3,000 troops arrived. Prices rose 1.5 percent to $12.50 a barrel at 7:45 a.m. "
                + "The ministry said so.", "en")).containsExactly("About 3,000 troops arrived.",
                "Prices rose 1.5 percent to $12.50 a barrel at 7:45 a.m.", "The ministry said so.");
    }

    @Test
    void englishQuoteThenSaid() {
        assertThat(split("\"We are not leaving. Not now,\" the minister said. \"Why?\" asked a reporter.", "en"))
                .containsExactly("\"We are not leaving. Not now,\" the minister said.", "\"Why?\" asked a reporter.");
    }

    @Test
    void urlsAndEmailsDoNotEndSentences() {
        assertThat(split("Informasi lengkap ada di https://www.bmkg.go.id/gempa. Pertanyaan dikirim ke "
                + "humas@bnpb.go.id. Terima kasih.", "id")).containsExactly(
                "Informasi lengkap ada di https://www.bmkg.go.id/gempa.",
                "Pertanyaan dikirim ke humas@bnpb.go.id.", "Terima kasih.");
    }

    @Test
    void unbalancedQuoteDoesNotSwallowTheParagraph() {
        StringBuilder sb = new StringBuilder("\"Kami menolak rencana itu.");
        for (int i = 0; i < 40; i++) {
            sb.append(" Warga kembali berkumpul di balai desa pada hari ke-").append(i + 1).append('.');
        }
        assertThat(split(sb.toString(), "id")).hasSizeGreaterThan(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\t", "\u200B"})
    void emptyOrBlankInputGivesNoSentences(String text) {
        assertThat(SPLITTER.split(text, "id")).isEmpty();
    }

    @Test
    void unknownLanguageUsesCommonRules() {
        assertThat(split("Mr. Tan bertemu Prof. Lim di Jl. Sudirman. Mereka makan siang.", "ms"))
                .containsExactly("Mr. Tan bertemu Prof. Lim di Jl. Sudirman.", "Mereka makan siang.");
        assertThat(split("Mr. Tan bertemu Prof. Lim di Jl. Sudirman. Mereka makan siang.", null)).hasSize(2);
    }
}
