package id.warta.eval;

import id.warta.ner.NameSample;
import id.warta.ner.Entity.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The corpus reader on small files written in the layouts of {@code ../shared/corpora} and CoNLL-2003. */
class NerCorpusReaderTest {

    private static NerCorpus read(String name) throws IOException {
        return NerCorpusReader.read(Path.of("src/test/resources/ner", name));
    }

    private static NameSample.Span span(int start, int end, Type type) {
        return new NameSample.Span(start, end, type);
    }

    @Test
    void threeSpaceSeparatedColumnsWithCrlfAndIob2() throws IOException {
        assertThat(Files.readString(Path.of("src/test/resources/ner/idner-style-iob2-crlf.txt"))).contains("O\r\n");
        NerCorpus c = read("idner-style-iob2-crlf.txt");
        assertThat(c.layout()).isEqualTo(new NerCorpus.Layout(3, 0, 2, false));
        assertThat(c.scheme()).isEqualTo(NerCorpus.Scheme.IOB2);
        assertThat(c.samples()).hasSize(3);
        NameSample first = c.samples().get(0);
        assertThat(first.tokens()).hasSize(14).startsWith("Gubernur", "Jawa", "Timur").endsWith("Senin", ".");
        assertThat(first.tokens()).noneMatch(t -> t.contains("\r"));
        assertThat(first.entities()).containsExactly(span(1, 3, Type.LOC), span(3, 6, Type.PERSON),
                span(9, 11, Type.LOC));
        assertThat(first.text(first.entities().get(1))).isEqualTo("Khofifah Indar Parawansa");
        assertThat(c.samples().get(1).entities()).containsExactly(span(0, 4, Type.ORG), span(5, 6, Type.ORG));
        // B-LOC then B-PER: "Singapura" and "Lawrence Wong" are two entities
        assertThat(c.samples().get(2).entities()).containsExactly(span(1, 3, Type.PERSON), span(6, 7, Type.LOC),
                span(7, 9, Type.PERSON), span(10, 12, Type.LOC), span(13, 14, Type.LOC));
        assertThat(c.labels()).isEqualTo(Map.of("LOC", 5, "ORG", 2, "PER", 3));
        assertThat(c.entityCount()).isEqualTo(10);
        assertThat(c.tokenCount()).isEqualTo(14 + 12 + 15);
        assertThat(c.documentCount()).isEqualTo(1);
    }

    @Test
    void ioTagsWithDocstartLinesAndAHashToken() throws IOException {
        NerCorpus c = read("wikigold-style-io-docstart.txt");
        assertThat(c.layout()).isEqualTo(new NerCorpus.Layout(2, 0, 1, false));
        assertThat(c.scheme()).isEqualTo(NerCorpus.Scheme.IO);
        assertThat(c.samples()).hasSize(5);
        assertThat(c.samples()).extracting(NameSample::documentStart).containsExactly(true, false, true, false, true);
        assertThat(c.documentCount()).isEqualTo(3);
        assertThat(c.samples()).allSatisfy(s -> assertThat(s.tokens()).doesNotContain("-DOCSTART-"));
        NameSample founders = c.samples().get(1);
        assertThat(founders.entities()).extracting(founders::text).containsExactly("Jusuf Wanandi", "Fikri Jufri");
        // the comma parts the two places; MISC leaves no span
        NameSample temple = c.samples().get(2);
        assertThat(temple.entities()).extracting(temple::text)
                .containsExactly("Borobudur", "Magelang Regency", "Central Java");
        NameSample shirt = c.samples().get(4);
        assertThat(shirt.tokens()).containsSequence("the", "#", "20");
        assertThat(shirt.entities()).containsExactly(span(0, 2, Type.PERSON), span(8, 10, Type.ORG));
        assertThat(c.labels()).isEqualTo(Map.of("LOC", 4, "MISC", 3, "ORG", 3, "PER", 3));
        assertThat(c.entityCount()).isEqualTo(10);
    }

