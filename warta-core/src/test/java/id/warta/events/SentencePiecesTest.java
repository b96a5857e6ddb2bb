package id.warta.events;

import id.warta.text.RuleSentenceSplitter;
import id.warta.text.Sentence;
import id.warta.text.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A paragraph without punctuation is coded in pieces of bounded length, so that coding stays linear. */
class SentencePiecesTest {

    @Test
    void aLongSentenceIsCutIntoPiecesThatCoverItInOrder() {
        String clause = "warga berunjuk rasa di depan kantor bupati dan polisi menangkap dua orang ";
        Text text = Text.of(clause.repeat(40), "id", new RuleSentenceSplitter());
        assertThat(text.sentences()).hasSize(1);
        int tokens = text.sentences().get(0).tokens().size();
        assertThat(tokens).isGreaterThan(2 * RuleEventCoder.MAX_SENTENCE_TOKENS);

        List<Sentence> pieces = RuleEventCoder.pieces(text.sentences());
        assertThat(pieces).hasSize((tokens + RuleEventCoder.MAX_SENTENCE_TOKENS - 1)
                / RuleEventCoder.MAX_SENTENCE_TOKENS);
        assertThat(pieces).allSatisfy(p -> assertThat(p.tokens()).hasSizeLessThanOrEqualTo(
                RuleEventCoder.MAX_SENTENCE_TOKENS));
        assertThat(pieces.stream().mapToInt(p -> p.tokens().size()).sum()).isEqualTo(tokens);
        for (int i = 1; i < pieces.size(); i++) {
            assertThat(pieces.get(i).start()).isGreaterThan(pieces.get(i - 1).end());
        }
    }

    @Test
    void ordinarySentencesStayWhole() {
        Text text = Text.of("Polisi menangkap dua orang. Warga berunjuk rasa.", "id", new RuleSentenceSplitter());
        assertThat(RuleEventCoder.pieces(text.sentences())).isEqualTo(text.sentences());
    }
}
