package id.warta.geo;

import id.warta.internal.Fold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link Geocoder} over the {@link Gazetteer}: reads a place name as an analyst of the article's countries
 * would. Immutable and thread-safe; its indexes are built once per gazetteer.
 *
 * <p>A name is looked up as written (case, diacritics and spacing folded; the gazetteer knows the short forms
 * {@code Jatim}, {@code DKI}, {@code Kab. Bogor}, {@code Moskow}, {@code Den Haag}). A name the gazetteer does not
 * know is tried again, in order: without a descriptor of the kind of place ({@code Kota}, {@code Kabupaten},
 * {@code Provinsi}, {@code Desa}, {@code Kecamatan}, {@code Pulau}; {@code city of}, {@code province of},
 * {@code Herat province}, {@code Jaffna peninsula}), whose kind then restricts the places; narrowed by a
 * qualifier after a comma or in brackets ({@code Bam, Iran}, {@code Victoria (Seychelles)}); spelt with letters
 * only ({@code Samarra} for {@code Sāmarrā’}), a division also without the word of kind GeoNames gives it
 * ({@code Cabo Delgado} for {@code Cabo Delgado Province}); and, one letter off, among the places of the article's countries
 * and the world's capitals and great cities ({@code Algers} for Algiers).
 *
 * <p>Among the places of a name:
 * <ol>
 *   <li>A country named by one of its alternate names yields to its own place that bears the name as its main
 *       name ({@code West Bank} is the division, not the whole Palestinian Territory).</li>
 *   <li>A country stays the country ({@code Lebanon} in an American story is not Lebanon, Tennessee), unless the
 *       article is not about it and one of its countries has a first-level division so named ({@code Georgia}
 *       in an American story is the state).</li>
 *   <li>Otherwise the place inside the article's countries, the most relevant country first, wins
 *       ({@code Tripoli} in a Lebanese story, {@code Victoria} in a Canadian one, {@code Kazan} in a Turkish
 *       one); else the most prominent place. Among the places of one country, a division sharing its name with a
 *       town is read as the town ({@link #preferred}).</li>
 *   <li>Except that a small town of the article's countries (under 100,000 people and not a capital) does not
 *       take the name of a foreign capital ({@code Paris} in an American story is Paris, France), nor, in a story
 *       about several countries, the name of a foreign first-level division or its seat or of a city of a
 *       million ({@code Geneva} in a story of American and Russian negotiators is Geneva, Switzerland, not
 *       Geneva, Illinois).</li>
 * </ol>
 */
public final class GazetteerGeocoder implements Geocoder {

    /** Towns smaller than this, unless capitals, yield their name to a world-known place in the rules above. */
    private static final long SMALL_TOWN = 100_000;
    /** Towns of this size are known by name the world over. */
    private static final long WORLD_CITY = 1_000_000;
    /** Shortest name, in letters, that may be matched one letter off. */
    private static final int FUZZY_MIN_LETTERS = 5;

    private static final Set<Place.Kind> TOWN = EnumSet.of(Place.Kind.CITY, Place.Kind.ADMIN2);
    private static final Set<Place.Kind> REGENCY = EnumSet.of(Place.Kind.ADMIN2);
    private static final Set<Place.Kind> PROVINCE = EnumSet.of(Place.Kind.ADMIN1);
    private static final Set<Place.Kind> LOCALITY = EnumSet.of(Place.Kind.CITY);
    /** An island or peninsula: a country (Cyprus), a division (Bali) or a town named after it (Jaffna). */
    private static final Set<Place.Kind> AREA = EnumSet.allOf(Place.Kind.class);

    /**
     * Words that say what kind of place a name is, folded, before the name ({@code Kota Bandung},
     * {@code province of Herat}) or after it ({@code Herat province}), and the kinds of place they allow. Villages
     * and sub-districts are not in the gazetteer: {@code Desa X} and {@code Kecamatan X} can only be the Indonesian
     * town of that name, which a sub-district is usually named after.
     */
    private static final List<Descriptor> PREFIXES = List.of(
            new Descriptor("kota administrasi", TOWN, false), new Descriptor("kotamadya", TOWN, false),
            new Descriptor("kota", TOWN, false),
            new Descriptor("kabupaten", REGENCY, false), new Descriptor("kab.", REGENCY, false),
            new Descriptor("kab", REGENCY, false),
            new Descriptor("provinsi", PROVINCE, false), new Descriptor("prov.", PROVINCE, false),
            new Descriptor("propinsi", PROVINCE, false),
            new Descriptor("kecamatan", LOCALITY, true), new Descriptor("kec.", LOCALITY, true),
            new Descriptor("desa", LOCALITY, true), new Descriptor("kelurahan", LOCALITY, true),
            new Descriptor("kampung", LOCALITY, true), new Descriptor("dusun", LOCALITY, true),
            new Descriptor("pulau", AREA, false),
            new Descriptor("city of", LOCALITY, false), new Descriptor("town of", LOCALITY, false),
            new Descriptor("village of", LOCALITY, false),
            new Descriptor("province of", PROVINCE, false), new Descriptor("state of", PROVINCE, false),
            new Descriptor("region of", PROVINCE, false), new Descriptor("governorate of", PROVINCE, false),
            new Descriptor("island of", AREA, false));
    private static final List<Descriptor> SUFFIXES = List.of(
            new Descriptor("city", LOCALITY, false), new Descriptor("town", LOCALITY, false),
            new Descriptor("province", PROVINCE, false), new Descriptor("state", PROVINCE, false),
            new Descriptor("region", PROVINCE, false), new Descriptor("governorate", PROVINCE, false),
            new Descriptor("oblast", PROVINCE, false), new Descriptor("regency", REGENCY, false),
            new Descriptor("district", null, false), new Descriptor("island", AREA, false),
            new Descriptor("peninsula", AREA, false));

    /** Words of kind that end GeoNames names of first-level divisions, folded. */
    private static final Set<String> KIND_WORDS = Set.of("province", "region", "department", "state",
            "governorate", "oblast", "district", "county", "municipality", "division", "prefecture", "republic",
            "voivodeship", "krai", "kraj");

    /** By prominence: kind, then population (divisions have none; they keep the gazetteer's order). */
    private static final Comparator<Place> PROMINENCE = Comparator.comparing(Place::kind)
            .thenComparing(Comparator.comparingLong(Place::population).reversed());

    private final Gazetteer gazetteer;
    /** Places by their main name in folded letters and digits only, by prominence. */
    private final Map<String, List<Place>> spellings;
    /** Each country's places with their spelling, by prominence, for names one letter off. */
    private final Map<String, List<Spelling>> byCountry;
    /** Countries, capitals and cities of a million, by prominence: names one letter off without context. */
    private final List<Spelling> worldNames;
    /** Each country's capital: the town at the country's coordinates (the gazetteer places a country there). */
    private final Set<Place> capitals;

    /** A geocoder over {@code gazetteer}; building its indexes reads every place once. */
    public GazetteerGeocoder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        List<Place> all = new ArrayList<>(gazetteer.places());
        all.sort(PROMINENCE);
        Map<String, List<Place>> spellings = new HashMap<>();
        Map<String, List<Spelling>> byCountry = new HashMap<>();
        List<Spelling> keyed = new ArrayList<>(all.size());
        Set<Place> capitals = new LinkedHashSet<>();
        for (Place p : all) {
            Spelling spelling = new Spelling(letters(p.name()), p);
            keyed.add(spelling);
            spellings.computeIfAbsent(spelling.key, k -> new ArrayList<>(1)).add(p);
            String bare = p.kind() == Place.Kind.ADMIN1 ? withoutKindWord(p.name()) : null;
            if (bare != null) {
                spellings.computeIfAbsent(letters(bare), k -> new ArrayList<>(1)).add(p);
            }
            byCountry.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(spelling);
            if (p.kind() == Place.Kind.CITY) {
                Optional<Place> country = gazetteer.country(p.country());
                if (country.isPresent() && country.get().latitude() == p.latitude()
                        && country.get().longitude() == p.longitude()) {
                    capitals.add(p);
                }
            }
        }
        this.spellings = freeze(spellings);
        this.byCountry = freeze(byCountry);
        this.capitals = Set.copyOf(capitals);
        this.worldNames = keyed.stream().filter(k -> k.place.kind() == Place.Kind.COUNTRY
                || capitals.contains(k.place) || k.place.population() >= WORLD_CITY).toList();
    }

    /**
     * A first-level division's name without the word of kind GeoNames ends it with ({@code Cabo Delgado Province},
     * {@code Kayin State}), as news writes it; {@code null} when it has none.
     */
    private static String withoutKindWord(String name) {
        int space = name.lastIndexOf(' ');
        if (space <= 0 || !KIND_WORDS.contains(Fold.fold(name.substring(space + 1)))) {
            return null;
        }
        return name.substring(0, space);
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        Map<String, List<T>> out = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    /** The geocoder over the shipped gazetteer, built on first use. */
    public static GazetteerGeocoder shared() {
        return Holder.SHARED;
    }

    private static final class Holder {
        static final GazetteerGeocoder SHARED = new GazetteerGeocoder(Gazetteer.shared());
    }

    @Override
    public Optional<Place> locate(String name, List<String> countries) {
        Objects.requireNonNull(name, "name");
        List<String> context = context(Objects.requireNonNull(countries, "countries"));
        String written = name.strip();
        if (written.isEmpty()) {
            return Optional.empty();
        }
        return plain(written, context).or(() -> qualified(written, context));
    }

    /** The place of a name without a qualifier: as written, without a descriptor, or spelt otherwise. */
    private Optional<Place> plain(String written, List<String> context) {
        List<Place> places = gazetteer.lookup(written);
        if (!places.isEmpty()) {
            return Optional.of(resolve(written, places, context));
        }
        return described(written, context).or(() -> spelt(written, context));
    }

    /** The known ISO 3166-1 alpha-3 codes of {@code countries}, in upper case, each once, in order. */
    private List<String> context(List<String> countries) {
        if (countries.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String c : countries) {
            if (c != null) {
                String code = c.strip().toUpperCase(Locale.ROOT);
                if (gazetteer.country(code).isPresent()) {
                    out.add(code);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The name without a descriptor of its kind ({@code Kota}, {@code province of}), among places of that kind. */
    private Optional<Place> described(String written, List<String> context) {
        String folded = Fold.fold(written);
        int from = 0;
        while (folded.startsWith("the ", from)) {
            from += 4;
        }
        if (from > 0) {
            folded = folded.substring(from);
            List<Place> places = gazetteer.lookup(folded);
            if (!places.isEmpty()) {
                return Optional.of(resolve(folded, places, context));
            }
        }
        for (Descriptor d : PREFIXES) {
            if (folded.length() > d.words.length() + 1 && folded.startsWith(d.words)
                    && folded.charAt(d.words.length()) == ' ') {
                Optional<Place> p = ofKind(folded.substring(d.words.length() + 1), d, context);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        for (Descriptor d : SUFFIXES) {
            int cut = folded.length() - d.words.length() - 1;
            if (cut > 0 && folded.endsWith(d.words) && folded.charAt(cut) == ' ') {
                Optional<Place> p = ofKind(folded.substring(0, cut), d, context);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    /** The places called {@code rest} (or spelt so) of the kinds {@code d} allows, read for {@code context}. */
    private Optional<Place> ofKind(String rest, Descriptor d, List<String> context) {
        List<Place> places = gazetteer.lookup(rest);
        if (places.isEmpty()) {
            places = spellings.getOrDefault(letters(rest), List.of());
        }
        List<Place> kept = places;
        if (d.kinds != null) {
            kept = places.stream().filter(p -> d.kinds.contains(p.kind())
                    && (!d.indonesian || p.country().equals("IDN"))).toList();
            if (kept.isEmpty() && !d.indonesian) {
                kept = places.stream().filter(p -> p.kind() != Place.Kind.COUNTRY).toList();
            }
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(resolve(rest, kept, context));
    }

    /**
     * {@code Bam, Iran} or {@code Victoria (Seychelles)}: the name's place in the qualifying country or division,
     * which is read as the article's most relevant country.
     */
    private Optional<Place> qualified(String written, List<String> context) {
        int comma = written.indexOf(',');
        int bracket = written.lastIndexOf('(');
        String head;
        String qualifier;
        if (comma > 0) {
            // Bam, Kerman, Iran: the first part is the place, the last the widest qualifier
            head = written.substring(0, comma).strip();
            qualifier = written.substring(written.lastIndexOf(',') + 1).strip();
        } else if (bracket > 0 && written.endsWith(")")) {
            head = written.substring(0, bracket).strip();
            qualifier = written.substring(bracket + 1, written.length() - 1).strip();
        } else {
            return Optional.empty();
        }
        if (head.isEmpty() || qualifier.isEmpty()) {
            return Optional.empty();
        }
        Optional<Place> within = plain(qualifier, context);
        if (within.isEmpty()) {
            return plain(head, context);
        }
        Place division = within.get();
        List<String> narrowed = new ArrayList<>(context.size() + 1);
        narrowed.add(division.country());
        narrowed.addAll(context);
        Optional<Place> place = plain(head, narrowed);
        if (place.isEmpty() || division.kind() != Place.Kind.ADMIN1) {
            return place;
        }
        // a division as qualifier (Victoria, Texas): the place of that name inside it, if any
        List<Place> inside = gazetteer.lookup(head).stream().filter(p -> p.country().equals(division.country())
                && division.name().equals(p.admin1()) && p.kind() != Place.Kind.ADMIN1).toList();
        return inside.isEmpty() ? place : Optional.of(preferred(inside));
    }

    /** A name spelt otherwise: letters only, or one letter off among likely places. */
    private Optional<Place> spelt(String written, List<String> context) {
        String key = letters(written);
        List<Place> same = spellings.get(key);
        if (same != null) {
            return Optional.of(resolve(written, same, context));
        }
        if (key.length() < FUZZY_MIN_LETTERS) {
            return Optional.empty();
        }
        for (String country : context) {
            Optional<Place> p = nearest(key, byCountry.getOrDefault(country, List.of()));
            if (p.isPresent()) {
                return p;
            }
        }
        return nearest(key, worldNames);
    }

    /** The most prominent place whose main name is one edit (insertion, deletion, change, swap) from {@code key}. */
    private static Optional<Place> nearest(String key, List<Spelling> places) {
        List<Place> found = new ArrayList<>(2);
        for (Spelling s : places) {
            if (Math.abs(s.key.length() - key.length()) <= 1 && oneEdit(key, s.key)) {
                found.add(s.place);
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(preferred(found));
    }

    /** Whether {@code a} and {@code b} differ by at most one insertion, deletion, substitution or transposition. */
    static boolean oneEdit(String a, String b) {
        int i = 0;
        int m = a.length();
        int n = b.length();
        while (i < m && i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == m && i == n) {
            return true;
        }
        if (m == n) {
            return a.regionMatches(i + 1, b, i + 1, m - i - 1)
                    || i + 1 < m && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, m - i - 2);
        }
        if (m == n + 1) {
            return a.regionMatches(i + 1, b, i, n - i);
        }
        if (n == m + 1) {
            return b.regionMatches(i + 1, a, i, m - i);
        }
        return false;
    }

    /** The place {@code written} means among {@code places} (by prominence) for an article about {@code context}. */
    private Place resolve(String written, List<Place> places, List<String> context) {
        Place top = places.get(0);
        if (top.kind() == Place.Kind.COUNTRY && !sameName(top, written)) {
            for (Place p : places) {
                if (p.kind() != Place.Kind.COUNTRY && p.country().equals(top.country()) && sameName(p, written)) {
                    return resolveAmong(places.subList(places.indexOf(p), places.size()), context);
                }
            }
        }
        if (top.kind() == Place.Kind.COUNTRY) {
            if (context.isEmpty() || context.contains(top.country())) {
                return top;
            }
            for (String c : context) {
                for (Place p : places) {
                    if (p.kind() == Place.Kind.ADMIN1 && p.country().equals(c)) {
                        return p;
                    }
                }
            }
            return top;
        }
        return resolveAmong(places, context);
    }

    /** The place among {@code places} (by prominence, none a country named otherwise) for {@code context}. */
    private Place resolveAmong(List<Place> places, List<String> context) {
        Place prominent = preferred(places);
        for (String c : context) {
            List<Place> local = places.stream().filter(p -> p.country().equals(c)).toList();
            if (!local.isEmpty()) {
                Place here = preferred(local);
                return yields(here, prominent, places.get(0), context) ? prominent : here;
            }
        }
        return prominent;
    }

    /**
     * Whether {@code local}, a place of the article's countries, gives its name up to {@code prominent}, the
     * place the name means elsewhere ({@code top} being the first place so named).
     */
    private boolean yields(Place local, Place prominent, Place top, List<String> context) {
        if (local.equals(prominent) || local.kind() != Place.Kind.CITY || local.population() >= SMALL_TOWN
                || capitals.contains(local) || local.country().equals(prominent.country())) {
            return false;
        }
        if (prominent.kind() == Place.Kind.COUNTRY || capitals.contains(prominent)) {
            return true;
        }
        boolean worldKnown = prominent.population() >= WORLD_CITY
                || top.kind() == Place.Kind.ADMIN1 && top.country().equals(prominent.country());
        return context.size() > 1 && worldKnown;
    }

    private static boolean sameName(Place p, String written) {
        return letters(p.name()).equals(letters(written));
    }

    /**
     * The place a name most likely means among {@code places} (by prominence, not empty): the first, except that
     * a division sharing its name with a town of the same country is read as the town (Jakarta, Beijing, Surabaya,
     * Pyongyang): news names the city.
     */
    public static Place preferred(List<Place> places) {
        Place first = places.get(0);
        if (first.kind() == Place.Kind.ADMIN1 || first.kind() == Place.Kind.ADMIN2) {
            for (Place p : places) {
                if (p.kind() == Place.Kind.CITY && p.country().equals(first.country())) {
                    return p;
                }
            }
        }
        return first;
    }

    /**
     * ACLED's geo-precision of an event located at {@code place}: 1 for a town, 2 for an Indonesian regency or
     * city (a second-level division, a part of a region), 3 for a first-level division or a whole country.
     */
    public static int acledPrecision(Place place) {
        return switch (place.kind()) {
            case CITY -> 1;
            case ADMIN2 -> 2;
            case ADMIN1, COUNTRY -> 3;
        };
    }

    /** {@code s} folded, its letters and digits only: {@code Sāmarrā’} is {@code samarra}. */
    private static String letters(String s) {
        String f = Fold.fold(s);
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A place and its main name in folded letters and digits only. */
    private record Spelling(String key, Place place) {
    }

    /**
     * A word of kind before or after a name.
     *
     * @param words      the folded words
     * @param kinds      the kinds of place it allows; {@code null} for any
     * @param indonesian whether it names an Indonesian village or sub-district, only ever an Indonesian town
     */
    private record Descriptor(String words, Set<Place.Kind> kinds, boolean indonesian) {
    }
}
