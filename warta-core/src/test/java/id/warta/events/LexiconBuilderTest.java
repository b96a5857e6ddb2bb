package id.warta.events;

import id.warta.QualityFloors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The derived lexicons rebuilt from the shared data beside the checkout equal the shipped ones byte for byte. */
class LexiconBuilderTest {

    private static Path shared() {
        Path shared = QualityFloors.shared("events").getParent();
        assumeTrue(LexiconBuilder.hasSources(shared), "event data incomplete in " + shared);
        return shared;
    }

    @Test
    void rebuildReproducesTheShippedResources() throws IOException {
        Map<String, String> built = LexiconBuilder.build(shared());
        assertThat(built).containsOnlyKeys("triggers-en.tsv", "sectors-en.tsv");
        for (Map.Entry<String, String> e : built.entrySet()) {
            try (InputStream in = TriggerLexicon.class.getResourceAsStream(e.getKey())) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(e.getKey())
                        .isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void theBuiltTablesSayWhatTheyLeftOut() throws IOException {
        String triggers = LexiconBuilder.build(shared()).get("triggers-en.tsv");
        assertThat(triggers).contains("# 397 blocks, 1817 lemmas")
                .contains("# left out: 97 pattern coded only in reverse");
        // Send troops: CAMEO 072, provide military aid, the troops' number its size.
        assertThat(triggers).contains("P\tSEND\t-\t&MILITARY\t072\tAID\t-\t1\tsize\n");
        // Sanctions are SANCTION's mode discontinue, as the PLOVER manual says, not the CAMEO table's COERCE.
        assertThat(triggers).contains("P\tIMPOSE\t-\tsanctions\t163\tSANCTION\tdiscontinue\t1\t*\n");
        assertThat(triggers).contains("F\tsend\tsent\tpast\n");
    }

    @Test
    void aFolderWithoutTheSourcesHasNone(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("events/petrarch2/dictionaries"));
        assertThat(LexiconBuilder.hasSources(dir)).isFalse();
    }
}
