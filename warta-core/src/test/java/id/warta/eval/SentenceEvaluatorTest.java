package id.warta.eval;

import id.warta.text.RuleSentenceSplitter;
import id.warta.text.Sentence;
import id.warta.text.SentenceSplitter;
import id.warta.text.Token;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Pins the CoNLL 2018 Tokens and Sentences scorer on a two-document treebank written for the test. */
class SentenceEvaluatorTest {

    private static UdTreebank bank() throws IOException {
        return UdTreebank.read(Path.of("src/test/resources/text/two-documents.conllu"));
    }

    @Test
    void rebuildsTheRawTextOfEachDocument() throws IOException {
        UdTreebank bank = bank();
        assertThat(bank.documents()).hasSize(2);
        UdTreebank.Document first = bank.documents().get(0);
        assertThat(first.text()).isEqualTo("Harga naik 5%. Warganya protes.");
        // the multiword token is one surface token; its words and the empty node are not tokens
        assertThat(first.tokens()).extracting(s -> first.text().substring(s.start(), s.end()))
                .containsExactly("Harga", "naik", "5", "%", ".", "Warganya", "protes", ".");
        assertThat(first.sentences()).containsExactly(new UdTreebank.Span(0, 14), new UdTreebank.Span(15, 31));
        assertThat(bank.documents().get(1).text()).isEqualTo("Ia pulang.\n\nSelesai.");
    }

    @Test
    void aPerfectSplitScoresOne() throws IOException {
        SegmentationScore s = SentenceEvaluator.evaluate(bank(), new RuleSentenceSplitter(), "id");
        assertThat(s.tokens()).isEqualTo(new SegmentationScore.Counts(13, 13, 13));
        assertThat(s.sentences()).isEqualTo(new SegmentationScore.Counts(4, 4, 4));
        assertThat(s.tokens().f1()).isEqualTo(1.0);
        assertThat(s.sentences().f1()).isEqualTo(1.0);
    }

    @Test
    void oneMergedTokenAndOneMissedBoundary() throws IOException {
        // "5%" as one token in the first document; both paragraphs of the second as one sentence.
        SentenceSplitter flawed = (text, language) -> text.startsWith("Harga")
                ? List.of(sentence(text, 0, "Harga", "naik", "5%", "."), sentence(text, 15, "Warganya", "protes", "."))
                : List.of(sentence(text, 0, "Ia", "pulang", ".", "Selesai", "."));
        SegmentationScore s = SentenceEvaluator.evaluate(bank(), flawed, "id");
        // tokens: 13 gold, 12 system, 11 equal; sentences: 4 gold, 3 system, the first document's 2 equal
        assertThat(s.tokens()).isEqualTo(new SegmentationScore.Counts(13, 12, 11));
        assertThat(s.tokens().precision()).isCloseTo(11.0 / 12, within(1e-12));
        assertThat(s.tokens().recall()).isCloseTo(11.0 / 13, within(1e-12));
        assertThat(s.tokens().f1()).isCloseTo(0.88, within(1e-12));
        assertThat(s.sentences()).isEqualTo(new SegmentationScore.Counts(4, 3, 2));
        assertThat(s.sentences().f1()).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void tokensOfATwoColumnFileAreFoundInTheTextComment() {
        UdTreebank bank = UdTreebank.parse(String.join("\n",
                "# newdoc id = wire-1", "# text = Officials don't expect a deal.",
                "1\tOfficials\tO", "2\tdo\tO", "3\tn't\tO", "4\texpect\tO", "5\ta\tO", "6\tdeal\tO", "7\t.\tO", "",
                "# text = Talks resume Monday.", "1\tTalks\tO", "2\tresume\tO", "3\tMonday\tB-DATE", "4\t.\tO", ""));
        UdTreebank.Document doc = bank.documents().get(0);
        assertThat(doc.text()).isEqualTo("Officials don't expect a deal. Talks resume Monday.");
        assertThat(doc.tokens()).extracting(s -> doc.text().substring(s.start(), s.end()))
                .containsExactly("Officials", "do", "n't", "expect", "a", "deal", ".", "Talks", "resume", "Monday", ".");
        SegmentationScore s = SentenceEvaluator.evaluate(bank, new RuleSentenceSplitter(), "en");
        assertThat(s.tokens().f1()).isEqualTo(1.0);
        assertThat(s.sentences().f1()).isEqualTo(1.0);
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreRead() {
        UdTreebank bank = UdTreebank.parse("\uFEFF# text = Hujan turun.\r\n1\tHujan\r\n2\tturun\r\n3\t.\r\n\r\n");
        assertThat(bank.documents().get(0).text()).isEqualTo("Hujan turun.");
        assertThat(bank.documents().get(0).tokens()).hasSize(3);
    }

    @Test
    void spansAreComparedWithoutWhitespace() {
        String text = "a  b";
        int[] offsets = SentenceEvaluator.nonSpaceOffsets(text);
        // gold "a b" rebuilt with one space, system text with two: the spans still meet at the same characters
        List<UdTreebank.Span> gold = List.of(new UdTreebank.Span(0, 1), new UdTreebank.Span(3, 4));
        List<UdTreebank.Span> system = List.of(new UdTreebank.Span(0, 1), new UdTreebank.Span(2, 4));
        List<String> misses = new ArrayList<>();
        assertThat(SentenceEvaluator.compare(gold, system, offsets, text, 0, misses, 0))
                .isEqualTo(new SegmentationScore.Counts(2, 2, 2));
    }

    /** A sentence of the given tokens, found left to right in {@code text} from {@code from}. */
    private static Sentence sentence(String text, int from, String... tokens) {
        List<Token> list = new ArrayList<>();
        int at = from;
        for (String t : tokens) {
            int start = text.indexOf(t, at);
            Token.Kind kind = Character.isLetterOrDigit(t.charAt(0)) ? Token.Kind.WORD : Token.Kind.PUNCT;
            list.add(new Token(start, start + t.length(), kind));
            at = start + t.length();
        }
        return Sentence.of(list);
    }
}
