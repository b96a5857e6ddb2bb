package id.warta;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.analyze.Stages;
import id.warta.export.Json;
import id.warta.model.Analysis;
import id.warta.model.CaptionFindings;
import id.warta.model.RawDocument;
import id.warta.quantity.Quantity;
import id.warta.time.TimeExpression;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facade's analysis entry points, with the default stages, on the article of the JSON golden test. */
class WartaAnalyzeTest {

    private static final Path ARTICLE = Path.of("src/test/resources/analyze/banjir-bekasi-2022-03-14.txt");
    private static final Path GOLDEN = Path.of("src/test/resources/analyze/banjir-bekasi-2022-03-14.json");

    @Test
    void everyEntryPointGivesTheSameAnalysis() throws IOException {
        String content = Files.readString(ARTICLE);
        Analysis fromPath = Warta.analyze(ARTICLE);
        Analysis fromString = Warta.analyze(content);
        Analysis fromDocument = Warta.with(WartaOptions.defaults()).analyze(
                RawDocument.of("banjir.txt", null, content.getBytes(StandardCharsets.UTF_8), null));

        assertThat(fromPath.ok()).isTrue();
        for (Analysis other : List.of(fromString, fromDocument)) {
            assertThat(other.article().text()).isEqualTo(fromPath.article().text());
            assertThat(other.quantities()).isEqualTo(fromPath.quantities());
            assertThat(other.times()).isEqualTo(fromPath.times());
            assertThat(other.entities()).isEqualTo(fromPath.entities());
            assertThat(other.quotes()).isEqualTo(fromPath.quotes());
            assertThat(other.language()).isEqualTo(fromPath.language());
        }
        assertThat(fromPath.analysedLength()).isEqualTo(fromPath.article().text().length());
        assertThat(fromPath.language().language()).isEqualTo("id");
        assertThat(fromPath.language().confidence()).isGreaterThan(0.5);
    }

    /** What the rule stages find is what a reader finds (the golden file); quantities they miss are not checked. */
    @Test
    void theRuleStagesFindWhatAReaderFinds() throws IOException {
        Analysis analysis = Warta.analyze(ARTICLE);
        JsonNode golden = Json.read(Files.readString(GOLDEN));
        List<Double> values = new ArrayList<>();
        golden.get("quantities").forEach(q -> values.add(q.get("value").asDouble()));
        List<String> dates = new ArrayList<>();
        List<String> captionDates = new ArrayList<>();
        golden.get("times").forEach(t -> (t.get("caption").isNull() ? dates : captionDates).add(t.get("value").asText()));

        assertThat(analysis.quantities()).extracting(Quantity::value).isSubsetOf(values).contains(2300.0, 4500.0,
                750e6, 1000.0);
        assertThat(analysis.quantities()).filteredOn(q -> q.value() == 1000).extracting(Quantity::approximate)
                .containsExactly(true);
        assertThat(analysis.times()).extracting(TimeExpression::value).containsExactlyElementsOf(dates);
        assertThat(analysis.captions()).flatExtracting(CaptionFindings::times).extracting(TimeExpression::value)
                .containsExactlyElementsOf(captionDates);
        JsonNode quote = golden.get("quotes").get(0);
        assertThat(analysis.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo(quote.get("speaker").asText());
            assertThat(q.role()).isEqualTo(quote.get("role").asText());
            assertThat(q.text()).startsWith(quote.get("text").asText()); // the closing comma may stay
            assertThat(q.speakerStart()).isEqualTo(quote.get("speakerStart").asInt());
        });
    }

    @Test
    void aFailedExtractionIsAnErrorRecordWithNothingFound() {
        Analysis empty = Warta.analyze("   \n ");
        assertThat(empty.ok()).isFalse();
        assertThat(empty.article().errorCode()).isEqualTo("empty");
        assertThat(empty.quantities()).isEmpty();
        assertThat(empty.language()).isNull();

        Analysis missing = Warta.analyze(Path.of("src/test/resources/analyze/tidak-ada.txt"));
        assertThat(missing.article().errorCode()).isEqualTo("not-found");
    }

    @Test
    void stagesCanBeReplaced() {
        Warta warta = Warta.with(WartaOptions.defaults(), Stages.defaults().withQuantities((text, language) ->
                List.of()));
        Analysis analysis = warta.analyze(RawDocument.of("x", null,
                "Sekitar 4.500 warga mengungsi ke balai desa setelah banjir.".getBytes(StandardCharsets.UTF_8),
                null));
        assertThat(analysis.ok()).isTrue();
        assertThat(analysis.quantities()).isEmpty();
        assertThat(warta.analyzer().stages().sentences()).isSameAs(Stages.defaults().sentences());
    }

    @Test
    void misuseThrows() {
        assertThatThrownBy(() -> Warta.analyze((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Warta.with(WartaOptions.defaults(), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Warta.with(WartaOptions.defaults()).analyze((RawDocument) null))
                .isInstanceOf(NullPointerException.class);
    }
}
