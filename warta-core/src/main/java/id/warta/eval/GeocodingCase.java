package id.warta.eval;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One place name to geocode and the place it means.
 *
 * @param id         the case's id in its dataset (a PLOVER record id, or the line of a golden file)
 * @param name       the place name as written
 * @param countries  ISO 3166-1 alpha-3 codes of the article's countries, most relevant first: the geocoder's
 *                   context
 * @param geonameIds the GeoNames ids of the place the name means (any of them is exact); empty when the gold gives
 *                   none, and exactness falls back to the place's name and country
 * @param country    ISO 3166-1 alpha-3 code of the gold place's country; {@code null} when the name should
 *                   resolve to no place at all
 * @param note       how the gold was read, for error listings; may be empty
 */
public record GeocodingCase(String id, String name, List<String> countries, Set<Long> geonameIds, String country,
                            String note) {

    public GeocodingCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        countries = List.copyOf(countries);
        geonameIds = Set.copyOf(geonameIds);
        Objects.requireNonNull(note, "note");
        if (country == null && !geonameIds.isEmpty()) {
            throw new IllegalArgumentException("a case expecting no place has no GeoNames id: " + id);
        }
    }

    /** Whether the name should resolve to no place. */
    public boolean expectsNothing() {
        return country == null;
    }
}
