package id.warta.lang;

/** Identifies the language of a text. Implementations are thread-safe. */
public interface LanguageIdentifier {

    /** The language of {@code text}; {@code und} for empty, very short or mixed text. Never null. */
    LanguageGuess identify(String text);
}
