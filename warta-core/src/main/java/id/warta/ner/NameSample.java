package id.warta.ner;

import id.warta.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a named-entity corpus: its tokens as the corpus splits them and its gold entity spans by token
 * index. {@link NameFinderTrainer} learns from these; {@code id.warta.eval.NerCorpusReader} reads them and
 * {@code id.warta.eval.NerDocument} lays them out as a text for an {@link EntityFinder}.
 *
 * @param tokens        the tokens in order, none empty (a token may hold a space: NERP writes {@code salah satu}
 *                      as one token)
 * @param entities      the gold entities in order, only those whose label maps to a Warta type
 * @param documentStart whether this sentence opens a document: the corpus's first sentence and the first after a
 *                      {@code -DOCSTART-} line or a {@code # newdoc} comment, so that sentences are never joined
 *                      across articles
 */
public record NameSample(List<String> tokens, List<Span> entities, boolean documentStart) {

    /**
     * An entity as a run of tokens of one sentence.
     *
     * @param start index of the first token
     * @param end   index after the last token (exclusive), greater than {@code start}
     * @param type  the entity's type
     */
    public record Span(int start, int end, Entity.Type type) {

        public Span {
            Objects.requireNonNull(type, "type");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
            }
        }

        /** Number of tokens. */
        public int length() {
            return end - start;
        }
    }

    public NameSample {
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        for (String token : tokens) {
            if (token.isEmpty()) {
                throw new IllegalArgumentException("empty token in " + tokens);
            }
        }
        for (Span span : entities) {
            if (span.end() > tokens.size()) {
                throw new IllegalArgumentException("span " + span + " beyond the sentence's " + tokens.size()
                        + " tokens");
            }
        }
    }

    /** A copy of the tokens as an array, the shape sequence taggers index. */
    public String[] tokenArray() {
        return tokens.toArray(new String[0]);
    }

    /** The characters of a span's tokens joined by single spaces, as they appear in the sentence's text. */
    public String text(Span span) {
        return String.join(" ", tokens.subList(span.start(), span.end()));
    }

    /** A sentence that opens no document. */
    public NameSample(List<String> tokens, List<Span> entities) {
        this(tokens, entities, false);
    }

    /** The sentence as text: its tokens joined by single spaces. */
    public String text() {
        return String.join(" ", tokens);
    }

    /** The tokens of {@link #text()} with their offsets; kinds are WORD, NUMBER or PUNCT by the first character. */
    public List<Token> tokenOffsets() {
        List<Token> out = new ArrayList<>(tokens.size());
        int offset = 0;
        for (String token : tokens) {
            int first = token.codePointAt(0);
            Token.Kind kind = Character.isLetter(first) ? Token.Kind.WORD
                    : Character.isDigit(first) ? Token.Kind.NUMBER : Token.Kind.PUNCT;
            out.add(new Token(offset, offset + token.length(), kind));
            offset += token.length() + 1;
        }
        return out;
    }

    /** The BIO label of each token, as {@link NameModel} numbers them. */
    int[] labels() {
        int[] labels = new int[tokens.size()];
        for (Span span : entities) {
            int t = span.type().ordinal();
            labels[span.start()] = 1 + 2 * t;
            for (int i = span.start() + 1; i < span.end(); i++) {
                labels[i] = 2 + 2 * t;
            }
        }
        return labels;
    }
}
