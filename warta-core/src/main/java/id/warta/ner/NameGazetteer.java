package id.warta.ner;

import id.warta.text.Token;

import java.util.List;

/** Tags tokens that belong to a known name, as a feature for the name tagger. Implementations are thread-safe. */
public interface NameGazetteer {

    /**
     * Per token of {@code tokens}, the tag of the known name it is part of ({@code B-country}, {@code I-org}…) or
     * null.
     */
    String[] tags(String text, List<Token> tokens);
}
