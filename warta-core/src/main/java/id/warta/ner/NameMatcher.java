package id.warta.ner;

import id.warta.geo.Gazetteer;
import id.warta.geo.Place;
import id.warta.internal.FoldedTokens;
import id.warta.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the names of places and organisations among the tokens of a text: leftmost, longest, non-overlapping
 * matches, so {@code Dewan Urusan Internasional Rusia} is one organisation and not a country after three words,
 * and {@code Jawa Timur} one province. Each start token costs one walk down each dictionary's trie, bounded by
 * the longest name, so matching is linear in the number of tokens. Thread-safe.
 *
 * <p>By default names match in their written case: acronyms in capitals only ({@code AS}, {@code DKI},
 * {@code TNI}), capitalised names only capitalised or in capitals ({@code Padang}, not {@code padang rumput}).
 * For lower-cased text, matching can ignore case, except for one-word names that are also ordinary words
 * ({@code lima}, {@code para}, {@code who}, {@code as}), which still need their case.
 */
public final class NameMatcher {

    private final Gazetteer gazetteer;
    private final Organisations organisations;

    /** A matcher over the given dictionaries. */
    public NameMatcher(Gazetteer gazetteer, Organisations organisations) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
    }

    /** The matcher over the shipped gazetteer and organisations (loaded on first use). */
    public static NameMatcher shared() {
        return Holder.SHARED;
    }

    private static final class Holder {
        static final NameMatcher SHARED = new NameMatcher(Gazetteer.shared(), Organisations.shared());
    }

    /** The names among {@code tokens}, cut from {@code text}, in their written case; in text order. */
    public List<NameMatch> match(String text, List<Token> tokens) {
        return match(text, tokens, false);
    }

    /**
     * The names among {@code tokens}, cut from {@code text}, in text order.
     *
     * @param ignoreCase whether to match regardless of case (for lower-cased or all-capitals text), except
     *                   one-word names that are also ordinary words
     */
    public List<NameMatch> match(String text, List<Token> tokens, boolean ignoreCase) {
        FoldedTokens folded = FoldedTokens.of(text, tokens);
        List<NameMatch> out = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        List<Organisations.Entry> orgs = new ArrayList<>(2);
        int n = folded.size();
        int i = 0;
        while (i < n) {
            int placeEnd = gazetteer.longest(folded, i, ignoreCase, places);
            int orgEnd = organisations.longest(folded, i, ignoreCase, orgs);
            int end = Math.max(placeEnd, orgEnd);
            if (end < 0) {
                i++;
                continue;
            }
            List<Place> p = placeEnd == end ? places : List.of();
            Organisations.Entry o = orgEnd == end ? orgs.get(0) : null;
            // A name known not to be a place (Amerika Latin) is skipped whole, so that its parts stay unmatched.
            if (!p.isEmpty() || o != null) {
                out.add(new NameMatch(i, end, tokens.get(i).start(), tokens.get(end - 1).end(), p, o,
                        common(folded, i, end)));
            }
            i = end;
        }
        return out;
    }

    private boolean common(FoldedTokens folded, int from, int to) {
        boolean word = false;
        for (int k = from; k < to; k++) {
            String f = folded.folded(k);
            if (!f.isEmpty() && Character.isLetter(f.codePointAt(0))) {
                if (!gazetteer.isCommonWord(f)) {
                    return false;
                }
                word = true;
            }
        }
        return word;
    }
}
