package id.warta.text;

import java.util.List;
import java.util.Objects;

/**
 * An article text as the analysis stages see it: the string, its language and its sentences with their tokens.
 * Immutable; every later stage (entities, quotes, events) reads it and points back into {@link #text()} by offsets.
 *
 * @param text      the analysed string (an article's {@code text})
 * @param language  the BCP 47 tag the sentences were split for ({@code id}, {@code en}, {@code und})
 * @param sentences the sentences in order, non-overlapping, inside {@code text}
 */
public record Text(String text, String language, List<Sentence> sentences) {

    public Text {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
        int previousEnd = 0;
        for (Sentence sentence : sentences) {
            if (sentence.start() < previousEnd || sentence.end() > text.length()) {
                throw new IllegalArgumentException("sentence [" + sentence.start() + ", " + sentence.end()
                        + ") overlaps its predecessor or lies outside the text");
            }
            previousEnd = sentence.end();
        }
    }

    /** Splits {@code text} into sentences for {@code language} with the given splitter. */
    public static Text of(String text, String language, SentenceSplitter splitter) {
        return new Text(text, language, splitter.split(text, language));
    }
}
