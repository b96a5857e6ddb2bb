package id.warta.geo;

import java.util.List;
import java.util.Optional;

/** Resolves place names to gazetteer places. Implementations are thread-safe. */
public interface Geocoder {

    /**
     * The place {@code name} most likely means in an article about {@code countries}.
     *
     * @param name      a place name as written ({@code Padang}, {@code Tripoli}, {@code Jatim}, {@code Moskow})
     * @param countries ISO 3166-1 alpha-3 codes of the countries the article is about, most relevant first; they
     *                  decide between places of the same name ({@code Georgia} in an article about the USA is the
     *                  state); may be empty
     * @return the place, or empty when the gazetteer knows no place of that name
     */
    Optional<Place> locate(String name, List<String> countries);
}
