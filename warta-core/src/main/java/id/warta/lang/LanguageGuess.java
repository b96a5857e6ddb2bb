package id.warta.lang;

import java.util.Objects;

/**
 * The language of a text as identified, with how sure the identifier is.
 *
 * @param language   an ISO 639-1 code ({@code id}, {@code en}, {@code ms}…) or {@code und} when the text is too
 *                   short, mixed, or in no language the identifier knows
 * @param confidence from 0 to 1; for {@code und}, the confidence of the best candidate that was refused
 */
public record LanguageGuess(String language, double confidence) {

    /** The code for an undetermined language. */
    public static final String UNDETERMINED = "und";

    public LanguageGuess {
        Objects.requireNonNull(language, "language");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
    }

    /** Whether a language was determined. */
    public boolean determined() {
        return !UNDETERMINED.equals(language);
    }
}
