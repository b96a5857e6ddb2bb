package id.warta.store.story;

import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.Failure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryProfileTest {

    @Test
    void profileOfARiotReport() {
        StoryProfile p = StoryArticles.profile("karachi-clash-kabarpagi-2023-05-09");

        assertThat(p.day()).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(p.eventKeys()).contains("PROTEST|PAK|2023-05-09");
        assertThat(p.entities()).contains("karachi", "imran khan", "javed odho").doesNotContain("pakistan");
        // the city where the story happens is named most often, so it leads
        assertThat(p.entities().iterator().next()).isEqualTo("karachi");
        assertThat(p.countries()).containsExactly("PAK");
        assertThat(p.keys()).contains("ev:PROTEST|PAK", "en:karachi").allMatch(k -> k.startsWith("ev:")
                || k.startsWith("en:"));
    }

    @Test
    void bytesRoundTrip() {
        StoryProfile p = StoryArticles.profile("karachi-toll-wartatimur-2023-05-11");
        StoryProfile back = StoryProfile.fromBytes(p.toBytes());

        assertThat(back).isEqualTo(p);
        assertThat(List.copyOf(back.entities())).isEqualTo(List.copyOf(p.entities()));
        StoryProfile empty = new StoryProfile(null, Set.of(), Set.of(), Set.of());
        assertThat(StoryProfile.fromBytes(empty.toBytes())).isEqualTo(empty);
        assertThatThrownBy(() -> StoryProfile.fromBytes(new byte[]{9, 1, 2})).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void anArticleThatFailedHasOnlyWhatItsRecordSays() {
        Article failed = Article.failed("halaman.html", "https://kabarpagi.id/x", new Failure("EMPTY",
                "no text found"));
        StoryProfile p = StoryProfile.of(Analysis.notAnalysed(failed));

        assertThat(p.day()).isNull();
        assertThat(p.eventKeys()).isEmpty();
        assertThat(p.entities()).isEmpty();
        assertThat(p.keys()).isEmpty();
    }
}