    @Test
    void iob1InTheLastOfFourColumnsNotTheChunkColumn() throws IOException {
        NerCorpus c = read("conll2003-style-iob1-four-columns.txt");
        assertThat(c.layout()).isEqualTo(new NerCorpus.Layout(4, 0, 3, false));
        assertThat(c.scheme()).isEqualTo(NerCorpus.Scheme.IOB1);
        assertThat(c.samples()).hasSize(3);
        NameSample headline = c.samples().get(0);
        // I-ORG I-ORG B-ORG I-ORG: the B- parts two clubs that follow each other
        assertThat(headline.entities()).containsExactly(span(2, 4, Type.ORG), span(4, 6, Type.ORG));
        assertThat(c.samples().get(1).entities()).containsExactly(span(0, 1, Type.LOC));
        NameSample police = c.samples().get(2);
        assertThat(police.entities()).extracting(police::text).containsExactly("Bandung", "Yogyakarta");
        assertThat(c.labels()).isEqualTo(Map.of("LOC", 3, "MISC", 1, "ORG", 2));
    }

    @Test
    void universalNerIndexColumnCommentsAndDocuments() throws IOException {
        NerCorpus c = read("uner-style-five-columns.iob2");
        assertThat(c.layout()).isEqualTo(new NerCorpus.Layout(5, 1, 2, true));
        assertThat(c.scheme()).isEqualTo(NerCorpus.Scheme.IOB2);
        assertThat(c.samples()).extracting(NameSample::documentStart).containsExactly(true, false, true);
        NameSample visit = c.samples().get(0);
        assertThat(visit.tokens()).containsExactly("Indonesia", "'s", "President", "Joko", "Widodo", "visited",
                "Canberra", "on", "Friday", ".");
        assertThat(visit.entities()).containsExactly(span(0, 1, Type.LOC), span(3, 5, Type.PERSON),
                span(6, 7, Type.LOC));
        assertThat(c.samples().get(1).entities()).containsExactly(span(1, 4, Type.ORG));
        assertThat(c.samples().get(2).entities()).containsExactly(span(0, 2, Type.ORG), span(5, 6, Type.LOC),
                span(7, 8, Type.LOC));
    }

    @Test
    void tabColumnsKeepMultiwordTokensAndNerpLabels() throws IOException {
        NerCorpus c = read("nerp-style-tab-lowercase.txt");
        assertThat(c.layout()).isEqualTo(new NerCorpus.Layout(2, 0, 1, true));
        NameSample menu = c.samples().get(0);
        assertThat(menu.tokens().get(0)).isEqualTo("salah satu");
        // PPL is a person; FNB (food) is no Warta type
        assertThat(menu.entities()).containsExactly(span(6, 8, Type.PERSON));
        // IND is an organisation (NERP also puts brands there); EVT is no Warta type; PLC is a place
        assertThat(c.samples().get(1).entities()).containsExactly(span(0, 3, Type.ORG), span(10, 11, Type.LOC));
        assertThat(c.labels()).isEqualTo(Map.of("EVT", 1, "FNB", 1, "IND", 1, "PLC", 1, "PPL", 1));
    }

    @Test
    void aHashTokenOnTheFirstLineIsNotAComment() throws IOException {
        NerCorpus c = read("nergrit-style-hash-token-first.txt");
        assertThat(c.samples()).hasSize(2);
        assertThat(c.samples().get(0).tokens()).startsWith("#", "1", "adalah").hasSize(14);
        assertThat(c.samples().get(0).entities()).containsExactly(span(12, 13, Type.ORG));
        assertThat(c.samples().get(1).entities()).containsExactly(span(4, 6, Type.PERSON), span(7, 8, Type.LOC));
    }

    @ParameterizedTest
    @CsvSource({"PER, PERSON", "PERSON, PERSON", "PPL, PERSON", "per, PERSON", "ORG, ORG", "ORGANISATION, ORG",
            "ORGANIZATION, ORG", "IND, ORG", "LOC, LOC", "PLACE, LOC", "PLC, LOC", "GPE, LOC"})
    void labelsMapToWartaTypes(String label, Type type) {
        assertThat(NerCorpusReader.type(label)).contains(type);
    }

    @ParameterizedTest
    @CsvSource({"MISC", "EVT", "FNB", "DATE", "NORP", "O", "B-PER"})
    void otherLabelsAreNoEntity(String label) {
        assertThat(NerCorpusReader.type(label)).isEmpty();
    }

