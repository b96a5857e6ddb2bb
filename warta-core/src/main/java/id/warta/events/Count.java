package id.warta.events;

import java.util.Objects;

/**
 * One number an event's totals are made of: {@code 30 pengunjuk rasa} killed and {@code 18 personel keamanan}
 * killed are two counts of 48 killed.
 *
 * @param kind        what is counted
 * @param value       the number (a vague word's conservative value: {@code puluhan} 10)
 * @param approximate whether the text hedges it
 * @param who         the counted noun as written ({@code pengunjuk rasa}), or null
 * @param start       offset of the quantity in the article text
 * @param end         offset after it
 */
public record Count(Kind kind, long value, boolean approximate, String who, int start, int end) {

    /** What a count counts. */
    public enum Kind { KILLED, INJURED, ARRESTED, SIZE }

    public Count {
        Objects.requireNonNull(kind, "kind");
        if (value < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad count " + value + " at [" + start + ", " + end + ")");
        }
    }
}
