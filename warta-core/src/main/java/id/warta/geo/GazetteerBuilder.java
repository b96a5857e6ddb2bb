package id.warta.geo;

import id.warta.internal.Fold;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the gazetteer resource {@link Gazetteer} loads, from the data beside the checkout ({@code ../shared}):
 * GeoNames countries, first-level divisions and towns of 15,000 people or more; Indonesia's regencies and cities
 * (GeoNames ids joined to the official names of idn-area-data); country names from the JDK's CLDR data in English
 * and Indonesian; the curated names of {@code country-aliases.tsv} and {@code place-aliases.tsv}; and the words
 * that news corpora write in lower case, which mark names that are also ordinary words.
 *
 * <p>Names are chosen for precision in news: GeoNames alternate names only for Indonesia's towns, capitals and
 * towns of a million or more, in Latin script, not codes, not ordinary words; small towns and foreign divisions
 * lose single-word names that the corpora use as ordinary words, people's names or nationalities (never as
 * places); continents and regions listed as non-places take their names from towns ({@code Asia}).
 *
 * <p>The output depends only on the input files and the JDK's CLDR country names, never on hash order or the
 * clock, so a rebuild reproduces the shipped resource byte for byte.
 */
public final class GazetteerBuilder {

    /**
     * Towns whose GeoNames alternate names are kept besides Indonesia's and the capitals: smaller towns' lists are
     * mostly transliterations into other languages (Nayroobi, Buenosairesa) that only add false matches.
     */
    private static final long ALTERNATES_FROM = 1_000_000;
    /** Towns smaller than this, unless capitals, lose the names that are also ordinary words or people's names. */
    private static final long SMALL_TOWN = 100_000;
    /** Lower-case occurrences in the corpora that make a word an ordinary word. */
    private static final int COMMON_WORD_COUNT = 2;
    /** Country codes of countryInfo that no longer exist (Netherlands Antilles, Serbia and Montenegro). */
    private static final Set<String> DISSOLVED = Set.of("AN", "CS");

    /**
     * Regencies GeoNames keeps under an older name or BPS code, by their idn-area-data code: Toba (Toba Samosir
     * until 2020), Kepulauan Tanimbar (Maluku Tenggara Barat until 2019), Pasangkayu (Mamuju Utara until 2017),
     * Morowali and Kepulauan Siau Tagulandang Biaro.
     */
    private static final Map<String, String> RENUMBERED = Map.of("12.12", "1206", "81.03", "8101", "76.01", "7605",
            "72.06", "7203", "71.09", "7108");

    private final Path shared;
    private final Map<String, Draft> countries = new TreeMap<>(); // by ISO2
    private final Map<String, Draft> admin1 = new TreeMap<>(); // by GeoNames code, ID.08
    private final Map<String, Draft> admin2 = new TreeMap<>(); // by GeoNames admin2 code, 3578 (Indonesia only)
    private final Map<String, Draft> provinces = new HashMap<>(); // by BPS code, 35
    private final List<Draft> regencies = new ArrayList<>();
    private final List<Draft> cities = new ArrayList<>();
    private final Set<String> blockers = new TreeSet<>();
    private final Map<String, String> iso3 = new HashMap<>();
    /** Lower-case words the corpora write outside names, with their count. */
    private final Map<String, Integer> counts = new HashMap<>();
    /** The same words, seen once or more. */
    private final Set<String> vocabulary = new HashSet<>();
    /** Words of people's names in the corpora (Bambang, Michael, Ali). */
    private final Set<String> personWords = new HashSet<>();
    /** Words of nationalities, events and works in WikiGold (German, Olympic). */
    private final Set<String> miscWords = new HashSet<>();
    /** Words of places in the corpora: a name among them is a place name too, whatever else it is. */
    private final Set<String> placeWords = new HashSet<>();

    private GazetteerBuilder(Path shared) {
        this.shared = shared;
    }

    /**
     * The gzipped resource built from the data under {@code shared} (the folder holding {@code gazetteer/} and
     * {@code corpora/}).
     *
     * @throws IOException when an input file is missing or unreadable
     */
    public static byte[] build(Path shared) throws IOException {
        Objects.requireNonNull(shared, "shared");
        return compress(text(shared));
    }

