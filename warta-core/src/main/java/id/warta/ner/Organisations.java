package id.warta.ner;

import id.warta.geo.Gazetteer;
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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Organisations frequent in Indonesian and world news (state bodies, armed forces and groups, parties, companies,
 * media, international bodies and alliances), with their acronyms, Indonesian and English names, home country and
 * member states, from the curated list {@code organisations.tsv}. Loaded once from the jar; immutable and
 * thread-safe.
 *
 * <p>Names are matched as the gazetteer's are: folded for lookups, in their written case over text (an acronym in
 * capitals matches only capitals). Each name belongs to one organisation; acronyms shared by two (PKK, MSG, RT)
 * are left out or given to the one Indonesian news means.
 */
public final class Organisations {

    static final String RESOURCE = "organisations.tsv";
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private final List<Entry> entries;
    private final TokenTrie<Entry> names;

    /**
     * One organisation.
     *
     * @param name     canonical name: Indonesian for an Indonesian organisation ({@code Tentara Nasional
     *                 Indonesia}), English otherwise ({@code Collective Security Treaty Organization})
     * @param acronyms acronyms and short names ({@code TNI}, {@code CSTO}, {@code Polri}, {@code Kemenlu})
     * @param namesId  other Indonesian names ({@code Organisasi Perjanjian Keamanan Kolektif})
     * @param namesEn  other English names
     * @param country  ISO 3166-1 alpha-3 code of a national organisation's home country; {@code null} for an
     *                 international one
     * @param sector   PLOVER sector code of a national organisation ({@code GOV}, {@code MIL}, {@code COP},
     *                 {@code JUD}, {@code LEG}, {@code SPY}, {@code PTY}, {@code REB}, {@code PRM}, {@code OPP},
     *                 {@code BUS}, {@code JRN}, {@code MED}, {@code REL}, {@code SOC}, {@code EDU},
     *                 {@code LAB}), or PLOVER's code for an international one ({@code UNO}, {@code EUR},
     *                 {@code IGO}, {@code NGO}, {@code IMG}, {@code MNC})
     * @param members  ISO alpha-3 codes of the member states of an alliance or club of states (CSTO: RUS, ARM,
     *                 BLR, KAZ, KGZ, TJK); empty otherwise
     */
    public record Entry(String name, List<String> acronyms, List<String> namesId, List<String> namesEn,
                        String country, String sector, List<String> members) {

        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sector, "sector");
            acronyms = List.copyOf(acronyms);
            namesId = List.copyOf(namesId);
            namesEn = List.copyOf(namesEn);
            members = List.copyOf(members);
        }

        /** Every name: the canonical one, acronyms, Indonesian and English names, each once. */
        public List<String> allNames() {
            Set<String> all = new LinkedHashSet<>();
            all.add(name);
            all.addAll(acronyms);
            all.addAll(namesId);
            all.addAll(namesEn);
            return List.copyOf(all);
        }
    }

    private Organisations(List<Entry> entries, Predicate<String> commonWord) {
        this.entries = List.copyOf(entries);
        TokenTrie.Builder<Entry> trie = TokenTrie.builder();
        Map<String, Entry> owners = new HashMap<>();
        for (Entry e : entries) {
            for (String name : e.allNames()) {
                Entry owner = owners.putIfAbsent(Fold.fold(name), e);
                if (owner != null && owner != e) {
                    throw new IllegalStateException("organisation name " + name + " belongs to both " + owner.name()
                            + " and " + e.name());
                }
                for (List<String> tokens : NameTokens.of(name)) {
                    trie.add(tokens, e, NameTokens.isOrdinaryWord(tokens, commonWord));
                }
            }
        }
        this.names = trie.build();
    }

    /** Organisations from {@code entries}; {@code commonWord} tells the names that are also ordinary words. */
    static Organisations of(List<Entry> entries, Predicate<String> commonWord) {
        return new Organisations(entries, commonWord);
    }

    /** The curated list shipped in the jar, loaded on first use (with the gazetteer, for its common words). */
    public static Organisations shared() {
        return Holder.SHARED;
    }

    private static final class Holder {
        static final Organisations SHARED;

        static {
            try (InputStream in = Organisations.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the organisations resource is missing from the jar: " + RESOURCE);
                }
                Gazetteer gazetteer = Gazetteer.shared();
                SHARED = new Organisations(read(in), gazetteer::isCommonWord);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the organisations resource " + RESOURCE, e);
            }
        }
    }

    /** The entries of a list in the format of {@code organisations.tsv}. */
    static List<Entry> read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7 || f[0].isBlank()) {
                throw new IllegalStateException(RESOURCE + " line " + n + ": expected 7 fields, got " + f.length);
            }
            List<String> members = list(f[6]);
            for (String code : members) {
                code(code, n);
            }
            entries.add(new Entry(f[0], list(f[1]), list(f[2]), list(f[3]), f[4].isEmpty() ? null : code(f[4], n),
                    code(f[5], n), members));
        }
        return entries;
    }

    private static String code(String code, int line) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalStateException(RESOURCE + " line " + line + ": not a three-letter code: " + code);
        }
        return code;
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
    }

    /** Every organisation, in the list's order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The organisation named {@code name} (any of its names; case and diacritics do not matter). */
    public Optional<Entry> lookup(String name) {
        Objects.requireNonNull(name, "name");
        List<String> folded = NameTokens.folded(name);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> values = new ArrayList<>(1);
        names.lookup(folded, values);
        return values.stream().findFirst();
    }

    /**
     * The longest organisation name starting at token {@code from}: the building block of {@link NameMatcher}.
     *
     * @param ignoreCase whether to match names regardless of case, except one-word names that are also ordinary
     *                   words
     * @param out        cleared, then given the organisation
     * @return the index after the name's last token, or -1 when no name starts at {@code from}
     */
    int longest(FoldedTokens tokens, int from, boolean ignoreCase, List<Entry> out) {
        return names.longest(tokens, from, ignoreCase, out);
    }
}
