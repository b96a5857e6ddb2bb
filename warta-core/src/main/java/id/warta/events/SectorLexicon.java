package id.warta.events;

import id.warta.internal.FoldedTokens;
import id.warta.internal.NameTokens;
import id.warta.internal.TokenTrie;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Words and phrases naming a kind of actor, per language, with its PLOVER sector: {@code pasukan},
 * {@code troops} MIL; {@code polisi}, {@code riot police} COP; {@code pengunjuk rasa}, {@code protesters} CVL
 * (with OPP); {@code pemberontak}, {@code rebels} REB; {@code pemerintah}, {@code foreign minister} GOV. The
 * English table is derived from the PETRARCH2 Phoenix agents dictionary ({@code sectors-en.tsv}, rebuilt by
 * {@code warta build lexicon}) and completed by Warta's own {@code sectors-en-curated.tsv} (common nouns the
 * dictionary lacks: {@code forces}, {@code officials}), read first; the Indonesian one is Warta's own
 * ({@code sectors-id.tsv}). Loaded once from the
 * jar; immutable and thread-safe.
 *
 * <p>Phrases match in any case, except those written with capitals ({@code TNI}, {@code KKB}), which match only
 * capitals. An Indonesian lower-case phrase also matches with the possessive clitic ({@code pasukannya}), a
 * one-word one also reduplicated ({@code tentara-tentara}).
 *
 * <p>File format, tab-separated, {@code #} comments: phrase, PLOVER sector, secondary sectors ({@code |}-separated,
 * {@code -} for none).
 */
public final class SectorLexicon {

    /** PLOVER's sector codes. */
    static final Set<String> SECTORS = Set.of("COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF",
            "UNK", "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC");

    static final String ENGLISH = "sectors-en.tsv";
    static final String ENGLISH_CURATED = "sectors-en-curated.tsv";
    static final String INDONESIAN = "sectors-id.tsv";

    private static final SectorLexicon EMPTY = new SectorLexicon(TokenTrie.<Sector>builder().build(), 0);

    private final TokenTrie<Sector> phrases;
    private final int size;

    /**
     * A sector.
     *
     * @param code      PLOVER sector code ({@code MIL}, {@code COP}, {@code CVL}…)
     * @param secondary further PLOVER codes that apply ({@code OPP} for protesters, {@code JRN} for a state news
     *                  agency), most specific first; empty for none
     */
    public record Sector(String code, List<String> secondary) {

        public Sector {
            Objects.requireNonNull(code, "code");
            secondary = List.copyOf(secondary);
        }
    }

    /**
     * A phrase found in a sentence.
     *
     * @param sector its sector
     * @param start  its first token, an index into the matched {@link FoldedTokens}
     * @param end    the index after its last token
     */
    public record SectorMatch(Sector sector, int start, int end) {

        public SectorMatch {
            Objects.requireNonNull(sector, "sector");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }
    }

    private SectorLexicon(TokenTrie<Sector> phrases, int size) {
        this.phrases = phrases;
        this.size = size;
    }

    /** The English table, loaded on first use. */
    public static SectorLexicon english() {
        return English.LEXICON;
    }

    /** The Indonesian table, loaded on first use. */
    public static SectorLexicon indonesian() {
        return Indonesian.LEXICON;
    }

    /** The table for a BCP 47 language tag, as {@link TriggerLexicon#of(String)} chooses; empty for others. */
    public static SectorLexicon of(String language) {
        return switch (TriggerLexicon.table(language)) {
            case INDONESIAN -> indonesian();
            case ENGLISH -> english();
            case NONE -> EMPTY;
        };
    }

    /** Number of phrases. */
    public int size() {
        return size;
    }

    /** The longest phrase starting at token {@code from}, if any. */
    public Optional<SectorMatch> match(FoldedTokens tokens, int from) {
        Objects.requireNonNull(tokens, "tokens");
        TokenTrie.Hit<Sector> hit = phrases.first(tokens, from, false);
        return hit == null ? Optional.empty() : Optional.of(new SectorMatch(hit.value(), from, hit.end()));
    }

