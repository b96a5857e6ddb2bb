package id.warta.events;

/**
 * A sentence that reports an event.
 *
 * @param sentence the sentence as written
 * @param start    offset of its first character in the article text
 * @param end      offset after its last character
 */
public record Evidence(String sentence, int start, int end) {

    public Evidence {
        if (start < 0 || end <= start || sentence.length() != end - start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
        }
    }
}
