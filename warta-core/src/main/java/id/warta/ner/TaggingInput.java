package id.warta.ner;

import id.warta.text.Token;

import java.util.List;

/** Turns tokens of a text into what the tagger reads, the same way at training and at tagging time. */
final class TaggingInput {

    private TaggingInput() {
    }

    static long[][] features(String text, List<Token> tokens, NameGazetteer gazetteer) {
        String[] words = new String[tokens.size()];
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < words.length; i++) {
            Token token = tokens.get(i);
            words[i] = text.substring(token.start(), token.end());
            for (int c = token.start(); c < token.end(); c++) {
                char ch = text.charAt(c);
                upper |= Character.isUpperCase(ch);
                lower |= Character.isLowerCase(ch);
            }
        }
        // a sentence without one of the two cases carries no case signal: all lower-case or all capitals
        boolean caseless = !(upper && lower);
        String[] tags = gazetteer == null ? null : gazetteer.tags(text, tokens);
        return NameFeatures.extract(words, tags, caseless);
    }
}
