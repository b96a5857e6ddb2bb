package id.warta.ner;

import id.warta.geo.Place;

import java.util.List;

/**
 * A known name found in a text: a run of tokens naming places of the gazetteer, an organisation of the curated
 * list, or both ({@code Vatikan} is a country and names the Holy See).
 *
 * @param firstToken   index of the name's first token in the token list matched
 * @param endToken     index after its last token (exclusive)
 * @param start        offset of its first character in the text (inclusive)
 * @param end          offset after its last character (exclusive)
 * @param places       the places so named, by prominence (countries first); empty when none is
 * @param organisation the organisation so named, or {@code null}
 * @param commonWord   whether every word of the name is also an ordinary lower-case word of news ({@code Lima},
 *                     {@code Batu}, {@code Antara}): the match is weak evidence at the start of a sentence or in
 *                     all-capitals text
 */
public record NameMatch(int firstToken, int endToken, int start, int end, List<Place> places,
                        Organisations.Entry organisation, boolean commonWord) {

    public NameMatch {
        places = List.copyOf(places);
        if (firstToken < 0 || endToken <= firstToken || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad name span: tokens [" + firstToken + ", " + endToken
                    + "), characters [" + start + ", " + end + ")");
        }
        if (places.isEmpty() && organisation == null) {
            throw new IllegalArgumentException("a name match names a place or an organisation");
        }
    }

    /** The name as written, cut from {@code text}, the string it was found in. */
    public String text(String text) {
        return text.substring(start, end);
    }
}
