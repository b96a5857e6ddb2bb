package id.warta.events;

import id.warta.geo.Geocoder;
import id.warta.geo.Place;
import id.warta.internal.Fold;
import id.warta.ner.Entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the coder knows of one article beyond a sentence: the countries it is about, what titles say of its
 * persons, its dateline's place, and the places already geocoded. Confined to the call coding that article.
 */
final class ArticleContext {

    /** A place after a preposition of place says more of what the article is about than any other mention. */
    private static final int LOCATIVE_WEIGHT = 3;
    /** The dateline names where the story was filed: the article's first country. */
    private static final int DATELINE_WEIGHT = 5;
    /** A dateline's place has at most this many words; longer parts are site names or sentences. */
    private static final int MAX_DATELINE_WORDS = 4;

    private static final String INDONESIAN = "id";
    private static final String INDONESIA = "IDN";

    private final Geocoder geocoder;
    private final String dateline;
    private final String language;
    final Map<Integer, ParticipantReader.PersonFacts> persons = new HashMap<>();
    private final Map<String, Optional<Place>> geocoded = new HashMap<>();
    /** Countries the article is about, most relevant first. */
    private List<String> countries = List.of();
    /** For each country the article names as a place, the name it is written with ({@code Kazakhstan}). */
    private final Map<String, String> countryNames = new HashMap<>();
    private EventLocation datelinePlace;
    private final Map<String, EventLocation> countryPlaces = new HashMap<>();

    ArticleContext(Geocoder geocoder, String dateline, String language) {
        this.geocoder = geocoder;
        this.dateline = dateline;
        this.language = language;
    }

    /** The countries the article is about, most relevant first: the geocoder's context. */
    List<String> countries() {
        return countries;
    }

    /** The country the article is mostly about, or null when it names none. */
    String mainCountry() {
        return countries.isEmpty() ? null : countries.get(0);
    }

    /**
     * The country of actors the text places nowhere else (the police, the government, a union): the article's
     * main country, else its dateline's; an Indonesian article that names no country is about Indonesia.
     */
    String homeCountry() {
        String main = mainCountry();
        if (main != null) {
            return main;
        }
        return INDONESIAN.equals(TriggerLexicon.primary(language)) ? INDONESIA : null;
    }

    /**
     * The home country of an actor facing one of {@code other}: the most relevant country of the article that is
     * not {@code other}, else Indonesia for an Indonesian article, else null. The two sides of a meeting are from
     * two countries: {@code Presiden Joko Widodo bertemu Perdana Menteri Malaysia} in an article naming only
     * Malaysia.
     */
    String homeCountryExcept(String other) {
        for (String c : countries) {
            if (!c.equals(other)) {
                return c;
            }
        }
        return INDONESIAN.equals(TriggerLexicon.primary(language)) && !INDONESIA.equals(other) ? INDONESIA : null;
    }

    /**
     * Ranks the countries of the article from its participants: a place named after a preposition of place
     * counts {@value #LOCATIVE_WEIGHT}, any other mention with a country 1, the dateline's country
     * {@value #DATELINE_WEIGHT}; ties go to the country named first.
     */
    void rankCountries(List<List<Participant>> sentences) {
        Map<String, Integer> score = new LinkedHashMap<>();
        datelinePlace = readDateline();
        if (datelinePlace != null) {
            score.merge(datelinePlace.country(), DATELINE_WEIGHT, Integer::sum);
        }
        for (List<Participant> participants : sentences) {
            for (Participant p : participants) {
                for (Participant single : p.singles()) {
                    if (single.country() == null || !single.countryExplicit()) {
                        continue;
                    }
                    boolean place = single.isPlace();
                    score.merge(single.country(), place && p.locative() ? LOCATIVE_WEIGHT : 1, Integer::sum);
                    if (place && "country".equals(single.entity().kind())) {
                        countryNames.putIfAbsent(single.country(), single.entity().text());
                    }
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(score.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
        List<String> out = new ArrayList<>(ranked.size());
        for (Map.Entry<String, Integer> e : ranked) {
            out.add(e.getKey());
        }
        countries = List.copyOf(out);
    }

    /** The place a participant names, resolved against the gazetteer with the article's countries; or null. */
    EventLocation place(Participant p) {
        Entity e = p.entity();
        if (e == null) {
            return null;
        }
        Optional<Place> place = locate(e.text());
        if (place.isEmpty() && !e.text().equals(p.name())) {
            place = locate(p.name());
        }
        if (place.isPresent()) {
            return EventLocations.of(place.get(), EventLocation.Source.SENTENCE, p.start(), p.end());
        }
        if (e.country() == null) {
            return null;
        }
        // the gazetteer does not know it but the entity stage placed it in a country: keep the name, no point
        return new EventLocation(e.text(), e.country(), null, Double.NaN, Double.NaN, 0, precision(e.kind()),
                EventLocation.Source.SENTENCE, p.start(), p.end());
    }

    /** Where an event with no place in its sentence happened: the dateline's place, else the main country. */
    EventLocation fallback() {
        if (datelinePlace != null) {
            return datelinePlace;
        }
        String main = mainCountry();
        return main == null ? null : country(main);
    }

    /** The whole country {@code iso3} as a location, named as the article names it. */
    EventLocation country(String iso3) {
        return countryPlaces.computeIfAbsent(iso3, code -> {
            String name = countryNames.get(code);
            Optional<Place> place = name == null ? Optional.empty() : locate(name);
            if (place.isPresent() && place.get().country().equals(code)) {
                return EventLocations.of(place.get(), EventLocation.Source.COUNTRY, -1, -1);
            }
            return new EventLocation(name == null ? code : name, code, null, Double.NaN, Double.NaN, 0, 3,
                    EventLocation.Source.COUNTRY, -1, -1);
        });
    }

    private Optional<Place> locate(String name) {
        return geocoded.computeIfAbsent(Fold.fold(name), n -> geocoder.locate(name, countries));
    }

    /**
     * The dateline's place: the first comma- or bracket-separated part that is a short name, not a site
     * ({@code JAKARTA, KOMPAS.com}, {@code TEMPO.CO, Jakarta}, {@code WASHINGTON (Reuters)}), that the gazetteer
     * knows.
     */
    private EventLocation readDateline() {
        if (dateline == null) {
            return null;
        }
        for (String part : dateline.split("[,()\\u2013\\u2014]|\\s-\\s")) {
            String name = part.strip();
            if (name.isEmpty() || name.indexOf('.') >= 0 || name.split("\\s+").length > MAX_DATELINE_WORDS
                    || !name.codePoints().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '\'')) {
                continue;
            }
            Optional<Place> place = locate(titleCase(name));
            if (place.isPresent()) {
                return EventLocations.of(place.get(), EventLocation.Source.DATELINE, -1, -1);
            }
        }
        return null;
    }

    /** {@code BANDA ACEH} as {@code Banda Aceh}; other spellings unchanged. */
    private static String titleCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return sb.toString();
    }

    /** The precision of an entity's kind label ({@code city}, {@code admin2}...); 2 when not known. */
    private static int precision(String kind) {
        if (kind == null) {
            return 2;
        }
        return switch (kind) {
            case "city" -> 1;
            case "admin1", "country" -> 3;
            default -> 2;
        };
    }
}
