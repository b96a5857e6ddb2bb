package id.warta.quote;

/**
 * A direct quote with the person who said it.
 *
 * @param speaker      the speaker's name: the full name of the PERSON entity the attribution names or refers to
 *                     ({@code Andrei Kortunov} for {@code kata Kortunov}); the words of the attribution when no
 *                     entity matches ({@code seorang saksi}); {@code null} when no speaker is given
 * @param role         the speaker's role or title as the text gives it ({@code kepala RIAC}), else {@code null}
 * @param text         the quoted words, without the quotation marks
 * @param start        offset of the quoted words' first character
 * @param end          offset after their last character
 * @param speakerStart offset of the attribution's name in the text, -1 when the speaker is not named there
 * @param speakerEnd   offset after it, -1 when the speaker is not named there
 */
public record Quote(String speaker, String role, String text, int start, int end, int speakerStart, int speakerEnd) {

    public Quote {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
        }
        if ((speakerStart < 0) != (speakerEnd < 0) || speakerStart >= 0 && speakerEnd <= speakerStart) {
            throw new IllegalArgumentException("bad speaker span [" + speakerStart + ", " + speakerEnd + ")");
        }
    }
}
