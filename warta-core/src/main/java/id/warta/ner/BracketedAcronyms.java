package id.warta.ner;

import id.warta.text.Sentence;
import id.warta.text.Text;
import id.warta.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Organisations introduced the way news introduces them: the full name, capitalised, starting with a word that
 * heads organisation names, and its acronym in brackets: {@code Dewan Urusan Internasional Rusia (RIAC)},
 * {@code Badan Nasional Penanggulangan Bencana (BNPB)}, {@code Russian International Affairs Council (RIAC)}. The
 * pattern is precise enough to overrule the tagger, which sees {@code Rusia} inside such a name as a place.
 */
final class BracketedAcronyms {

    /** Words that head organisation names in Indonesian and English. */
    private static final Set<String> HEADS = words("dewan|badan|komisi|kementerian|kantor|lembaga|organisasi"
            + "|partai|majelis|dinas|pusat|institut|universitas|perusahaan|persatuan|perserikatan|perhimpunan"
            + "|himpunan|ikatan|asosiasi|yayasan|gerakan|front|komite|korps|satuan|angkatan|kepolisian|kejaksaan"
            + "|pengadilan|mahkamah|bank|akademi|federasi|serikat|aliansi|koalisi|forum|liga|tentara|direktorat"
            + "|biro|sekretariat|kamar|konfederasi|kongres|parlemen|senat|otoritas|balai|jaringan|solidaritas"
            + "|council|agency|commission|ministry|department|office|institute|university|organization"
            + "|organisation|party|association|federation|union|league|committee|court|army|police|foundation"
            + "|corporation|company|alliance|coalition|movement|bureau|service|authority|board|center|centre"
            + "|national|international|united|world|european|asian|islamic");
    /** Lower-case words allowed inside such a name. */
    private static final Set<String> JOINERS = words("dan|untuk|dari|pada|bagi|urusan|of|for|and|on|the|&");
    /** Longest full name considered, in tokens. */
    private static final int MAX_TOKENS = 10;

    private BracketedAcronyms() {
    }

    private static Set<String> words(String alternatives) {
        return Set.of(alternatives.split("\\|"));
    }

    /**
     * Widens an English name back to the article before it ({@code the Russian International Affairs Council}
     * starts at {@code Russian}, not at its first head word {@code International}); the article itself stays out.
     */
    private static int afterArticle(String s, List<Token> tokens, int first) {
        if (first < 0) {
            return first;
        }
        int k = first - 1;
        while (k >= 0 && Character.isUpperCase(s.charAt(tokens.get(k).start()))
                && !"the".equalsIgnoreCase(tokens.get(k).text(s))) {
            k--;
        }
        return k >= 0 && "the".equalsIgnoreCase(tokens.get(k).text(s)) ? k + 1 : first;
    }

    /** Reports each organisation name and its acronym found in {@code text}. */
    static void find(Text text, Consumer<EntityLinker.Name> names) {
        String s = text.text();
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 1; i + 2 < tokens.size(); i++) {
                if (!"(".equals(tokens.get(i).text(s)) || !")".equals(tokens.get(i + 2).text(s))) {
                    continue;
                }
                Token acronym = tokens.get(i + 1);
                if (!EntityLinker.isAcronym(acronym.text(s))) {
                    continue;
                }
                int first = -1;
                for (int j = i - 1; j >= 0 && j >= i - MAX_TOKENS; j--) {
                    String word = tokens.get(j).text(s);
                    String lower = word.toLowerCase(Locale.ROOT);
                    boolean capitalised = Character.isUpperCase(word.charAt(0));
                    if (!capitalised && !JOINERS.contains(lower)) {
                        break;
                    }
                    if (capitalised && HEADS.contains(lower)) {
                        first = j;
                    }
                }
                first = afterArticle(s, tokens, first);
                if (first >= 0 && first < i - 1) {
                    names.accept(new EntityLinker.Name(tokens.get(first).start(), tokens.get(i - 1).end(),
                            Entity.Type.ORG));
                    names.accept(new EntityLinker.Name(acronym.start(), acronym.end(), Entity.Type.ORG));
                }
            }
        }
    }
}
