package id.warta.app;

import id.warta.events.Actor;
import id.warta.events.Event;
import id.warta.events.EventCoder;
import id.warta.events.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code warta eval events}: reads a gold set, scores the coder it is given and gates on macro-F1; bad datasets are
 * usage errors.
 */
class EvalEventsCommandTest extends CommandTestSupport {

    private static final String HEADER = "id\tlang\ttext\ttype\tmode\tactor\tactor_country\tactor_sector\ttarget"
            + "\ttarget_country\ttarget_sector\tnegated\tmodality\treported\tkilled\tinjured\tarrested\tsize\tnote\n";

    /** Codes a demonstration wherever protesters are named, and nothing else: right on two sentences of three. */
    private static final EventCoder PROTESTS = (text, analysis) -> {
        if (!text.text().contains("pengunjuk rasa") && !text.text().contains("Protesters")) {
            return List.of();
        }
        Actor crowd = new Actor("pengunjuk rasa", "IDN", "CVL", List.of(), -1, -1);
        return List.of(new Event("PROTEST", "demo", crowd, null, null, null, null, null, null, null, null, false,
                false, Event.Modality.ASSERTED, false, List.of(),
                List.of(new Evidence(text.text(), 0, text.text().length())), 0.7));
    };

    private static Path gold(Path dir) throws IOException {
        return Files.writeString(dir.resolve("gold.tsv"), HEADER
                + "a\tid\tRatusan pengunjuk rasa berkumpul di depan kantor Gubernur Sulawesi Selatan di Makassar."
                + "\tPROTEST\tdemo\tRatusan pengunjuk rasa\tIDN\tCVL\t-\t-\t-\tno\tasserted\tno\t-\t-\t-\t100\t\n"
                + "b\ten\tProtesters blocked the main road into Nairobi for six hours.\tPROTEST\tobstruct\tProtesters"
                + "\tKEN\tCVL\t-\t-\t-\tno\tasserted\tno\t-\t-\t-\t-\t\n"
                + "c\tid\tPolisi menangkap lima orang di Medan.\tCOERCE\tarrest\tPolisi\tIDN\tCOP\tlima orang\tIDN"
                + "\tCVL\tno\tasserted\tno\t-\t-\t5\t-\t\n");
    }

    private int run(String... args) {
        return new CommandLine(new EvalCommand.Events(() -> PROTESTS)).execute(args);
    }

    @Test
    void scoresTheCoderAndPassesAFloorItReaches(@TempDir Path dir) throws IOException {
        int code = run("--dataset", gold(dir).toString(), "--min-macro-f1", "0.5", "--errors", "5");
        assertThat(code).as(err()).isZero();
        // PROTEST: tp 2; COERCE: fn 1. Macro-F1 (1 + 0) / 2 = 0.5; accuracy 2 of 3.
        assertThat(out()).contains("gold.tsv: 3 sentences, 3 gold events, 0 sentences without event")
                .containsPattern("PROTEST +1\\.000 +1\\.000 +1\\.000 +2 +2 +0 +0")
                .containsPattern("COERCE +0\\.000 +0\\.000 +0\\.000 +1 +0 +0 +1")
                .contains("macro-F1        0.5000 over 2 categories")
                .contains("type accuracy   0.6667 (2 of 3 sentences with a gold event)")
                // The Kenyan crowd is coded Indonesian: actor country 1 of 3.
                .contains("actor country   0.3333 (1 of 3)")
                .contains("negation        1.0000 (2 of 2)")
                .contains("numbers         0.0000 (0 of 1)")
                .containsPattern("c +gold COERCE +coded - ");
        assertThat(err()).contains("OK: macro-F1 0.5000 is at or above the floor 0.5000");
    }

    @Test
    void failsBelowTheFloor(@TempDir Path dir) throws IOException {
        assertThat(run("--dataset", gold(dir).toString(), "--min-macro-f1", "0.75")).isEqualTo(1);
        assertThat(err()).contains("FAIL: macro-F1 0.5000 is below the floor 0.7500");
    }

    @Test
    void aMissingOrMalformedDatasetIsAUsageError(@TempDir Path dir) throws IOException {
        assertThat(run("--dataset", dir.resolve("none.tsv").toString())).isEqualTo(2);
        assertThat(err()).contains("no such file");
        Path bad = Files.writeString(dir.resolve("bad.tsv"), HEADER + "a\tid\tTeks.\tDEMAND\t-\t-\t-\t-\t-\t-\t-\tno"
                + "\tasserted\tno\t-\t-\t-\t-\t\n");
        assertThat(run("--dataset", bad.toString())).isEqualTo(2);
        assertThat(err()).contains("bad.tsv:2: not a PLOVER category: DEMAND");
        Path csv = Files.writeString(dir.resolve("gold.csv"), "x\n");
        assertThat(run("--dataset", csv.toString())).isEqualTo(2);
        assertThat(err()).contains("not an event dataset");
    }
}
