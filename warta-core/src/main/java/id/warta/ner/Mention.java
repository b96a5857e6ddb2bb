package id.warta.ner;

/**
 * One place in the text where an entity is named.
 *
 * @param start offset of the first character (inclusive)
 * @param end   offset after the last character (exclusive)
 */
public record Mention(int start, int end) {

    public Mention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
        }
    }

    /** The mention's characters in {@code text}, the string it was found in. */
    public String text(String text) {
        return text.substring(start, end);
    }
}
