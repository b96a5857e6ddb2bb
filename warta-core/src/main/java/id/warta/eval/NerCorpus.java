package id.warta.eval;

import id.warta.ner.NameSample;
import id.warta.ner.Entity;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A named-entity corpus file as {@link NerCorpusReader} read it: the sentences, the layout and tag scheme found in
 * the file, and how many entities each of the file's own labels had (kept because labels outside PERSON, ORG and
 * LOC, such as MISC or NERP's EVT and FNB, leave no span in the samples).
 *
 * @param samples the sentences in file order
 * @param layout  the columns the reader found
 * @param scheme  how the file's tags mark entity starts
 * @param labels  entities per label of the file ({@code PER}, {@code PLACE}, {@code MISC}…), mapped or not, by
 *                label in alphabetical order
 */
public record NerCorpus(List<NameSample> samples, Layout layout, Scheme scheme, Map<String, Integer> labels) {

    /** How a file's tags mark where an entity starts. All three are decoded alike: see {@link NerCorpusReader}. */
    public enum Scheme {
        /** Only {@code I-} tags: adjacent entities of one type cannot be told apart. */
        IO,
        /** {@code B-} only where an entity follows one of the same type; an {@code I-} tag may start an entity. */
        IOB1,
        /** Every entity starts with {@code B-}. */
        IOB2
    }

    /**
     * Where the reader found the tokens and tags, by 0-based column.
     *
     * @param columns number of columns on each token line
     * @param token   the token's column
     * @param tag     the tag's column
     * @param tabs    whether columns are separated by tabs (tokens may then hold spaces) rather than spaces
     */
    public record Layout(int columns, int token, int tag, boolean tabs) {
    }

    public NerCorpus {
        samples = List.copyOf(samples);
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(scheme, "scheme");
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /** Number of tokens in all sentences. */
    public int tokenCount() {
        return samples.stream().mapToInt(s -> s.tokens().size()).sum();
    }

    /** Number of gold entities of any Warta type. */
    public int entityCount() {
        return samples.stream().mapToInt(s -> s.entities().size()).sum();
    }

    /** Number of gold entities of {@code type}. */
    public int entityCount(Entity.Type type) {
        return (int) samples.stream().flatMap(s -> s.entities().stream()).filter(e -> e.type() == type).count();
    }

    /** Number of documents: sentences that open one. */
    public int documentCount() {
        return (int) samples.stream().filter(NameSample::documentStart).count();
    }
}
