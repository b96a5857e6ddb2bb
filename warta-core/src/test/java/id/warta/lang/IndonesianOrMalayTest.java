package id.warta.lang;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IndonesianOrMalayTest {

    @ParameterizedTest
    @CsvSource({"bahwa, 1", "karena, 1", "uang, 1", "kantor, 1", "persen, 1", "miliar, 1", "serikat, 1",
            "bahawa, -1", "kerana, -1", "iaitu, -1", "polis, -1", "peratus, -1", "bilion, -1", "syarikat, -1",
            "yang, 0", "kerajaan, 0", "semalam, 0", "pejabat, 0", "polisi, 0", "boleh, 0", "beliau, 0", "wang, 0"})
    void marksOnlyWordsOneLanguageAloneUses(String word, int side) {
        for (String written : new String[]{word, word.toUpperCase(Locale.ROOT),
                Character.toUpperCase(word.charAt(0)) + word.substring(1)}) {
            Sample s = Sample.of(written);
            assertThat(s.indonesian() - s.malay()).as(written).isEqualTo(side);
        }
    }

    @Test
    void noWordIsListedForBothLanguages() {
        assertThat(IndonesianOrMalay.INDONESIAN).doesNotContainAnyElementsOf(IndonesianOrMalay.MALAY);
        assertThat(FunctionWords.ENGLISH).doesNotContainAnyElementsOf(FunctionWords.MALAY_GROUP);
    }

    @ParameterizedTest
    @CsvSource({"saat, ini, 1", "rumah, sakit, 1", "pekan, lalu, 1", "akhir, pekan, 1", "tahun, lepas, -1",
            "pihak, berkuasa, -1", "tahun, lalu, 0", "hari, ini, 0"})
    void marksPairs(String first, String second, int side) {
        assertThat(IndonesianOrMalay.pairMarker(first, second)).isEqualTo(side);
        assertThat(IndonesianOrMalay.pairMarker(null, second)).isZero();
    }

    @Test
    void weighsMarkersAgainstAPriorForIndonesian() {
        assertThat(IndonesianOrMalay.indonesianProbability(0, 0)).isCloseTo(0.75, within(1e-9));
        assertThat(IndonesianOrMalay.indonesianProbability(1, 0)).isCloseTo(12.0 / 13, within(1e-9));
        assertThat(IndonesianOrMalay.indonesianProbability(0, 2)).isCloseTo(3.0 / 19, within(1e-9));
        assertThat(IndonesianOrMalay.indonesianProbability(5, 5)).isCloseTo(0.75, within(1e-9));
        assertThat(IndonesianOrMalay.indonesianProbability(0, 1_000_000)).isBetween(0.0, 1e-15);
        assertThat(IndonesianOrMalay.indonesianProbability(1_000_000, 0)).isBetween(0.999_999, 1.0);
    }
}
