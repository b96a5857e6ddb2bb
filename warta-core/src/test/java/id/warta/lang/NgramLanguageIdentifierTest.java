package id.warta.lang;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * News paragraphs written for these tests (Indonesian, Bernama- and Berita Harian-style Malay, English) in
 * {@code src/test/resources/lang/}, named by their language, plus the cases the identifier must refuse.
 */
class NgramLanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = new NgramLanguageIdentifier();

    static String read(String name) {
        try (InputStream in = NgramLanguageIdentifierTest.class.getResourceAsStream("/lang/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"id-banjir-jakarta.txt", "id-curanmor-bekasi.txt", "id-suku-bunga.txt",
            "id-debat-pilkada.txt", "ms-peruntukan-sekolah.txt", "ms-samun-kedai-emas.txt", "ms-minyak-sawit.txt",
            "ms-rasuah-sprm.txt", "en-senate-spending.txt", "en-landslide.txt", "en-central-bank.txt"})
    void namesTheLanguageOfNewsParagraphs(String file) {
        String text = read(file);
        String expected = file.substring(0, 2);
        LanguageGuess guess = IDENTIFIER.identify(text);
        assertThat(guess.language()).as(file).isEqualTo(expected);
        assertThat(guess.confidence()).as(file).isGreaterThan(0.8);
        // shouting and lower-casing change neither the language nor much the confidence
        for (String variant : new String[]{text.toUpperCase(Locale.ROOT), text.toLowerCase(Locale.ROOT)}) {
            LanguageGuess other = IDENTIFIER.identify(variant);
            assertThat(other.language()).as(file + " re-cased").isEqualTo(expected);
            assertThat(other.confidence()).as(file + " re-cased").isGreaterThan(0.8);
        }
    }

    @Test
    void theFirstParagraphAloneIsEnough() {
        for (String file : new String[]{"id-banjir-jakarta.txt", "ms-samun-kedai-emas.txt", "en-landslide.txt"}) {
            String paragraph = read(file).split("\n\n")[0];
            assertThat(IDENTIFIER.identify(paragraph).language()).as(file).isEqualTo(file.substring(0, 2));
        }
    }

    @Test
    void anIndonesianArticleAboutSaudiArabiaStaysIndonesian() {
        // "kerajaan" is the government in Malay but a kingdom in Indonesian: not a marker
        String text = "Kerajaan Arab Saudi membuka kembali pintu bagi jemaah umrah dari Indonesia mulai pekan depan. "
                + "Duta Besar Indonesia untuk Kerajaan Arab Saudi menyebut kuota tahap pertama mencapai 20.000 "
                + "jemaah. Kerajaan juga mewajibkan setiap jemaah menunjukkan sertifikat vaksin yang diakui.";
        assertThat(IDENTIFIER.identify(text).language()).isEqualTo("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\t", "12.000 3,5 (14/1) 07.45 -- !!", "Ini adalah sebuah ujian",
            "Banjir di Jakarta", "Breaking news", "KPK", "Jakarta, Selasa (14/1)", "\u00A0\u200B"})
    void tooShortOrLetterlessTextIsUndetermined(String text) {
        LanguageGuess guess = IDENTIFIER.identify(text);
        assertThat(guess.language()).isEqualTo(LanguageGuess.UNDETERMINED);
        assertThat(guess.determined()).isFalse();
        assertThat(guess.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void letterlessTextHasNoCandidate() {
        assertThat(IDENTIFIER.identify("")).isEqualTo(new LanguageGuess("und", 0));
        assertThat(IDENTIFIER.identify("3.000 + 1,5 = ? (14/1) 07.45")).isEqualTo(new LanguageGuess("und", 0));
    }

    @Test
    void halfIndonesianHalfEnglishIsMixed() {
        String indonesian = read("id-banjir-jakarta.txt") + "\n\n" + read("id-suku-bunga.txt");
        String english = read("en-landslide.txt") + "\n\n" + read("en-central-bank.txt");
        assertThat(IDENTIFIER.identify(indonesian + "\n\n" + english).language()).isEqualTo("und");
        assertThat(IDENTIFIER.identify(english + "\n\n" + indonesian).language()).isEqualTo("und");
        // paragraphs taking turns are mixed too
        String alternating = read("id-curanmor-bekasi.txt") + "\n\n" + read("en-senate-spending.txt") + "\n\n"
                + read("id-debat-pilkada.txt") + "\n\n" + read("en-landslide.txt");
        assertThat(IDENTIFIER.identify(alternating).language()).isEqualTo("und");
    }

    @Test
    void otherLanguagesMixedAreUndeterminedWhenTheModelsTrialsDisagree() {
        String french = "Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs touchés "
                + "par la sécheresse. Le ministre de l'Agriculture a précisé que les aides seraient versées avant la "
                + "fin du mois, et que les exploitations les plus fragiles seraient prioritaires. ";
        String german = "Die Bundesregierung hat am Dienstag neue Maßnahmen zur Unterstützung der von der Dürre "
                + "betroffenen Landwirte angekündigt. Der Landwirtschaftsminister sagte, die Hilfen würden noch vor "
                + "Ende des Monats ausgezahlt, und die am stärksten gefährdeten Betriebe hätten Vorrang. ";
        assertThat(IDENTIFIER.identify(french).language()).isEqualTo("fr");
        assertThat(IDENTIFIER.identify(german).language()).isEqualTo("de");
        LanguageGuess mixed = IDENTIFIER.identify(french + french + german + german);
        assertThat(mixed.language()).isEqualTo("und");
        assertThat(mixed.confidence()).isLessThan(NgramLanguageIdentifier.MIN_PROBABILITY);
    }

    @Test
    void anEnglishQuoteInAnIndonesianArticleIsNotMixing() {
        String text = read("id-banjir-jakarta.txt") + "\n\n" + read("id-suku-bunga.txt") + "\n\n"
                + "\"We are ready to help,\" the ambassador said in English.\n\n" + read("id-debat-pilkada.txt");
        assertThat(IDENTIFIER.identify(text).language()).isEqualTo("id");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "th | กรุงเทพมหานครประกาศมาตรการใหม่เพื่อรับมือกับน้ำท่วมในช่วงฤดูฝนที่กำลังจะมาถึงในเดือนหน้า",
            "ar | أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين المتضررين من موجة الجفاف الأخيرة في البلاد",
            "zh | 北京市政府今天宣布了新的交通管理措施，以缓解城市中心的拥堵问题。",
            "ja | 東京都は今日、新しい防災計画を発表しました。大雨に備えて避難所を増やす方針です。",
            "ko | 서울시는 오늘 새로운 교통 정책을 발표했으며 다음 달부터 시행할 예정이라고 밝혔다",
            "ru | Правительство России объявило сегодня о новых мерах поддержки малого бизнеса",
            "fr | Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs touchés",
            "und | საქართველოს მთავრობამ დღეს გამოაცხადა ახალი ზომები ფერმერების მხარდასაჭერად",
            "und | Հայաստանի կառավարությունն այսօր հայտարարեց ֆերմերներին աջակցելու նոր միջոցների մասին",
            "und | የኢትዮጵያ መንግሥት ዛሬ ለገበሬዎች አዲስ የድጋፍ እርምጃዎችን አስታውቋል ብሏል ሚኒስቴሩ"})
    void otherScriptsAreNamedWhenTheModelKnowsThemElseUndetermined(String expected, String text) {
        LanguageGuess guess = IDENTIFIER.identify(text);
        assertThat(guess.language()).as(text).isEqualTo(expected);
        assertThat(guess.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void aMegabyteWithoutPunctuationIsReadInBoundedTime() {
        String words = read("id-curanmor-bekasi.txt").replaceAll("[\\p{P}\\s]+", " ");
        String huge = words.repeat((1 << 20) / words.length() + 1);
        for (int i = 0; i < 300; i++) { // loads the model and warms the code up
            IDENTIFIER.identify(words);
        }
        long t0 = System.nanoTime();
        LanguageGuess guess = IDENTIFIER.identify(huge);
        long micros = (System.nanoTime() - t0) / 1000;
        System.out.printf(Locale.ROOT, "language of %,d characters without punctuation: %s in %,d us%n",
                huge.length(), guess, micros);
        assertThat(guess.language()).isEqualTo("id");
    }

    @Test
    void nullIsMisuse() {
        assertThatNullPointerException().isThrownBy(() -> IDENTIFIER.identify(null));
    }
}