    /** The phrases of a text from left to right, each the longest starting where the previous one ended. */
    public List<SectorMatch> matches(FoldedTokens tokens) {
        Objects.requireNonNull(tokens, "tokens");
        List<SectorMatch> out = new ArrayList<>();
        phrases.scan(tokens, false, (start, end, sector) -> out.add(new SectorMatch(sector, start, end)));
        return out;
    }

    /** The sector of exactly {@code phrase} ({@code riot police}, {@code Pengunjuk Rasa}), regardless of case. */
    public Optional<Sector> lookup(String phrase) {
        Objects.requireNonNull(phrase, "phrase");
        List<String> folded = NameTokens.folded(phrase);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        List<Sector> values = new ArrayList<>(1);
        phrases.lookup(folded, values);
        return values.stream().findFirst();
    }

    private static final class English {
        static final SectorLexicon LEXICON = load(false, ENGLISH_CURATED, ENGLISH);
    }

    private static final class Indonesian {
        static final SectorLexicon LEXICON = load(true, INDONESIAN);
    }

    /** The tables in order: a phrase of an earlier table takes precedence over the same phrase in a later one. */
    private static SectorLexicon load(boolean indonesian, String... resources) {
        TokenTrie.Builder<Sector> trie = TokenTrie.builder();
        Map<String, Sector> shared = new HashMap<>();
        int size = 0;
        for (String resource : resources) {
            try (InputStream in = SectorLexicon.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the sector table is missing from the jar: " + resource);
                }
                size += read(resource, in, indonesian, trie, shared);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sector table " + resource, e);
            }
        }
        return new SectorLexicon(trie.build(), size);
    }

    /**
     * A lexicon from a table in the format above; {@code indonesian} adds, for lower-case phrases, the
     * reduplicated plural of one-word ones ({@code tentara-tentara}) and the possessive clitic
     * ({@code pasukannya}), as Indonesian forms them.
     */
    static SectorLexicon read(String name, InputStream in, boolean indonesian) throws IOException {
        TokenTrie.Builder<Sector> trie = TokenTrie.builder();
        int size = read(name, in, indonesian, trie, new HashMap<>());
        return new SectorLexicon(trie.build(), size);
    }

    /** Adds a table's phrases to {@code trie}; the number of phrases read. */
    private static int read(String name, InputStream in, boolean indonesian, TokenTrie.Builder<Sector> trie,
                            Map<String, Sector> shared) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        int size = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3 || f[0].isBlank()) {
                throw new IllegalStateException(name + " line " + n + ": expected 3 fields, got " + f.length);
            }
            List<String> secondary = f[2].equals("-") ? List.of() : List.of(f[2].split("\\|"));
            for (String code : secondary) {
                check(code, name, n);
            }
            Sector sector = shared.computeIfAbsent(check(f[1], name, n) + "\t" + f[2],
                    k -> new Sector(f[1], secondary));
            add(trie, f[0], sector);
            size++;
            if (indonesian && f[0].equals(f[0].toLowerCase(Locale.ROOT))) {
                if (f[0].indexOf(' ') < 0) {
                    add(trie, f[0] + "-" + f[0], sector);
                }
                add(trie, f[0] + TriggerLexicon.NYA, sector);
            }
        }
        return size;
    }

    private static void add(TokenTrie.Builder<Sector> trie, String phrase, Sector sector) {
        for (List<String> tokens : NameTokens.of(phrase)) {
            trie.add(tokens, sector, false);
        }
    }

    private static String check(String code, String name, int line) {
        if (!SECTORS.contains(code)) {
            throw new IllegalStateException(name + " line " + line + ": not a PLOVER sector code: " + code);
        }
        return code;
    }
}
