package id.warta.internal;

import id.warta.text.RuleTokenizer;
import id.warta.text.Token;
import id.warta.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The tokens of a dictionary name as the text stage cuts them, so that names and texts are tokenized alike. Names
 * are tokenized when a dictionary loads rather than stored tokenized, so they follow any change to the tokenizer.
 */
public final class NameTokens {

    private static final Tokenizer TOKENIZER = new RuleTokenizer();

    private NameTokens() {
    }

    /**
     * The tokens of {@code name} in Indonesian and, where the two differ (English splits clitics and knows fewer
     * abbreviations: {@code People's}, {@code Kab.}), also in English, so that the name matches text tokenized
     * either way.
     */
    public static List<List<String>> of(String name) {
        List<String> words = words(name);
        if (words != null) {
            return List.of(words);
        }
        List<String> id = tokens(name, "id");
        if (name.indexOf('.') < 0 && name.indexOf('\'') < 0 && name.indexOf('\u2019') < 0) {
            return List.of(id);
        }
        List<String> en = tokens(name, "en");
        return en.equals(id) ? List.of(id) : List.of(id, en);
    }

    /**
     * The words of a name made of letters and single spaces only (most names: Jawa Timur, Moskow), which every
     * tokenizer cuts at the spaces; {@code null} for any other name. Saves the tokenizer's work on most names.
     */
    private static List<String> words(String name) {
        int n = name.length();
        if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') {
            return null;
        }
        int spaces = 0;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c == ' ') {
                if (name.charAt(i - 1) == ' ') {
                    return null;
                }
                spaces++;
            } else if (!Character.isLetter(c)) {
                return null; // digits, punctuation, marks, surrogates: the tokenizer decides
            }
        }
        if (spaces == 0) {
            return List.of(name);
        }
        List<String> words = new ArrayList<>(spaces + 1);
        int from = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || name.charAt(i) == ' ') {
                words.add(name.substring(from, i));
                from = i + 1;
            }
        }
        return words;
    }

    /**
     * Whether a name cut into {@code tokens} is a single word that is also an ordinary word
     * ({@code Lima}, {@code Batu}, {@code AS}): such a name needs its written case even where case is otherwise
     * ignored. Names of several words ({@code Kementerian Sosial}) do not, lower-cased text writes them so too.
     */
    public static boolean isOrdinaryWord(List<String> tokens, Predicate<String> commonWord) {
        String word = null;
        for (String t : tokens) {
            if (Character.isLetter(t.codePointAt(0))) {
                if (word != null) {
                    return false;
                }
                word = t;
            }
        }
        return word != null && commonWord.test(word);
    }

    /** The folded tokens of {@code name} for a lookup, cut by the rules common to all languages. */
    public static List<String> folded(String name) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(name, null)) {
            out.add(Fold.fold(t, 0, t.length()));
        }
        return out;
    }

    private static List<String> tokens(String name, String language) {
        List<Token> tokens = TOKENIZER.tokenize(name, language);
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.text(name));
        }
        return out;
    }
}
