package id.warta.events;

import id.warta.internal.FoldedTokens;
import id.warta.text.RuleTokenizer;
import id.warta.text.Token;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How trigger tables are read and matched, on small tables written for each rule. */
class TriggerTablesTest {

    private static final RuleTokenizer TOKENIZER = new RuleTokenizer();

    /** A small Indonesian table: sending (troops, aid), landing troops, a blocked phrase, a threat. */
    private static final String TABLE = String.join("\n",
            "S\t&PASUKAN\tpasukan|tentara|pasukan terjun payung",
            "L\tKIRIM\tkirim\t-\t-\t-\t0\t-",
            "F\tkirim\tmengirim\tactive",
            "F\tkirim\tdikirim\tpassive",
            "P\tKIRIM\t-\t&PASUKAN\t154\tMOBILIZE\ttroops\t0\tsize",
            "P\tKIRIM\t-\t=bantuan\t070\tAID\t-\t1\t*",
            "L\tDARAT\tdarat\t-\t-\t-\t0\t-",
            "F\tdarat\tmendarat\tactive",
            "P\tDARAT\t&PASUKAN\t-\t154\tMOBILIZE\ttroops\t0\tsize",
            "L\tDEMO\tdemo\t141\tPROTEST\tdemo\t0\t-",
            "F\tdemo\tdemo\tnoun",
            "L\tBLOK\tbukan peristiwa\t-\t-\t-\t0\t-",
            "F\tbukan peristiwa\tdemo masak\tnoun",
            "L\tGELAR\tgelar\t-\t-\t-\t0\t-",
            "F\tgelar\tmenggelar\tactive",
            "P\tGELAR\t-\tdemo\t141\tPROTEST\tdemo\t0\t*",
            "L\tTEWAS\ttewas\t190\tASSAULT\t-\t0\tkilled",
            "F\ttewas\ttewas\tpassive",
            "");

