package id.warta.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code warta eval sentences}: the score table, the floors' exit codes, and bad files as usage errors. */
class EvalSentencesCommandTest extends CommandTestSupport {

    /** Two sentences; the second has a multiword token. Written for the test. */
    private static final String CONLLU = String.join("\n",
            "# text = Harga beras naik.",
            "1\tHarga\t_\t_\t_\t_\t0\troot\t_\t_",
            "2\tberas\t_\t_\t_\t_\t1\tnmod\t_\t_",
            "3\tnaik\t_\t_\t_\t_\t1\tacl\t_\tSpaceAfter=No",
            "4\t.\t_\t_\t_\t_\t1\tpunct\t_\t_",
            "",
            "# text = Pedagangnya mengeluh.",
            "1-2\tPedagangnya\t_\t_\t_\t_\t_\t_\t_\t_",
            "1\tPedagang\t_\t_\t_\t_\t3\tnsubj\t_\t_",
            "2\tnya\t_\t_\t_\t_\t1\tnmod\t_\t_",
            "3\tmengeluh\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No",
            "4\t.\t_\t_\t_\t_\t3\tpunct\t_\t_",
            "", "");

    @Test
    void printsTokensAndSentencesAndPassesTheFloors(@TempDir Path dir) throws IOException {
        Path bank = Files.writeString(dir.resolve("pasar.conllu"), CONLLU);
        int code = Main.run("eval", "sentences", "--treebank", bank.toString(), "--min-token-f1", "0.99",
                "--min-sentence-f1", "0.99");
        String out = stdout.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out + stderr).isZero();
        assertThat(out).containsPattern("Tokens\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+7\\s+7\\s+7")
                .containsPattern("Sentences\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+2\\s+2\\s+2");
    }

    @Test
    void exitsOneBelowAFloor(@TempDir Path dir) throws IOException {
        // the gold joins both sentences into one, so the splitter's two sentences score 0
        String joined = CONLLU.replaceFirst("\n\n# text = .*\n", "\n")
                .replace("# text = Harga beras naik.", "# text = Harga beras naik. Pedagangnya mengeluh.");
        Path bank = Files.writeString(dir.resolve("joined.conllu"), joined);
        assertThat(Main.run("eval", "sentences", "--treebank", bank.toString(), "--min-sentence-f1", "0.5"))
                .isEqualTo(1);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("FAIL: Sentences F1");
    }

    @Test
    void missingOrMalformedFileIsAUsageError(@TempDir Path dir) throws IOException {
        assertThat(Main.run("eval", "sentences", "--treebank", dir.resolve("none.conllu").toString())).isEqualTo(2);
        Path bad = Files.writeString(dir.resolve("bad.conllu"), "# text = Harga naik.\n1\tHarga\n2\tturun\n\n");
        assertThat(Main.run("eval", "sentences", "--treebank", bad.toString())).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("no such file").contains("does not match");
    }
}
