package id.warta.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding: case, diacritics, letters without decomposition, typographic punctuation, spacing. */
class FoldTest {

    @Test
    void foldsCaseAndDiacritics() {
        assertThat(Fold.fold("São Paulo")).isEqualTo("sao paulo");
        assertThat(Fold.fold("Türkiye")).isEqualTo("turkiye");
        assertThat(Fold.fold("MÉXICO")).isEqualTo("mexico");
        assertThat(Fold.fold("Khān Yūnis")).isEqualTo("khan yunis");
        assertThat(Fold.fold("Rafaḩ")).isEqualTo("rafah");
    }

    @Test
    void spellsOutLettersThatDoNotDecompose() {
        assertThat(Fold.fold("Łódź")).isEqualTo("lodz");
        assertThat(Fold.fold("Tromsø")).isEqualTo("tromso");
        assertThat(Fold.fold("Straße")).isEqualTo("strasse");
        assertThat(Fold.fold("İstanbul")).isEqualTo("istanbul");
        assertThat(Fold.fold("Đà Nẵng")).isEqualTo("da nang");
    }

    @Test
    void makesTypographicPunctuationAsciiAndSpacingSingle() {
        assertThat(Fold.fold("Côte d\u2019Ivoire")).isEqualTo("cote d'ivoire");
        assertThat(Fold.fold("Bangka\u2013Belitung")).isEqualTo("bangka-belitung");
        assertThat(Fold.fold("  Jawa \u00A0 Timur\t")).isEqualTo("jawa timur");
    }

    @Test
    void foldsATokenInPlaceAndKeepsLowerCaseAsciiAsIs() {
        String s = "di JAKARTA hari ini";
        assertThat(Fold.fold(s, 3, 10)).isEqualTo("jakarta");
        assertThat(Fold.fold(s, 11, 15)).isEqualTo("hari");
    }
}
