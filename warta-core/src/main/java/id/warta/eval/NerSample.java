package id.warta.eval;

import id.warta.ner.Entity;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a named-entity corpus: its tokens as the corpus splits them and its gold entity spans by token
 * index. Read by {@link NerCorpusReader}; laid out as a text for an {@link id.warta.ner.EntityFinder} by
 * {@link NerDocument}.
 *
 * @param tokens        the tokens in order, none empty (a token may hold a space: NERP writes {@code salah satu}
 *                      as one token)
 * @param entities      the gold entities in order, only those whose label maps to a Warta type
 * @param documentStart whether this sentence opens a document: the corpus's first sentence and the first after a
 *                      {@code -DOCSTART-} line or a {@code # newdoc} comment, so that sentences are never joined
 *                      across articles
 */
public record NerSample(List<String> tokens, List<Span> entities, boolean documentStart) {

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

    public NerSample {
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
}
