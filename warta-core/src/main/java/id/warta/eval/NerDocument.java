package id.warta.eval;

import id.warta.ner.NameSample;
import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.text.Sentence;
import id.warta.text.Text;
import id.warta.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Consecutive corpus sentences laid out as one {@link Text}, so that an {@link id.warta.ner.EntityFinder} sees the
 * corpus tokenisation exactly, and the way back from the finder's character offsets to token spans.
 *
 * <p>Each sentence's tokens are joined by single spaces, and sentences by a single space; the text has one
 * {@link Sentence} per non-empty sample with one {@link Token} per corpus token (a sentence without tokens adds
 * nothing). Token kinds come from a simple rule: a token with a letter is a {@code WORD}; one of digits and
 * {@code . , : / -} a {@code NUMBER}; one of punctuation marks {@code PUNCT}; anything else a {@code SYMBOL}.
 * Immutable and thread-safe.
 */
public final class NerDocument {

    /**
     * A mention found on token boundaries inside one sentence.
     *
     * @param sample index of the sentence in {@link #samples()}
     * @param span   the mention as a token span of that sentence
     */
    public record Alignment(int sample, NameSample.Span span) {
    }

    private final List<NameSample> samples;
    private final Text text;
    /** Per sample, the index of its first token among all tokens; one more entry for the end. */
    private final int[] firstToken;
    /** Character offsets of all tokens, strictly increasing. */
    private final int[] starts;
    private final int[] ends;
    /** Per token, the sample it belongs to. */
    private final int[] sampleOf;

    private NerDocument(List<NameSample> samples, String language) {
        this.samples = List.copyOf(samples);
        int count = this.samples.stream().mapToInt(s -> s.tokens().size()).sum();
        firstToken = new int[this.samples.size() + 1];
        starts = new int[count];
        ends = new int[count];
        sampleOf = new int[count];
        StringBuilder sb = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        int k = 0;
        for (int s = 0; s < this.samples.size(); s++) {
            firstToken[s] = k;
            List<String> tokens = this.samples.get(s).tokens();
            if (tokens.isEmpty()) {
                continue;
            }
            List<Token> sentence = new ArrayList<>(tokens.size());
            for (String token : tokens) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                starts[k] = sb.length();
                sb.append(token);
                ends[k] = sb.length();
                sampleOf[k] = s;
                sentence.add(new Token(starts[k], ends[k], kind(token)));
                k++;
            }
            sentences.add(Sentence.of(sentence));
        }
        firstToken[this.samples.size()] = k;
        text = new Text(sb.toString(), language, sentences);
    }

    /** Lays out {@code samples} in order as one text of {@code language} (a BCP 47 tag such as {@code id}). */
    public static NerDocument of(List<NameSample> samples, String language) {
        Objects.requireNonNull(language, "language");
        return new NerDocument(samples, language);
    }

    /** The text a finder reads. */
    public Text text() {
        return text;
    }

    /** The sentences laid out, in order. */
    public List<NameSample> samples() {
        return samples;
    }

    /** The character span in {@link #text()} of a token span of sample {@code sample}. */
    public Mention mention(int sample, NameSample.Span span) {
        int first = firstToken[sample];
        if (span.end() > firstToken[sample + 1] - first) {
            throw new IllegalArgumentException("span " + span + " beyond sample " + sample);
        }
        return new Mention(starts[first + span.start()], ends[first + span.end() - 1]);
    }

    /**
     * The gold spans as entities, one per span with its single mention, in text order: what a perfect finder
     * returns.
     */
    public List<Entity> goldEntities() {
        List<Entity> entities = new ArrayList<>();
        for (int s = 0; s < samples.size(); s++) {
            for (NameSample.Span span : samples.get(s).entities()) {
                Mention m = mention(s, span);
                entities.add(new Entity(m.text(text.text()), span.type(), null, null, List.of(m)));
            }
        }
        entities.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        return entities;
    }

    /**
     * The token span a mention covers, when it starts at a token's start and ends at a token's end of the same
     * sentence; empty otherwise (a mention cutting a token or crossing sentences matches no gold span).
     */
    public Optional<Alignment> align(Mention mention, Entity.Type type) {
        int first = Arrays.binarySearch(starts, mention.start());
        int last = Arrays.binarySearch(ends, mention.end());
        if (first < 0 || last < first || sampleOf[first] != sampleOf[last]) {
            return Optional.empty();
        }
        int s = sampleOf[first];
        return Optional.of(new Alignment(s,
                new NameSample.Span(first - firstToken[s], last + 1 - firstToken[s], type)));
    }

    static Token.Kind kind(String token) {
        boolean letter = false;
        boolean digit = false;
        boolean numeric = true;
        boolean punct = true;
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
            i += Character.charCount(c);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
            numeric &= Character.isDigit(c) || c == '.' || c == ',' || c == ':' || c == '/' || c == '-';
            punct &= isPunctuation(c);
        }
        if (letter) {
            return Token.Kind.WORD;
        }
        if (digit && numeric) {
            return Token.Kind.NUMBER;
        }
        return punct ? Token.Kind.PUNCT : Token.Kind.SYMBOL;
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
