package id.warta.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code warta eval geocoding}: rates on a golden file and on PLOVER-shaped records, floors, usage errors. */
class EvalGeocodingCommandTest extends CommandTestSupport {

    /** Names and their GeoNames places, looked up in cities15000 and admin1CodesASCII; written for the test. */
    private static final String GOLDEN = String.join("\n",
            "# name, countries, ids, country, note",
            "Padang\tIDN\t1633419\tIDN\tthe city",
            "Tripoli\tLBN\t266826\tLBN\tthe Lebanese port",
            "Georgia\tUSA\t4197000\tUSA\tthe state",
            "Antah Berantah\tIDN\t-\t-\tnowhere", "");

    @Test
    void printsTheRatesAndPassesTheFloors(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("golden.tsv"), GOLDEN);
        int code = Main.run("eval", "geocoding", "--dataset", file.toString(), "--min-country", "1",
                "--min-exact", "1");
        assertThat(code).as(out() + err()).isZero();
        assertThat(out()).contains("4 place names").containsPattern("country correct\\s+1\\.0000\\s+4")
                .containsPattern("exact place\\s+1\\.0000\\s+4");
    }

    @Test
    void readsPloverRecordsAndListsErrors(@TempDir Path dir) throws IOException {
        String records = """
                [{"id": "T-DOC", "event": "DOCUMENT"},
                 {"id": "T-1", "eventLoc": {"name": "Kirkuk", "country code": "IQ"},
                  "source": [{"code": "IRQ"}], "target": "", "text": "Workers marched in Kirkuk."},
                 {"id": "T-2", "eventLoc": {"name": "Europe Bridge", "country code": "FR"},
                  "source": [{"code": "FRA"}], "target": [{"code": "DEU"}], "text": "Farmers blocked the bridge."},
                 {"id": "T-3", "eventLoc": {"name": "Jericho"}, "source": [{"code": "PSE"}]}]
                """;
        Path file = Files.writeString(dir.resolve("records.json"), records);
        int code = Main.run("eval", "geocoding", "--dataset", file.toString(), "--errors", "--min-exact", "0.9");
        assertThat(code).as(out() + err()).isEqualTo(1);
        assertThat(out()).contains("2 place names, 1 skipped").contains("skipped T-3")
                .containsPattern("exact place\\s+0\\.5000\\s+1")
                .containsPattern("country, unknown -> context\\s+1\\.0000\\s+2")
                .containsPattern("COUNTRY Europe Bridge .* -> nothing");
        assertThat(err()).contains("FAIL: exact-place rate 0.5000");
    }

    @Test
    void missingOrMalformedFileIsAUsageError(@TempDir Path dir) throws IOException {
        assertThat(Main.run("eval", "geocoding", "--dataset", dir.resolve("none.tsv").toString())).isEqualTo(2);
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "Padang\tIDN\n");
        assertThat(Main.run("eval", "geocoding", "--dataset", bad.toString())).isEqualTo(2);
        Path json = Files.writeString(dir.resolve("bad.json"), "[{\"id\": ");
        assertThat(Main.run("eval", "geocoding", "--dataset", json.toString())).isEqualTo(2);
        assertThat(err()).contains("no such file").contains("expected name, countries");
    }
}
