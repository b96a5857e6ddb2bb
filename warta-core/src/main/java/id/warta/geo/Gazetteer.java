package id.warta.geo;

import id.warta.internal.Fold;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The places Warta knows by name: every country, first-level division and town of 15,000 people or more in
 * GeoNames, and Indonesia's regencies and cities, under their names in English and Indonesian, short forms
 * ({@code Jatim}, {@code DKI}, {@code AS}, {@code Korut}) and Indonesian spellings ({@code Moskow},
 * {@code Den Haag}). Built by {@link GazetteerBuilder}; loaded once from the jar. Immutable and thread-safe.
 *
 * <p>Names are compared with case and diacritics folded. A name shared by several places lists them by
 * prominence: countries first, then first-level divisions, regencies and towns; within a kind the places the name
 * is a main name of before those it is only a GeoNames alternate name of ({@code Islamabad} is the capital of
 * Pakistan before an old name of Chattogram); then by population (divisions, whose population GeoNames does not
 * give here, by the population of their towns).
 */
public final class Gazetteer {

    /** The resource, next to this class. */
    static final String RESOURCE = "gazetteer.tsv.gz";
    /** Marks a reference made through a GeoNames alternate name. */
    private static final int ALTERNATE = 1 << 30;
    private static final int[] NONE = new int[0];

    private final Place[] places;
    private final TokenTrie<int[]> names;
    private final Set<String> commonWords;
    private final Map<String, Place> countries;

    private Gazetteer(Place[] places, TokenTrie<int[]> names, Set<String> commonWords) {
        this.places = places;
        this.names = names;
        this.commonWords = commonWords;
        Map<String, Place> byCode = new HashMap<>();
        for (Place p : places) {
            if (p.kind() == Place.Kind.COUNTRY) {
                byCode.put(p.country(), p);
            }
        }
        this.countries = Map.copyOf(byCode);
    }

    /** The gazetteer shipped in the jar, loaded on first use. */
    public static Gazetteer shared() {
        return Holder.SHARED;
    }

    /** Lazy, thread-safe loading by the class loader's initialisation lock. */
    private static final class Holder {
        static final Gazetteer SHARED;