    /**
     * Gzip at the highest level. The header carries no name and no time, so equal text gives equal bytes with the
     * same deflate library (the JDK's zlib).
     */
    static byte[] compress(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 2);
        try (OutputStream gz = new GZIPOutputStream(bytes, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** The resource's text before compression. */
    static String text(Path shared) throws IOException {
        return text(shared, curated("country-aliases.tsv"), curated("place-aliases.tsv"));
    }

    /** The text built with the given curated lists (rows of {@code country-aliases.tsv}, {@code place-aliases.tsv}). */
    static String text(Path shared, List<String[]> countryAliases, List<String[]> placeAliases) throws IOException {
        GazetteerBuilder b = new GazetteerBuilder(shared);
        b.readCorpora();
        b.readCountries();
        b.readAdmin1();
        b.readRegencies();
        b.readCities();
        b.readCurated(countryAliases, placeAliases);
        return b.write(b.commonWords());
    }

    private Path geonames(String file) {
        return shared.resolve("gazetteer").resolve("geonames").resolve(file);
    }

    private void readCountries() throws IOException {
        Locale indonesian = Locale.forLanguageTag("id");
        for (String[] f : rows(geonames("countryInfo.txt"), '\t')) {
            if (f[0].startsWith("#") || f[0].equals("ISO") || DISSOLVED.contains(f[0])) {
                continue;
            }
            Draft d = new Draft(Long.parseLong(f[16]), Place.Kind.COUNTRY, f[1], null, Long.parseLong(f[7]), f[4]);
            d.name(f[4], true);
            Locale region = new Locale("", f[0]);
            cldr(d, f[0], region.getDisplayCountry(Locale.ENGLISH));
            cldr(d, f[0], region.getDisplayCountry(indonesian));
            countries.put(f[0], d);
            iso3.put(f[0], f[1]);
        }
        for (String[] f : rows(geonames("country_names_en_id_ms.tsv"), '\t')) {
            Draft d = countries.get(f[0]);
            if (d != null) {
                for (int k = 3; k < f.length; k++) {
                    d.name(f[k], true);
                }
            }
        }
    }

    /** A CLDR name; {@code Myanmar (Burma)} gives both names, {@code Kongo - Kinshasa} is left to the curated list. */
    private static void cldr(Draft d, String iso2, String name) {
        if (name.equals(iso2) || name.contains(" - ")) {
            return;
        }
        int paren = name.indexOf(" (");
        if (paren > 0 && name.endsWith(")")) {
            d.name(name.substring(0, paren), true);
            d.name(name.substring(paren + 2, name.length() - 1), true);
        } else {
            d.name(name, true);
        }
    }

    private void readAdmin1() throws IOException {
        Map<String, String[]> indonesian = new HashMap<>();
        for (String[] f : rows(geonames("indonesia_admin1_aliases.tsv"), '\t')) {
            if (!f[0].equals("admin1_code")) {
                indonesian.put(f[0], f);
            }
        }
        for (String[] f : rows(geonames("admin1CodesASCII.txt"), '\t')) {
            String cc = f[0].substring(0, 2);
            if (!iso3.containsKey(cc)) {
                continue;
            }
            String[] id = indonesian.get(f[0]);
            String name = id != null ? id[2] : f[1];
            Draft d = new Draft(Long.parseLong(f[3]), Place.Kind.ADMIN1, iso3.get(cc), name, 0, name);
            d.name(f[1], true);
            d.name(f[2], true);
            if (id != null) {
                d.name(id[2], true);
                d.name("Provinsi " + id[2], true);
                if (id.length > 3) {
                    for (String alias : id[3].split("\\|")) {
                        d.name(alias, true);
                    }
                }
            }
            if (id == null) {
                d.names.keySet().removeIf(this::ordinaryDivisionName);
            }
            admin1.put(f[0], d);
        }
        Map<String, Draft> byName = new HashMap<>();
        for (Map.Entry<String, Draft> e : admin1.entrySet()) {
            if (e.getKey().startsWith("ID.")) {
                e.getValue().names.keySet().forEach(n -> byName.put(Fold.fold(n), e.getValue()));
            }
        }
        for (String[] f : rows(shared.resolve("gazetteer/idn-area-data/provinces.csv"), ',')) {
            if (f[0].equals("code")) {
                continue;
            }
            Draft d = byName.get(Fold.fold(f[1]));
            if (d == null) {
                throw new IllegalStateException("idn-area-data province without a GeoNames admin1: " + f[1]);
            }
            d.name(f[1], true);
            provinces.put(f[0], d);
        }
    }

    /**
     * Indonesia's regencies and cities from idn-area-data, with the GeoNames id of the same admin2: joined on the
     * BPS code GeoNames keeps in its admin2 code (ID.08.3578 is 35.78) when the names agree; else, where codes were
     * renumbered with the new Papua provinces, on the name without spaces and hyphens; else on the code alone
     * when GeoNames puts it in the same province (renamed regencies, English names).
     */
    private void readRegencies() throws IOException {
        Map<String, String[]> byCode = new HashMap<>();
        Map<String, String[]> byName = new HashMap<>();
        for (String[] f : rows(geonames("admin2Codes.txt"), '\t')) {
            if (f[0].startsWith("ID.")) {
                String code = f[0].substring(f[0].lastIndexOf('.') + 1);
                byCode.put(code, f);
                byName.put(compact(f[1]), f);
            }
        }
        Set<String> used = new TreeSet<>();
        List<String[]> rows = new ArrayList<>();
        for (String[] f : rows(shared.resolve("gazetteer/idn-area-data/regencies.csv"), ',')) {
            if (f[0].equals("code")) {
                continue;
            }
            String[] g = byCode.get(f[0].replace(".", ""));
            if (g == null || !compact(g[1]).equals(compact(f[2]))) {
                g = null;
            } else {
                used.add(g[0]);
            }
            rows.add(new String[] {f[0], f[1], f[2], g == null ? null : g[0]});
        }
        for (String[] r : rows) {
            if (r[3] == null) {
                String[] g = byName.get(compact(r[2]));
                if (g != null && used.add(g[0])) {
                    r[3] = g[0];
                }
            }
        }
        // English names (Gresik Regency) keep the code in the same province and share a distinctive word;
        // regencies renamed or renumbered since GeoNames took its codes are listed.
        for (String[] r : rows) {
            if (r[3] != null) {
                continue;
            }
            String listed = RENUMBERED.get(r[0]);
            String[] g = byCode.get(listed != null ? listed : r[0].replace(".", ""));
            if (g != null && admin1.get(g[0].substring(0, g[0].lastIndexOf('.'))) == provinces.get(r[1])
                    && (listed != null || shareWord(g[1], r[2])) && used.add(g[0])) {
                r[3] = g[0];
            }
        }
        Map<String, String[]> geonamesRows = new HashMap<>();
        byCode.values().forEach(g -> geonamesRows.put(g[0], g));
        for (String[] r : rows) {
            Draft province = provinces.get(r[1]);
            if (province == null) {
                throw new IllegalStateException("regency " + r[2] + " in unknown province " + r[1]);
            }
            String[] g = r[3] == null ? null : geonamesRows.get(r[3]);
            Draft d = new Draft(g == null ? 0 : Long.parseLong(g[3]), Place.Kind.ADMIN2, "IDN", province.name, 0, r[2]);
            for (String n : regencyNames(r[2])) {
                d.name(n, true);
            }
            if (g != null) {
                d.name(g[1], true);
                d.name(g[2], true);
                admin2.put(g[0].substring(g[0].lastIndexOf('.') + 1), d);
            }
            regencies.add(d);
        }
    }

    /** {@code Kabupaten Bogor} is also {@code Bogor}, {@code Kab. Bogor} and {@code Kab Bogor}. */
    static List<String> regencyNames(String official) {
        List<String> names = new ArrayList<>(List.of(official));
        String rest;
        if (official.startsWith("Kabupaten ")) {
            rest = official.substring("Kabupaten ".length());
            if (rest.startsWith("Administrasi ")) {
                rest = rest.substring("Administrasi ".length());
                names.add("Kabupaten " + rest);
            }
            names.add("Kab. " + rest);
            names.add("Kab " + rest);
        } else if (official.startsWith("Kota ")) {
            rest = official.substring("Kota ".length());
            if (rest.startsWith("Administrasi ")) {
                rest = rest.substring("Administrasi ".length());
                names.add("Kota " + rest);
            }
        } else {
            return names;
        }
        names.add(rest);
        return names;
    }

    /** Words of regency names that say nothing about which regency it is. */
    private static final Set<String> GENERIC = Set.of("kabupaten", "kota", "administrasi", "regency", "city",
            "kepulauan", "islands", "utara", "selatan", "barat", "timur", "tengah", "north", "south", "east", "west",
            "central");

    private static boolean shareWord(String a, String b) {
        Set<String> words = new HashSet<>(List.of(Fold.fold(a).split("[^a-z0-9]+")));
        words.removeAll(GENERIC);
        for (String w : Fold.fold(b).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A regency's name for joining: kind word kept, spaces and hyphens dropped (Fak Fak is Fakfak). */
    private static String compact(String name) {
        String f = Fold.fold(name).replace("administrasi ", "");
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void readCities() throws IOException {
        Map<String, Seat> countrySeats = new HashMap<>();
        Map<String, Seat> admin1Seats = new HashMap<>();
        Map<String, Seat> admin2Seats = new HashMap<>();
        for (String[] f : rows(geonames("cities15000.txt"), '\t')) {
            String cc = f[8];
            if (!iso3.containsKey(cc)) {
                continue;
            }
            Draft a1 = admin1.get(cc + "." + f[10]);
            long population = Long.parseLong(f[14]);
            Draft d = new Draft(Long.parseLong(f[0]), Place.Kind.CITY, iso3.get(cc), a1 == null ? null : a1.name,
                    population, f[1]);
            d.latitude = f[4];
            d.longitude = f[5];
            d.name(f[1], true);
            d.name(f[2], true);
            String code = f[7];
            if (code.equals("PPLC") || population >= ALTERNATES_FROM || cc.equals("ID")) {
                for (String alternate : f[3].split(",")) {
                    if (usefulAlternate(alternate) && !ordinaryWords(alternate)) {
                        d.name(alternate, false);
                    }
                }
            }
            countrySeats.computeIfAbsent(cc, k -> new Seat()).offer(d, code.equals("PPLC"));
            if (a1 != null) {
                a1.urban += population;
                admin1Seats.computeIfAbsent(cc + "." + f[10], k -> new Seat())
                        .offer(d, code.equals("PPLA") || code.equals("PPLC"));
            }
            Draft a2 = cc.equals("ID") ? admin2.get(f[11]) : null;
            if (a2 != null) {
                a2.urban += population;
                admin2Seats.computeIfAbsent(f[11], k -> new Seat())
                        .offer(d, code.equals("PPLA2") || code.equals("PPLA") || code.equals("PPLC"));
            }
            // Still a town for locating and ranking its areas, but not matched by a name that means other things.
            if (population < SMALL_TOWN && !code.equals("PPLC") && !code.equals("PPLA")) {
                d.names.keySet().removeIf(this::ambiguousWord);
            }
            if (!d.names.isEmpty()) {
                cities.add(d);
            }
        }
        countries.forEach((cc, d) -> {
            Seat s = countrySeats.get(cc);
            if (s != null) {
                d.locate(s.best());
            }
        });
        admin1.forEach((code, d) -> {
            Seat s = admin1Seats.get(code);
            if (s != null) {
                d.locate(s.best());
            }
        });
        admin2.forEach((code, d) -> {
            Seat s = admin2Seats.get(code);
            if (s != null) {
                d.locate(s.best());
            }
        });
    }

    /**
     * A GeoNames alternate name worth matching in news: Latin script, capitalised and not all capitals (airport
     * codes), no digits, not a regency ({@code Kabupaten Malang} is listed for the town of Malang).
     */
    static boolean usefulAlternate(String name) {
        if (name.length() < 3 || name.length() > 40 || !Character.isUpperCase(name.codePointAt(0))
                || name.startsWith("Kabupaten ")) {
            return false;
        }
        boolean lower = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                lower |= Character.isLowerCase(cp);
            } else if (cp != ' ' && cp != '-' && cp != '\'' && cp != '\u2019' && cp != '.') {
                return false;
            }
        }
        return lower;
    }

    /**
     * Whether {@code name} is one word that the corpora write in lower case, in a person's name or as a
     * nationality, and never as a place: a small town so named ({@code Bank} in India, {@code Bambang} in the
     * Philippines) is far less often meant in news than the word, and is not matched by that name.
     */
    private boolean ambiguousWord(String name) {
        String f = Fold.fold(name);
        return f.indexOf(' ') < 0 && !placeWords.contains(f)
                && (vocabulary.contains(f) || personWords.contains(f) || miscWords.contains(f));
    }

    /**
     * Whether {@code name} is one word that the corpora write in lower case or as a nationality, and never as a
     * place: a first-level division so named ({@code North} in Cameroon, {@code Para} in Brazil, {@code German}
     * on the Isle of Man) is far less often meant than the word.
     */
    private boolean ordinaryDivisionName(String name) {
        String f = Fold.fold(name);
        return f.indexOf(' ') < 0 && !placeWords.contains(f) && (vocabulary.contains(f) || miscWords.contains(f));
    }

    /**
     * Whether every word of {@code name} is a word the corpora write in lower case: such alternate names
     * ({@code Urusan} for Ulsan, {@code Pangkalan}, {@code Big Durian}) would match ordinary Indonesian or English.
     */
    private boolean ordinaryWords(String name) {
        for (String w : Fold.fold(name).split("[ '.-]+")) {
            if (!w.isEmpty() && !vocabulary.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private void readCurated(List<String[]> countryAliases, List<String[]> placeAliases) {
        Map<String, Draft> byIso3 = new HashMap<>();
        countries.values().forEach(d -> byIso3.put(d.country, d));
        for (String[] f : countryAliases) {
            Draft d = byIso3.get(f[0]);
            if (d == null) {
                throw new IllegalStateException("country-aliases.tsv: unknown country " + f[0]);
            }
            for (String n : f[1].split("\\|")) {
                d.name(n, true);
            }
        }
        Map<Long, Draft> byId = new HashMap<>();
        for (Draft d : all()) {
            byId.putIfAbsent(d.id, d);
        }
        for (String[] f : placeAliases) {
            if (f[0].equals("-")) {
                blockers.addAll(List.of(f[1].split("\\|")));
                continue;
            }
            Draft d = byId.get(Long.parseLong(f[0]));
            if (d == null) {
                throw new IllegalStateException("place-aliases.tsv: unknown GeoNames id " + f[0]);
            }
            for (String n : f[1].split("\\|")) {
                d.name(n, true);
            }
        }
    }

    private List<Draft> all() {
        List<Draft> all = new ArrayList<>(countries.values());
        all.addAll(admin1.values());
        all.addAll(regencies);
        all.addAll(cities);
        return all;
    }

    /** Words the corpora write in lower case at least {@link #COMMON_WORD_COUNT} times outside names. */
    private Set<String> commonWords() {
        Set<String> words = new TreeSet<>();
        counts.forEach((w, n) -> {
            if (n >= COMMON_WORD_COUNT) {
                words.add(w);
            }
        });
        return words;
    }

    /**
     * Reads the lower-case words of the corpora (before the towns' alternate names, which they filter) from the
     * training splits of the news corpora whose licences let a derived list ship: idner-news-2k and NERGrit
     * (MIT), WikiGold (CC BY 4.0).
     */
    private void readCorpora() throws IOException {
        Path corpora = shared.resolve("corpora");
        count(corpora.resolve("idner-news-2k/train.txt"), ' ', 2);
        count(corpora.resolve("indonlu-ner/nergrit/train_preprocess.txt"), '\t', 1);
        count(corpora.resolve("wikigold-en/wikigold.conll.txt"), ' ', 1);
    }

    private void count(Path conll, char separator, int labelColumn) throws IOException {
        // A word that is a whole place name (Moskow), not part of one (North in North Carolina). IOB2 starts a
        // name with B-; WikiGold's IO tags start one where the previous word was no place.
        String single = null;
        boolean previousPlace = false;
        for (String[] f : rows(conll, separator)) {
            String label = f.length > labelColumn ? f[labelColumn].strip() : "O";
            boolean place = label.endsWith("-LOC") || label.endsWith("-PLACE");
            boolean starts = place && (label.startsWith("B-") || !previousPlace);
            if (single != null && !(place && !starts)) {
                placeWords.add(single);
            }
            single = starts ? Fold.fold(f[0]) : null;
            previousPlace = place;
            if (label.equals("O") && lowerCase(f[0])) {
                String w = Fold.fold(f[0]);
                vocabulary.add(w);
                counts.merge(w, 1, Integer::sum);
            } else if (label.endsWith("-PER") || label.endsWith("-PERSON")) {
                personWords.add(Fold.fold(f[0]));
            } else if (label.endsWith("-MISC")) {
                miscWords.add(Fold.fold(f[0]));
            }
        }
        if (single != null) {
            placeWords.add(single);
        }
    }

    private static boolean lowerCase(String w) {
        boolean lower = !w.isEmpty();
        for (int i = 0; i < w.length() && lower; i++) {
            char c = w.charAt(i);
            lower = Character.isLowerCase(c) || c == '-' && i > 0 && i < w.length() - 1;
        }
        return lower;
    }

    private String write(Set<String> commonWords) {
        List<Draft> places = all();
        places.sort(Comparator.comparingInt((Draft d) -> d.kind.ordinal())
                .thenComparing(Comparator.comparingLong((Draft d) -> d.population).reversed())
                .thenComparing(Comparator.comparingLong((Draft d) -> d.urban).reversed())
                .thenComparingLong(d -> d.id)
                .thenComparing(d -> d.name));
        Map<String, Alias> aliases = new TreeMap<>();
        for (int i = 0; i < places.size(); i++) {
            Draft d = places.get(i);
            d.index = i;
            for (Map.Entry<String, Boolean> n : d.names.entrySet()) {
                aliases.computeIfAbsent(Alias.key(n.getKey()), k -> new Alias()).add(n.getKey(), d, n.getValue());
            }
        }
        for (String b : blockers) {
            Alias a = aliases.computeIfAbsent(Alias.key(b), k -> new Alias());
            a.places.clear(); // Asia is the continent, not the Philippine town
            a.add(b, null, true);
        }
        StringBuilder sb = new StringBuilder(8 << 20);
        sb.append("# Warta gazetteer: built by GazetteerBuilder (warta build gazetteer --shared ../shared). Do not edit.\n")
                .append("# GeoNames (geonames.org), CC BY 4.0: countries, first-level divisions, towns of 15,000+.\n")
                .append("# Indonesian regencies and cities: idn-area-data 4.0.1 (github.com/fityannugroho/idn-area-data),\n")
                .append("# ODbL 1.0; this table as a database derived from it is also under ODbL 1.0.\n")
                .append("# Country names: Unicode CLDR through the JDK (Unicode licence) and Warta's own lists.\n")
                .append("# Common words: counted in idner-news-2k and NERGrit (MIT) and WikiGold (CC BY 4.0).\n")
                .append("# P\tgeonameId\tkind\tcountry\tadmin1\tlatitude\tlongitude\tpopulation\tname\n")
                .append("# A\tname\tplaces (P line numbers from 0, by prominence; ~ marks a GeoNames alternate name)\n")
                .append("# W\tword written in lower case in news\n");
        for (Draft d : places) {
            sb.append("P\t").append(d.id).append('\t').append(d.kind).append('\t').append(d.country).append('\t')
                    .append(d.admin1 == null ? "" : d.admin1).append('\t').append(d.latitude).append('\t')
                    .append(d.longitude).append('\t').append(d.population).append('\t').append(d.name).append('\n');
        }
        List<Alias> sorted = new ArrayList<>(aliases.values());
        sorted.sort(Comparator.comparing((Alias a) -> a.surface).thenComparing(a -> Alias.key(a.surface)));
        for (Alias a : sorted) {
            sb.append("A\t").append(a.surface).append('\t');
            List<Map.Entry<Draft, Boolean>> refs = new ArrayList<>(a.places.entrySet());
            refs.sort(Comparator.comparingInt((Map.Entry<Draft, Boolean> e) -> e.getKey().kind.ordinal())
                    .thenComparing(e -> !e.getValue())
                    .thenComparingInt(e -> e.getKey().index));
            for (int k = 0; k < refs.size(); k++) {
                if (k > 0) {
                    sb.append(',');
                }
                sb.append(refs.get(k).getValue() ? "" : "~").append(refs.get(k).getKey().index);
            }
            sb.append('\n');
        }
        for (String w : commonWords) {
            sb.append("W\t").append(w).append('\n');
        }
        return sb.toString();
    }

    /** The rows of a curated list in the jar, without comments. */
    static List<String[]> curated(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = GazetteerBuilder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }

    private static List<String[]> rows(Path file, char separator) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String sep = String.valueOf(separator);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
                if (!line.isEmpty()) {
                    rows.add(line.split(java.util.regex.Pattern.quote(sep), -1));
                }
            }
        }
        return rows;
    }

    /** A place being assembled. */
    private static final class Draft {
        final long id;
        final Place.Kind kind;
        final String country;
        final String admin1;
        final long population;
        final String name;
        /** Names by how they are written; true when one source gives it as a name, not an alternate. */
        final Map<String, Boolean> names = new TreeMap<>();
        /** Inhabitants of its towns, ranking divisions whose own population GeoNames does not give. */
        long urban;
        String latitude = "";
        String longitude = "";
        int index;

        Draft(long id, Place.Kind kind, String country, String admin1, long population, String name) {
            this.id = id;
            this.kind = kind;
            this.country = country;
            this.admin1 = admin1;
            this.population = population;
            this.name = name;
        }

        void name(String n, boolean primary) {
            String s = n.strip();
            int letters = 0;
            for (int i = 0; i < s.length(); i++) {
                if (Character.isLetter(s.charAt(i))) {
                    letters++;
                }
            }
            if (letters >= 2 && s.indexOf('\t') < 0) {
                names.merge(s, primary, Boolean::logicalOr);
            }
        }

        void locate(Draft seat) {
            latitude = seat.latitude;
            longitude = seat.longitude;
        }
    }

    /** The town to locate an area by: its designated seat if it has one, else its largest town. */
    private static final class Seat {
        Draft seat;
        Draft largest;

        void offer(Draft town, boolean designated) {
            if (designated && (seat == null || town.population > seat.population)) {
                seat = town;
            }
            if (largest == null || town.population > largest.population) {
                largest = town;
            }
        }

        Draft best() {
            return seat != null ? seat : largest;
        }
    }

    /**
     * One name line: the ways of writing it that fold alike and need the same case (São Paulo, Sao Paulo) are one
     * line, written the first way in code-point order.
     */
    private static final class Alias {
        String surface;
        final Map<Draft, Boolean> places = new HashMap<>();

        static String key(String surface) {
            StringBuilder shape = new StringBuilder();
            int letters = 0;
            boolean lower = false;
            char first = 0;
            for (int i = 0; i <= surface.length(); i++) {
                char c = i < surface.length() ? surface.charAt(i) : ' ';
                if (Character.isLetter(c)) {
                    if (letters++ == 0) {
                        first = c;
                    }
                    lower |= Character.isLowerCase(c);
                } else if (letters > 0) {
                    shape.append(!lower && letters > 1 ? 'A' : Character.isUpperCase(first) ? 'C' : 'l');
                    letters = 0;
                    lower = false;
                }
            }
            return Fold.fold(surface) + '\t' + shape;
        }

        void add(String s, Draft place, boolean primary) {
            if (surface == null || s.compareTo(surface) < 0) {
                surface = s;
            }
            if (place != null) {
                places.merge(place, primary, Boolean::logicalOr);
            }
        }
    }
}
