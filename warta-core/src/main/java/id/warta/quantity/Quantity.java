package id.warta.quantity;

import java.util.Objects;

/**
 * One quantity found in a text, by character offsets into that text.
 *
 * @param start       offset of the expression's first character, approximation marker and currency included
 *                    ({@code sekitar 3.000 pasukan}, {@code US$ 3 juta})
 * @param end         offset after the expression's last character, counted noun included
 * @param value       the number; for a range its lower bound; for a vague word the lower bound it names
 * @param upper       the upper bound of a range ({@code 20-30 orang}: 30); equal to {@code value} otherwise
 * @param approximate whether the text hedges the number (sekitar, lebih dari, about, at least) or is vague
 *                    (puluhan, dozens)
 * @param kind        count, percentage or money
 * @param unit        a count's noun as written ({@code pengunjuk rasa}, {@code troops}); {@code %} for a
 *                    percentage; the ISO 4217 code for money ({@code IDR}, {@code USD}); {@code null} for a bare
 *                    number
 * @param unitStart   offset of the unit's evidence in the text (the noun, the percent sign or word, the currency);
 *                    -1 when {@code unit} is null
 * @param unitEnd     offset after it; -1 when {@code unit} is null
 */
public record Quantity(int start, int end, double value, double upper, boolean approximate, Kind kind,
                       String unit, int unitStart, int unitEnd) {

    /** What a quantity measures. */
    public enum Kind {
        /** A count or measure of something, with its noun when one follows. */
        COUNT,
        /** A percentage: unit {@code %}. */
        PERCENT,
        /** An amount of money: unit is the currency's ISO 4217 code. */
        MONEY
    }

    public Quantity {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad quantity span [" + start + ", " + end + ")");
        }
        if (upper < value) {
            throw new IllegalArgumentException("upper " + upper + " below value " + value);
        }
        if ((unit == null) != (unitStart < 0) || unit != null && (unitStart < start || unitEnd > end
                || unitEnd <= unitStart)) {
            throw new IllegalArgumentException("unit span must be inside the expression, or -1 without a unit");
        }
    }

    /** Whether this is a range ({@code 20-30}, {@code between 20 and 30}). */
    public boolean isRange() {
        return upper > value;
    }

    /** The expression's characters in {@code text}, the string it was found in. */
    public String text(String text) {
        return text.substring(start, end);
    }
}
