package id.warta.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorsTest {

    @Test
    void englishBylines() {
        assertThat(Authors.clean("By Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(Authors.clean("By JANE DOE, JOHN ROE & SAM LEE")).containsExactly("Jane Doe", "John Roe", "Sam Lee");
        assertThat(Authors.clean("Written by Margaret O'Brien, Staff Writer")).containsExactly("Margaret O'Brien");
        assertThat(Authors.clean("By Rebecca Hartley in Jakarta")).containsExactly("Rebecca Hartley");
        assertThat(Authors.clean("By Tom Whitfield, Reuters")).containsExactly("Tom Whitfield");
        assertThat(Authors.clean("By Daniel Park and Aisha Rahman, The Associated Press"))
                .containsExactly("Daniel Park", "Aisha Rahman");
        assertThat(Authors.clean("By Sarah Collins | Published January 8, 2022 7:45 am ET | Updated 3 hours ago"))
                .containsExactly("Sarah Collins");
        assertThat(Authors.clean("Michael J. Fisher Jr. @mjfisher Email the author Follow"))
                .containsExactly("Michael J. Fisher Jr.");
        assertThat(Authors.clean("By AP")).isEmpty();
    }

    @Test
    void indonesianBylines() {
        assertThat(Authors.clean("Penulis: Ahmad Fauzi | Editor: Budi Santoso")).containsExactly("Ahmad Fauzi");
        assertThat(Authors.clean("Oleh: Siti Nurhaliza dan Dewi Lestari")).containsExactly("Siti Nurhaliza",
                "Dewi Lestari");
        assertThat(Authors.clean("Kompas.com - 08/01/2022, 07:45 WIB Penulis: Rahmat Hidayat"))
                .containsExactly("Rahmat Hidayat");
        assertThat(Authors.clean("Reporter: Yoga Pratama, Editor: Rina Marlina")).containsExactly("Yoga Pratama");
        assertThat(Authors.clean("Laporan Wartawan Tribunnews.com, Fransiskus Adhiyuda"))
                .containsExactly("Fransiskus Adhiyuda");
        assertThat(Authors.clean("Tim Redaksi")).isEmpty();
        assertThat(Authors.clean("Redaksi")).isEmpty();
        assertThat(Authors.clean("Admin")).isEmpty();
        assertThat(Authors.clean("Andi Saputra - detikNews")).containsExactly("Andi Saputra");
        assertThat(Authors.clean("Oleh Prof. Dr. Hendra Gunawan, M.Si.")).containsExactly("Prof. Dr. Hendra Gunawan");
        assertThat(Authors.clean("Foto: Antara/Hafidz Mubarak | Penulis: Lina Kusuma")).containsExactly("Lina Kusuma");
        assertThat(Authors.clean("Penulis: Ahmad Fauzi (Kompas.com) | Sabtu, 08 Jan 2022 07:45 WIB"))
                .containsExactly("Ahmad Fauzi");
        assertThat(Authors.clean("Rep: Nur Aini/ Red: Heri Setiawan")).containsExactly("Nur Aini");
        assertThat(Authors.clean("By Rizal Fahmi S, Senin, 3 Januari 2022 | 14:05 WIB")).containsExactly("Rizal Fahmi S");
        assertThat(Authors.clean("Liputan6.com, Jakarta - Penulis: Arief Budiman")).containsExactly("Arief Budiman");
        assertThat(Authors.clean("Fikri Ramadhan, Okezone · Sabtu 08 Januari 2022 07:45 WIB"))
                .containsExactly("Fikri Ramadhan");
    }

    @Test
    void editorIsReportedOnlyWithoutWriter() {
        assertThat(Authors.clean("Editor: Budi Santoso")).containsExactly("Budi Santoso");
        assertThat(Authors.clean("Penyunting: Maria Ulfa")).containsExactly("Maria Ulfa");
        assertThat(Authors.clean("Penulis: Ahmad Fauzi | Editor: Budi Santoso")).doesNotContain("Budi Santoso");
    }

    @Test
    void photographersAreNotAuthors() {
        assertThat(Authors.clean("Photo by Kevin Marsh")).isEmpty();
        assertThat(Authors.clean("Fotografer: Agus Salim")).isEmpty();
    }

    @Test
    void jobTitlesAndOutletsAfterNamesAreDropped() {
        assertThat(Authors.clean("Hannah Brooks, AP Business Writer")).containsExactly("Hannah Brooks");
        assertThat(Authors.clean("Oliver Grant News reporter")).containsExactly("Oliver Grant");
        assertThat(Authors.clean("Priya Natarajan, Senior Correspondent")).containsExactly("Priya Natarajan");
        assertThat(Authors.clean("Lucas Meyer, Futurism")).containsExactly("Lucas Meyer");
        assertThat(Authors.clean("Analysis by Nora Whitaker")).containsExactly("Nora Whitaker");
        assertThat(Authors.clean("Martin Cole. Global Affairs International")).containsExactly("Martin Cole");
        assertThat(Authors.clean("The Health Ministry")).isEmpty();
        assertThat(Authors.clean("webeditor")).isEmpty();
    }

    @Test
    void conjunctionsAreNotNames() {
        assertThat(Authors.clean("By Dan Whitfield and Andi Rahman")).containsExactly("Dan Whitfield", "Andi Rahman");
        assertThat(Authors.clean("BY DAN WHITFIELD")).containsExactly("Dan Whitfield");
        assertThat(Authors.clean("OLEH ANDI RAHMAN DAN SITI AMINAH")).containsExactly("Andi Rahman", "Siti Aminah");
        assertThat(Authors.clean("Jordan Lee with Candace Wu")).containsExactly("Jordan Lee", "Candace Wu");
    }

    @Test
    void singleNamesStandAlone() {
        assertThat(Authors.clean("Oleh: Sutrisno")).containsExactly("Sutrisno");
        assertThat(Authors.clean("Sutrisno dan Wahyuni")).containsExactly("Sutrisno", "Wahyuni");
    }

    @Test
    void duplicatesIgnoreCase() {
        assertThat(Authors.clean("Jane Doe, JANE DOE, jane doe")).containsExactly("Jane Doe");
    }

    @Test
    void titleCaseKeepsApostrophesAndHyphens() {
        assertThat(Authors.clean("SEAN O'NEIL-MCCARTHY")).containsExactly("Sean O'Neil-Mccarthy");
        assertThat(Authors.clean("RIZKY ANANDA")).containsExactly("Rizky Ananda");
    }

    @Test
    void plainNamePassesThrough() {
        assertThat(Authors.clean("Ahmad Fauzi")).containsExactly("Ahmad Fauzi");
        assertThat(Authors.clean("  Dewi   Lestari ")).containsExactly("Dewi Lestari");
        assertThat(Authors.clean("Tim Cook")).containsExactly("Tim Cook");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"https://www.kompas.com/penulis/ahmad-fauzi", "@janedoe", "Kompas.com",
            "Sabtu, 08 Jan 2022 07:45 WIB", "3 hours ago", "Staff Writer", "Follow", "null", "   "})
    void notNames(String raw) {
        assertThat(Authors.clean(raw)).isEmpty();
    }

    @Test
    void nullIsEmpty() {
        assertThat(Authors.clean(null)).isEmpty();
    }
}