    private static TriggerLexicon table(boolean clitic, String... tables) {
        Map<String, InputStream> in = new LinkedHashMap<>();
        for (int i = 0; i < tables.length; i++) {
            in.put("table" + i, new ByteArrayInputStream(tables[i].getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return TriggerLexicon.read(clitic, in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Each match as {@code word:EVENT[extent]}. */
    private static List<String> found(TriggerLexicon lexicon, String sentence) {
        List<Token> tokens = TOKENIZER.tokenize(sentence, "id");
        List<String> out = new ArrayList<>();
        for (TriggerMatch m : lexicon.matches(FoldedTokens.of(sentence, tokens))) {
            out.add(sentence.substring(tokens.get(m.anchorStart()).start(), tokens.get(m.anchorEnd() - 1).end())
                    + ":" + m.trigger().event() + "["
                    + sentence.substring(tokens.get(m.start()).start(), tokens.get(m.end() - 1).end()) + "]");
        }
        return out;
    }

    @Test
    void aComplementMayStandUpToFourWordsAway() {
        TriggerLexicon t = table(false, TABLE);
        assertThat(found(t, "Rusia mengirim sekitar 3.000 pasukan ke sana."))
                .containsExactly("mengirim:MOBILIZE[mengirim sekitar 3.000 pasukan]");
        assertThat(found(t, "Rusia mengirim satu dua tiga empat lima pasukan.")).isEmpty();
        // A clause boundary ends the search: the troops belong to another clause.
        assertThat(found(t, "Rusia mengirim kabar dan pasukan tiba.")).isEmpty();
    }

    @Test
    void anAdjacentPieceMustTouchTheWord() {
        TriggerLexicon t = table(false, TABLE);
        assertThat(found(t, "Ia mengirim 10 ton bantuan kepada kami.")).isEmpty();
        assertThat(found(t, "Ia mengirim bantuan kepada kami.")).containsExactly("mengirim:AID[mengirim bantuan]");
    }

    @Test
    void aPassiveFindsItsObjectBeforeIt() {
        TriggerLexicon t = table(false, TABLE);
        assertThat(found(t, "Sebanyak 3.000 tentara dikirim ke Almaty."))
                .containsExactly("dikirim:MOBILIZE[tentara dikirim]");
        // An active verb does not look back for its object.
        assertThat(found(t, "Tentara itu mengirim kabar.")).isEmpty();
    }

    @Test
    void aSubjectBeforeTheWordMayHaveARelativeClause() {
        TriggerLexicon t = table(false, TABLE);
        assertThat(found(t, "Pasukan terjun payung yang diterbangkan mendarat di Almaty."))
                .containsExactly("mendarat:MOBILIZE[Pasukan terjun payung yang diterbangkan mendarat]");
        assertThat(found(t, "Pesawat itu mendarat dengan selamat.")).isEmpty();
    }

    @Test
    void fixedPhrasesCodingNothingBlockWordsAndComplements() {
        TriggerLexicon t = table(false, TABLE);
        assertThat(found(t, "Mereka menggelar demo di depan kantor.")).containsExactly("menggelar:PROTEST[menggelar demo]");
        assertThat(found(t, "Mereka menggelar demo masak di mal.")).isEmpty();
        assertThat(found(t, "Ada demo masak di mal.")).isEmpty();
    }

    @Test
    void thePossessiveCliticMatchesWhenAsked() {
        assertThat(found(table(true, TABLE), "Rusia mengirim pasukannya ke sana."))
                .containsExactly("mengirim:MOBILIZE[mengirim pasukannya]");
        assertThat(found(table(false, TABLE), "Rusia mengirim pasukannya ke sana.")).isEmpty();
    }

    @Test
    void kindOfNumberComesFromThePatternOrTheLemma() {
        TriggerLexicon t = table(false, TABLE);
        String s = "Rusia mengirim 3.000 pasukan dan dua orang tewas.";
        List<TriggerMatch> m = t.matches(FoldedTokens.of(s, TOKENIZER.tokenize(s, "id")));
        assertThat(m).extracting(TriggerMatch::count).containsExactly(Count.Kind.SIZE, Count.Kind.KILLED);
        assertThat(m).extracting(TriggerMatch::voice)
                .containsExactly(TriggerMatch.Voice.ACTIVE, TriggerMatch.Voice.PASSIVE);
    }

    @Test
    void anEarlierTableReplacesFormsAndBareReadingsOfALaterOne() {
        String earlier = String.join("\n",
                "L\tCURATED\tkirim\t-\tAID\t-\t1\t-",
                "L\tCURATED\tbukan\t-\t-\t-\t0\t-",
                "F\tbukan\tdemo\tnoun", "");
        TriggerLexicon t = table(false, earlier, TABLE);
        assertThat(found(t, "Ada demo di sana.")).isEmpty();
        assertThat(found(t, "Ia mengirim kabar.")).containsExactly("mengirim:AID[mengirim]");
        // The later table's patterns still apply to the lemma.
        assertThat(found(t, "Ia mengirim pasukan.")).containsExactly("mengirim:MOBILIZE[mengirim pasukan]");
    }

    @Test
    void defectsOfATableAreReportedWithTheirLine() {
        assertThatThrownBy(() -> table(false, "L\tB\tx\t-\tASSAULT\triot\t0\t-\nF\tx\tx\tactive\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1")
                .hasMessageContaining("not a PLOVER mode of ASSAULT: riot");
        assertThatThrownBy(() -> table(false, "L\tB\tx\t-\tFIGHT\t-\t0\t-\nF\tx\tx\tactive\n"))
                .hasMessageContaining("not a PLOVER event category: FIGHT");
        assertThatThrownBy(() -> table(false, "L\tB\tx\t-\t-\t-\t0\t-\nF\tx\tx\tactive\nP\tB\t-\t&NONE\t-\t-\t-\t0\t-\n"))
                .hasMessageContaining("line 3").hasMessageContaining("undefined set &NONE");
        assertThatThrownBy(() -> table(false, "L\tB\tx\t-\t-\t-\t0\t-\n"))
                .hasMessageContaining("lemma x has no form");
        assertThatThrownBy(() -> table(false, "L\tB\tx\t-\t-\t-\t0\t-\nF\tx\tx\tsideways\n"))
                .hasMessageContaining("unknown voice sideways");
        assertThatThrownBy(() -> table(false, "X\tfoo\n")).hasMessageContaining("unknown row type X");
    }
}