    @Test
    void anInsideTagAfterOutsideOrAnotherTypeStartsAnEntity() {
        // NERP has about a hundred such I- tags in an otherwise IOB2 file
        NerCorpus c = NerCorpusReader.parse("""
                warga\tO
                kota\tO
                bandung\tI-PLC
                menyambut\tO
                gubernur\tO
                ridwan\tI-PPL
                kamil\tI-PPL
                jawa\tI-PLC
                barat\tI-PLC
                """);
        assertThat(c.samples().get(0).entities()).containsExactly(span(2, 3, Type.LOC), span(5, 7, Type.PERSON),
                span(7, 9, Type.LOC));
        assertThat(c.scheme()).isEqualTo(NerCorpus.Scheme.IO);
    }

    @Test
    void iob2WithAStrayInsideTagReadsAsIob1() {
        NerCorpus c = NerCorpusReader.parse("Menteri O\nRetno B-PER\nMarsudi I-PER\ndi O\nNew I-LOC\nYork I-LOC\n");
        assertThat(c.samples().get(0).entities()).containsExactly(span(1, 3, Type.PERSON), span(4, 6, Type.LOC));
        assertThat(c.scheme()).isEqualTo(NerCorpus.Scheme.IOB1);
    }

    @Test
    void aBeginTagAfterTheSameTypeStartsANewEntity() {
        NerCorpus c = NerCorpusReader.parse("Jokowi B-PER\nPrabowo B-PER\nbertemu O\n");
        assertThat(c.samples().get(0).entities()).containsExactly(span(0, 1, Type.PERSON), span(1, 2, Type.PERSON));
    }

    @Test
    void labelsWithoutPrefixesReadAsIo() {
        NerCorpus c = NerCorpusReader.parse("Kombes O\nAde PER\nAry PER\ndari O\nPolda ORG\nMetro ORG\nJaya ORG\n");
        assertThat(c.layout().tag()).isEqualTo(1);
        assertThat(c.scheme()).isEqualTo(NerCorpus.Scheme.IO);
        assertThat(c.samples().get(0).entities()).containsExactly(span(1, 3, Type.PERSON), span(4, 7, Type.ORG));
    }

    @Test
    void theTagIsTheLastTagLikeColumn() {
        // CoNLL-2003 chunk tags look like entity tags; the NER column after them wins
        NerCorpus c = NerCorpusReader.parse("Persib NNP I-NP I-ORG\nmenang VBD I-VP O\ndi IN I-PP O\nBandung NNP I-NP I-LOC\n");
        assertThat(c.layout()).isEqualTo(new NerCorpus.Layout(4, 0, 3, false));
        assertThat(c.samples().get(0).entities()).containsExactly(span(0, 1, Type.ORG), span(3, 4, Type.LOC));
    }

    @Test
    void byteOrderMarkBlankLineRunsAndAMissingFinalBlankLine() {
        NerCorpus c = NerCorpusReader.parse("\uFEFFBanjir O\nmelanda O\nDemak B-LOC\n\n\n\nWarga O\nmengungsi O");
        assertThat(c.samples()).hasSize(2);
        assertThat(c.samples().get(0).tokens()).containsExactly("Banjir", "melanda", "Demak");
        assertThat(c.samples().get(1).tokens()).containsExactly("Warga", "mengungsi");
        assertThat(c.samples().get(0).entities()).containsExactly(span(2, 3, Type.LOC));
    }

    @Test
    void emptyInputHasNoSentences() {
        assertThat(NerCorpusReader.parse("").samples()).isEmpty();
        assertThat(NerCorpusReader.parse("\n\n# newdoc id = x\n\n").samples()).isEmpty();
        assertThat(NerCorpusReader.parse("").entityCount()).isZero();
    }

    @Test
    void aLineWithOtherColumnsIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> NerCorpusReader.parse("Bupati NOUN O\nSleman PROPN B-LOC\nhadir O\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> NerCorpusReader.parse("sendirian\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> NerCorpusReader.parse("Bogor\tB-PLC\n\tO\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2: empty token");
    }

    @Test
    void samplesAreImmutableAndTokenArraysAreCopies() throws IOException {
        NameSample s = read("nerp-style-tab-lowercase.txt").samples().get(1);
        String[] array = s.tokenArray();
        array[0] = "changed";
        assertThat(s.tokens().get(0)).isEqualTo("pt");
        assertThatThrownBy(() -> s.tokens().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(s.entities().get(0).length()).isEqualTo(3);
    }
}
