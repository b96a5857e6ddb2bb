package id.warta.eval;

import id.warta.QualityFloors;
import id.warta.ner.Entity;
import id.warta.ner.EntityFinder;
import id.warta.text.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every NER file of {@code ../shared/corpora} and checks the counts their READMEs state, then feeds the gold
 * spans back through the text layout as a finder's entities, which must score F1 1.0 (this proves the offsets both
 * ways). Skipped when the shared corpora are not beside the checkout.
 */
class NerCorporaTest {

    /**
     * Sentences, tokens, documents and entities per label as the READMEs count them. The READMEs count NERP's
     * entities by B- tags; NERP also has I- tags right after O or another type (27 EVT, 7 FNB, 24 IND, 25 PLC,
     * 18 PPL in train), each of which starts an entity as in conlleval, written here as the second addend.
     * WikiGold's README says 146 articles, counting one more than its 145 {@code -DOCSTART-} lines, but the last
     * of those lines ends the file and opens no article: 145 articles have sentences.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "idner-news-2k/train.txt|id|1464|30248|1|IOB2|PER=896;ORG=721;LOC=579",
            "idner-news-2k/dev.txt|id|367|7863|1|IOB2|PER=221;ORG=189;LOC=152",
            "indonlu-ner/nergrit/train_preprocess.txt|id|1672|56210|1|IOB2|PERSON=1618;PLACE=2688;ORGANISATION=1015",
            "indonlu-ner/nergrit/valid_preprocess.txt|id|209|6983|1|IOB2|PERSON=213;PLACE=328;ORGANISATION=121",
            "indonlu-ner/nergrit/test_preprocess.txt|id|209|6854|1|IOB2|PERSON=207;PLACE=357;ORGANISATION=124",
            "indonlu-ner/nerp/train_preprocess.txt|id|6720|156409|1|IOB1"
                    + "|PPL=4845+18;PLC=4379+25;IND=3065+24;EVT=1022+27;FNB=542+7",
            "indonlu-ner/nerp/valid_preprocess.txt|id|840|19629|1|IOB1"
                    + "|PPL=640+4;PLC=519+4;IND=369+4;EVT=127+3;FNB=92+3",
            "indonlu-ner/nerp/test_preprocess.txt|id|840|19952|1|IOB1"
                    + "|PPL=621+3;PLC=552+2;IND=381+2;EVT=133+4;FNB=77",
            "wikigold-en/wikigold.conll.txt|en|1696|39007|145|IO|LOC=1014;PER=934;ORG=898;MISC=712",
            "uner-english/en_pud-ud-test.iob2|en|1000|21176|397|IOB2|LOC=426;PER=414;ORG=235",
            "uner-english/en_ewt-ud-dev.iob2|en|2001|25149|318|IOB2|LOC=399;PER=343;ORG=224",
            "uner-english/en_ewt-ud-test.iob2|en|2077|25097|316|IOB2|PER=449;ORG=322;LOC=317"})
    void readsTheCountsOfTheReadmeAndAPerfectFinderScoresOne(String file, String language, int sentences, int tokens,
                                                             int documents, NerCorpus.Scheme scheme, String labels)
            throws IOException {
        NerCorpus corpus = NerCorpusReader.read(QualityFloors.shared("corpora", file));
        assertThat(corpus.samples()).hasSize(sentences);
        assertThat(corpus.tokenCount()).isEqualTo(tokens);
        assertThat(corpus.documentCount()).isEqualTo(documents);
        assertThat(corpus.scheme()).isEqualTo(scheme);
        assertThat(corpus.labels()).isEqualTo(parse(labels));
        int mapped = 0;
        for (Map.Entry<String, Integer> label : corpus.labels().entrySet()) {
            mapped += NerCorpusReader.type(label.getKey()).isPresent() ? label.getValue() : 0;
        }
        assertThat(corpus.entityCount()).isEqualTo(mapped);
        System.out.printf("%-42s %5d sentences %6d tokens %4d docs %s; PERSON %d ORG %d LOC %d%n", file,
                corpus.samples().size(), corpus.tokenCount(), corpus.documentCount(), corpus.scheme(),
                corpus.entityCount(Entity.Type.PERSON), corpus.entityCount(Entity.Type.ORG),
                corpus.entityCount(Entity.Type.LOC));

        for (int[] run : new int[][]{{1, 1}, {8, 2}}) {
            List<NerDocument> docs = NerEvaluator.documents(corpus.samples(), language, run[0]);
            NerScore score = NerEvaluator.evaluateDocuments(docs, perfect(docs), run[1]);
            assertThat(score.f1()).as(score.toString()).isEqualTo(1.0);
            assertThat(score.unaligned()).isZero();
            for (Entity.Type type : Entity.Type.values()) {
                assertThat(score.counts(type)).isEqualTo(new NerScore.Counts(corpus.entityCount(type), 0, 0));
            }
        }
    }

    /** A finder that returns each text's gold spans as entities, looked up by the very text it is given. */
    private static EntityFinder perfect(List<NerDocument> documents) {
        Map<Text, List<Entity>> gold = new IdentityHashMap<>();
        for (NerDocument doc : documents) {
            gold.put(doc.text(), doc.goldEntities());
        }
        return gold::get;
    }

    /** {@code PER=896;PPL=4845+18} to a map, adding the addends. */
    private static Map<String, Integer> parse(String labels) {
        Map<String, Integer> map = new TreeMap<>();
        for (String item : labels.split(";")) {
            String[] kv = item.split("=");
            int sum = 0;
            for (String n : kv[1].split("\\+")) {
                sum += Integer.parseInt(n);
            }
            map.put(kv[0], sum);
        }
        return map;
    }
}
