package id.warta.events;

import id.warta.internal.FoldedTokens;
import id.warta.internal.NameTokens;
import id.warta.internal.TokenTrie;
import id.warta.text.RuleTokenizer;
import id.warta.text.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Nationality words and the country they name, per language: English demonyms ({@code Russian} RUS,
 * {@code Kazakh} KAZ, {@code American} and {@code U.S.} USA) and the Indonesian forms, which mostly are the
 * country's name used as an adjective ({@code pasukan Rusia}, {@code warga Amerika}, {@code tentara AS}). From
 * Warta's curated list {@code demonyms.tsv}; loaded once, immutable and thread-safe.
 *
 * <p>Words match in their written case ({@code Russian} and {@code RUSSIAN}, not {@code russian}; {@code AS}
 * only in capitals). The longest phrase wins, and phrases that name no country block the shorter ones inside them
 * ({@code Latin American}, {@code Amerika Latin}, {@code bahasa Inggris}).
 */
public final class Demonyms {

    static final String RESOURCE = "demonyms.tsv";
    /** The value of phrases that name no country. */
    private static final String NONE = "-";
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Tokenizer TOKENIZER = new RuleTokenizer();
    private static final Demonyms EMPTY = new Demonyms(TokenTrie.<String>builder().build(), "und", 0);

    private final TokenTrie<String> words;
    private final String language;
    private final int size;

    /**
     * A nationality word found in a text.
     *
     * @param country ISO 3166-1 alpha-3 code of the country it names
     * @param start   its first token, an index into the matched {@link FoldedTokens}
     * @param end     the index after its last token
     */
    public record DemonymMatch(String country, int start, int end) {

        public DemonymMatch {
            Objects.requireNonNull(country, "country");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }
    }

    private Demonyms(TokenTrie<String> words, String language, int size) {
        this.words = words;
        this.language = language;
        this.size = size;
    }

    /** The English words, loaded on first use. */
    public static Demonyms english() {
        return Holder.ENGLISH;
    }

    /** The Indonesian words, loaded on first use. */
    public static Demonyms indonesian() {
        return Holder.INDONESIAN;
    }

    /** The words for a BCP 47 language tag, as {@link TriggerLexicon#of(String)} chooses; empty for others. */
    public static Demonyms of(String language) {
        return switch (TriggerLexicon.table(language)) {
            case INDONESIAN -> indonesian();
            case ENGLISH -> english();
            case NONE -> EMPTY;
        };
    }

    /** Number of words and phrases naming a country. */
    public int size() {
        return size;
    }

    /** The nationality word starting at token {@code from}, the longest; empty when none names a country there. */
    public Optional<DemonymMatch> match(FoldedTokens tokens, int from) {
        Objects.requireNonNull(tokens, "tokens");
        TokenTrie.Hit<String> hit = words.first(tokens, from, false);
        return hit == null || hit.value().equals(NONE) ? Optional.empty()
                : Optional.of(new DemonymMatch(hit.value(), from, hit.end()));
    }

    /** The nationality words of a text from left to right, each the longest where the previous one ended. */
    public List<DemonymMatch> matches(FoldedTokens tokens) {
        Objects.requireNonNull(tokens, "tokens");
        List<DemonymMatch> out = new ArrayList<>();
        words.scan(tokens, false, (start, end, country) -> {
            if (!country.equals(NONE)) {
                out.add(new DemonymMatch(country, start, end));
            }
        });
        return out;
    }

    /** The country {@code word} names when it is exactly a nationality word, in its written case. */
    public Optional<String> country(String word) {
        Objects.requireNonNull(word, "word");
        FoldedTokens tokens = FoldedTokens.of(word, TOKENIZER.tokenize(word, language));
        if (tokens.size() == 0) {
            return Optional.empty();
        }
        TokenTrie.Hit<String> hit = words.first(tokens, 0, false);
        return hit == null || hit.end() != tokens.size() || hit.value().equals(NONE) ? Optional.empty()
                : Optional.of(hit.value());
    }

    private static final class Holder {
        static final Demonyms ENGLISH;
        static final Demonyms INDONESIAN;

        static {
            try (InputStream in = Demonyms.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the demonyms are missing from the jar: " + RESOURCE);
                }
                List<String[]> rows = read(in);
                ENGLISH = build(rows, 1, "en");
                INDONESIAN = build(rows, 2, "id");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the demonyms " + RESOURCE, e);
            }
        }
    }

    /** The rows of a list in the format of {@code demonyms.tsv}: code, English words, Indonesian words. */
    static List<String[]> read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String[]> rows = new ArrayList<>();
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3 || !(f[0].equals(NONE) || CODE.matcher(f[0]).matches())) {
                throw new IllegalStateException(RESOURCE + " line " + n + ": expected a code and two lists");
            }
            rows.add(f);
        }
        return rows;
    }

    /** The words of column {@code column}; a word given twice is a defect of the list. */
    static Demonyms build(List<String[]> rows, int column, String language) {
        TokenTrie.Builder<String> trie = TokenTrie.builder();
        Set<String> seen = new HashSet<>();
        int size = 0;
        for (String[] row : rows) {
            if (row[column].equals(NONE)) {
                continue;
            }
            for (String word : row[column].split("\\|")) {
                if (!seen.add(word)) {
                    throw new IllegalStateException(RESOURCE + ": " + word + " is listed twice");
                }
                for (List<String> tokens : NameTokens.of(word)) {
                    trie.add(tokens, row[0], false);
                }
                if (!row[0].equals(NONE)) {
                    size++;
                }
            }
        }
        return new Demonyms(trie.build(), language, size);
    }
}
