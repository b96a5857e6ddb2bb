package id.warta.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Token boundaries and kinds on realistic Indonesian and English news phrases. */
class TokenizerTest {

    private static final Tokenizer TOKENIZER = new RuleTokenizer();

    private static List<String> tokens(String text, String language) {
        return TOKENIZER.tokenize(text, language).stream().map(t -> t.text(text)).toList();
    }

    private static List<String> kinds(String text, String language) {
        return TOKENIZER.tokenize(text, language).stream().map(t -> t.text(text) + "/" + t.kind()).toList();
    }

    @Test
    void indonesianNumbersTimesAndDates() {
        assertThat(kinds("Sebanyak 3.000 pasukan, 1,5 juta dolar, Rp 1.250.000, pukul 07.45 dan 07:45, "
                + "Jumat (7/1), 8/1/2022, 2022-01-08.", "id")).containsExactly("Sebanyak/WORD", "3.000/NUMBER",
                "pasukan/WORD", ",/PUNCT", "1,5/NUMBER", "juta/WORD", "dolar/WORD", ",/PUNCT", "Rp/WORD",
                "1.250.000/NUMBER", ",/PUNCT", "pukul/WORD", "07.45/TIME", "dan/WORD", "07:45/TIME", ",/PUNCT",
                "Jumat/WORD", "(/PUNCT", "7/1/DATE", ")/PUNCT", ",/PUNCT", "8/1/2022/DATE", ",/PUNCT",
                "2022-01-08/DATE", "./PUNCT");
    }

    @Test
    void englishNumbersAreNotTimes() {
        assertThat(kinds("3,000 troops and 1.5 million at 12.50", "en")).containsExactly("3,000/NUMBER",
                "troops/WORD", "and/WORD", "1.5/NUMBER", "million/WORD", "at/WORD", "12.50/NUMBER");
    }

    @Test
    void currencyPrefixAndPercentAreSplit() {
        assertThat(kinds("naik Rp5.000 atau 2,5% menjadi US$12", "id")).containsExactly("naik/WORD", "Rp/WORD",
                "5.000/NUMBER", "atau/WORD", "2,5/NUMBER", "%/SYMBOL", "menjadi/WORD", "US/WORD", "$/SYMBOL",
                "12/NUMBER");
    }

    @Test
    void hyphensJoinReduplicationAndAffixesButSplitRanges() {
        assertThat(tokens("rata-rata negara-negara non-migas ke-13 tahun 1990-an APBN-P COVID-19 anti-Israel "
                + "5-10 persen periode Januari-September 2007-2008 Jakarta-Bandung", "id")).containsExactly(
                "rata-rata", "negara-negara", "non-migas", "ke-13", "tahun", "1990-an", "APBN-P", "COVID-19",
                "anti-Israel", "5", "-", "10", "persen", "periode", "Januari", "-", "September", "2007", "-",
                "2008", "Jakarta", "-", "Bandung");
    }

    @Test
    void abbreviationsKeepTheirFullStop() {
        assertThat(tokens("Jl. Merdeka No. 5, Prof. Dr. Ir. Budi, S.H., a.n. Kepala Desa, dll.", "id"))
                .containsExactly("Jl.", "Merdeka", "No.", "5", ",", "Prof.", "Dr.", "Ir.", "Budi", ",", "S.H.",
                        ",", "a.n.", "Kepala", "Desa", ",", "dll.");
        assertThat(tokens("the U.S. and U.K. envoys, e.g. Mr. J. K. Smith", "en")).containsExactly("the", "U.S.",
                "and", "U.K.", "envoys", ",", "e.g.", "Mr.", "J.", "K.", "Smith");
    }

    @Test
    void sentenceFinalFullStopIsItsOwnToken() {
        assertThat(tokens("Ia tiba di Jakarta. Namun hujan.", "id")).containsExactly("Ia", "tiba", "di", "Jakarta",
                ".", "Namun", "hujan", ".");
    }

    @Test
    void webAddressesEmailsHashtagsAndMentions() {
        assertThat(kinds("Kunjungi https://kompas.com/read/2022/01/08/berita. Surel: redaksi@tempo.co.id, "
                + "#BanjirJakarta @BNPB_Indonesia www.bmkg.go.id", "id")).containsExactly("Kunjungi/WORD",
                "https://kompas.com/read/2022/01/08/berita/URL", "./PUNCT", "Surel/WORD", ":/PUNCT",
                "redaksi@tempo.co.id/EMAIL", ",/PUNCT", "#BanjirJakarta/HASHTAG", "@BNPB_Indonesia/MENTION",
                "www.bmkg.go.id/URL");
    }

    @Test
    void englishCliticsAreSplitIndonesianApostrophesAreNot() {
        assertThat(tokens("Moody's analysts don't expect it", "en")).containsExactly("Moody", "'s", "analysts",
                "do", "n't", "expect", "it");
        assertThat(tokens("Menteri Ka'ban tiba Jum'at pagi", "id")).containsExactly("Menteri", "Ka'ban", "tiba",
                "Jum'at", "pagi");
    }

    @Test
    void punctuationRunsAndQuotes() {
        assertThat(kinds("\"Tunggu...\" katanya -- lalu pergi\u2026", "id")).containsExactly("\"/PUNCT",
                "Tunggu/WORD", ".../PUNCT", "\"/PUNCT", "katanya/WORD", "--/PUNCT", "lalu/WORD", "pergi/WORD",
                "\u2026/PUNCT");
    }
}