        static {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the gazetteer resource is missing from the jar: " + RESOURCE);
                }
                SHARED = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the gazetteer resource " + RESOURCE, e);
            }
        }
    }

    /** Reads a gazetteer in the gzipped format {@link GazetteerBuilder} writes. */
    static Gazetteer read(InputStream gzipped) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
        List<Place> places = new ArrayList<>(40_000);
        List<String[]> aliases = new ArrayList<>(120_000);
        Set<String> common = new HashSet<>();
        Map<String, String> strings = new HashMap<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.startsWith("P\t")) {
                String[] f = split(line, 9);
                places.add(new Place(Long.parseLong(f[1]), f[8], Place.Kind.valueOf(f[2]),
                        strings.computeIfAbsent(f[3], k -> k),
                        f[4].isEmpty() ? null : strings.computeIfAbsent(f[4], k -> k), coordinate(f[5]),
                        coordinate(f[6]), Long.parseLong(f[7])));
            } else if (line.startsWith("A\t")) {
                aliases.add(split(line, 3));
            } else if (line.startsWith("W\t")) {
                common.add(line.substring(2));
            }
        }
        Set<String> commonWords = Set.copyOf(common);
        TokenTrie.Builder<int[]> trie = TokenTrie.builder();
        for (String[] a : aliases) {
            int[] refs = refs(a[2], places.size());
            for (List<String> tokens : NameTokens.of(a[1])) {
                trie.add(tokens, refs, NameTokens.isOrdinaryWord(tokens, w -> commonWords.contains(Fold.fold(w))));
            }
        }
        return new Gazetteer(places.toArray(new Place[0]), trie.build(), commonWords);
    }

    private static int[] refs(String field, int size) {
        if (field.isEmpty()) {
            return NONE;
        }
        String[] parts = field.split(",");
        int[] refs = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            boolean alternate = parts[k].startsWith("~");
            int index = Integer.parseInt(alternate ? parts[k].substring(1) : parts[k]);
            if (index < 0 || index >= size) {
                throw new IllegalStateException("gazetteer name refers to no place: " + parts[k]);
            }
            refs[k] = alternate ? index | ALTERNATE : index;
        }
        return refs;
    }

    private static double coordinate(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static String[] split(String line, int fields) {
        String[] f = new String[fields];
        int from = 0;
        for (int k = 0; k < fields - 1; k++) {
            int tab = line.indexOf('\t', from);
            if (tab < 0) {
                throw new IllegalStateException("gazetteer line with too few fields: " + line);
            }
            f[k] = line.substring(from, tab);
            from = tab + 1;
        }
        f[fields - 1] = line.substring(from);
        return f;
    }

    /**
     * The places called {@code name}, by prominence; empty when none is. Case, diacritics and spacing do not
     * matter: {@code jatim}, {@code Jatim} and {@code JATIM} all give Jawa Timur.
     */
    public List<Place> lookup(String name) {
        Objects.requireNonNull(name, "name");
        List<String> folded = NameTokens.folded(name);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<int[]> values = new ArrayList<>(2);
        names.lookup(folded, values);
        return places(values);
    }

    /** The country with ISO 3166-1 alpha-3 code {@code iso3} ({@code IDN}, {@code XKX} for Kosovo). */
    public Optional<Place> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    /**
     * Every place, countries first, in the resource's fixed order: for indexes of one's own ({@link
     * GazetteerGeocoder} finds misspelt names among a country's places).
     */
    public List<Place> places() {
        return Collections.unmodifiableList(Arrays.asList(places));
    }

    /** Number of places. */
    public int size() {
        return places.length;
    }

    /** Number of names, counting a name once per tokenization. */
    public int names() {
        return names.names();
    }

    /**
     * Whether {@code word} is an ordinary word that news writes in lower case ({@code lima}, {@code batu},
     * {@code para}, {@code reading}): a place named so needs its capital letter, or context, to be a place.
     */
    public boolean isCommonWord(String word) {
        return commonWords.contains(Fold.fold(word));
    }

    /**
     * The longest place name starting at token {@code from}: the building block of
     * {@link id.warta.ner.NameMatcher}, which matches places and organisations together.
     *
     * @param ignoreCase whether to match names regardless of case, except one-word names that are also ordinary
     *                   words
     * @param out        cleared, then given the places by prominence; left empty for a name known not to be a
     *                   place of the gazetteer though it holds one ({@code Amerika Latin}, {@code Laut China
     *                   Selatan}), which the caller should skip whole
     * @return the index after the name's last token, or -1 when no name starts at {@code from}
     */
    public int longest(FoldedTokens tokens, int from, boolean ignoreCase, List<Place> out) {
        out.clear();
        List<int[]> values = new ArrayList<>(2);
        int end = names.longest(tokens, from, ignoreCase, values);
        if (end > 0) {
            out.addAll(places(values));
        }
        return end;
    }

    private List<Place> places(List<int[]> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        if (values.size() == 1) {
            int[] refs = values.get(0);
            Place[] out = new Place[refs.length];
            for (int k = 0; k < refs.length; k++) {
                out[k] = places[refs[k] & ~ALTERNATE];
            }
            return List.of(out);
        }
        // Names written differently that fold alike (AS, As): merge by prominence, each place once.
        long[] keys = new long[values.stream().mapToInt(v -> v.length).sum()];
        int n = 0;
        for (int[] refs : values) {
            for (int ref : refs) {
                int index = ref & ~ALTERNATE;
                keys[n++] = (long) places[index].kind().ordinal() << 32 | (ref & ALTERNATE) | index;
            }
        }
        Arrays.sort(keys);
        List<Place> out = new ArrayList<>(n);
        Set<Integer> seen = new HashSet<>();
        for (long key : keys) {
            int index = (int) (key & (ALTERNATE - 1));
            if (seen.add(index)) {
                out.add(places[index]);
            }
        }
        return List.copyOf(out);
    }
}
