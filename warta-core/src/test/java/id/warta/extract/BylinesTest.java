package id.warta.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class BylinesTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    private static Bylines.Byline parse(String line) {
        return Bylines.parse(line, UTC).orElseThrow(() -> new AssertionError("not a byline: " + line));
    }

    @Test
    void bylineWithIndonesianDateAndTime() {
        Bylines.Byline b = parse("By Dewi Anggraini, Minggu, 5 Desember 2021 | 09:10 WIB");
        assertThat(b.writers()).containsExactly("Dewi Anggraini");
        assertThat(b.published()).isEqualTo(OffsetDateTime.parse("2021-12-05T09:10:00+07:00"));
        assertThat(b.marked()).isTrue();
    }

    @Test
    void olehWithSite() {
        Bylines.Byline b = parse("Oleh Rolando Fransiscus Sihombing - detikNews");
        assertThat(b.writers()).containsExactly("Rolando Fransiscus Sihombing");
        assertThat(b.site()).isEqualTo("detikNews");
        assertThat(b.published()).isNull();
    }

    @Test
    void bareNameWithSiteIsUnmarked() {
        Bylines.Byline b = parse("Rolando Fransiscus Sihombing - detikNews");
        assertThat(b.writers()).containsExactly("Rolando Fransiscus Sihombing");
        assertThat(b.marked()).isFalse();
    }

    @Test
    void writerAndEditorRoles() {
        Bylines.Byline b = parse("Penulis: Ahmad Fauzi Rahman | Editor: Bambang Priyo Jatmiko");
        assertThat(b.writers()).containsExactly("Ahmad Fauzi Rahman");
        assertThat(b.editors()).containsExactly("Bambang Priyo Jatmiko");
        assertThat(parse("Oleh: Siti Nurhaliza").writers()).containsExactly("Siti Nurhaliza");
        assertThat(parse("Reporter: Yohanes Enggar").writers()).containsExactly("Yohanes Enggar");
        assertThat(parse("Editor: Sandro Gatra").editors()).containsExactly("Sandro Gatra");
        Bylines.Byline noColons = parse("Penulis Ardito Ramadhan | Editor Bayu Galih");
        assertThat(noColons.writers()).containsExactly("Ardito Ramadhan");
        assertThat(noColons.editors()).containsExactly("Bayu Galih");
    }

    @Test
    void reportLabelAndPhotoJournalist() {
        assertThat(parse("Laporan: Yohanes Kurniawan").writers()).containsExactly("Yohanes Kurniawan");
        Bylines.Byline photo = parse("Pewarta Foto: Made Wirasana");
        assertThat(photo.writers()).isEmpty();
        assertThat(photo.marked()).isTrue();
        assertThat(Bylines.parse("Laporan Keuangan Tahunan", UTC)).isEmpty();
    }

    @Test
    void tribunReportLine() {
        Bylines.Byline b = parse("Laporan Wartawan Tribunnews.com, Reza Deni");
        assertThat(b.writers()).containsExactly("Reza Deni");
        assertThat(b.site()).isEqualTo("Tribunnews.com");
    }

    @Test
    void englishBylines() {
        Bylines.Byline b = parse("By Jane Doe | Jan. 8, 2022");
        assertThat(b.writers()).containsExactly("Jane Doe");
        assertThat(b.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2022, 1, 8));

        Bylines.Byline wire = parse("Jane Doe, Reuters");
        assertThat(wire.writers()).containsExactly("Jane Doe");
        assertThat(wire.site()).isEqualTo("Reuters");

        Bylines.Byline credits = parse("(Reporting by Jane Doe; Additional reporting by Ali Kaya in Ankara; "
                + "Editing by Daniel Wallis)");
        assertThat(credits.writers()).containsExactly("Jane Doe");
        assertThat(credits.editors()).containsExactly("Daniel Wallis");
    }

    @Test
    void dateLinesNameNobody() {
        Bylines.Byline b = parse("Sabtu, 8 Januari 2022 | 07:45 WIB");
        assertThat(b.dateOnly()).isTrue();
        assertThat(b.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T07:45:00+07:00"));

        Bylines.Byline k = parse("Kompas.com - 08/01/2022, 07:45 WIB");
        assertThat(k.dateOnly()).isTrue();
        assertThat(k.site()).isEqualTo("Kompas.com");
        assertThat(k.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T07:45:00+07:00"));

        Bylines.Byline cnn = parse("CNN Indonesia | Sabtu, 08/01/2022 07:45 WIB");
        assertThat(cnn.site()).isEqualTo("CNN Indonesia");
        assertThat(cnn.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T07:45:00+07:00"));

        Bylines.Byline u = parse("Diperbarui: Sabtu, 8 Januari 2022 | 10:30 WIB");
        assertThat(u.published()).isNull();
        assertThat(u.modified()).isEqualTo(OffsetDateTime.parse("2022-01-08T10:30:00+07:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Oleh karena itu, warga diminta waspada.",
            "By the end of the week, the river had receded.",
            "Oleh Presiden, proyek itu dinilai sangat penting bagi perekonomian daerah.",
            "Pada 1 Januari 2022, kerusuhan menyebabkan puluhan orang tewas.",
            "Jokowi - Prabowo",
            "Kazakhstan adalah bagian dari aliansi militer CSTO yang dipimpin oleh Rusia.",
            "detikNews",
            "",
    })
    void sentencesAreNotBylines(String line) {
        assertThat(Bylines.parse(line, UTC)).isEmpty();
    }
}
