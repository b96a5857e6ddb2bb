package id.warta.events;

import java.util.Objects;

/**
 * Where an event happened, resolved against the gazetteer.
 *
 * @param name       the place as the gazetteer names it
 * @param country    ISO 3166-1 alpha-3 code
 * @param admin1     the first-level division (province, state), or null for a country
 * @param latitude   WGS84 latitude, NaN when unknown
 * @param longitude  WGS84 longitude, NaN when unknown
 * @param geonameId  the GeoNames id, 0 when the place has none
 * @param precision  ACLED's geo-precision: 1 the town itself, 2 a part or surroundings of a region (admin2, a
 *                   district), 3 a province or only the country
 * @param source     where the place was read: the event's sentence, the article's dateline, or the article's
 *                   main country
 * @param start      offset of the place's mention in the article text, -1 when not from the sentence
 * @param end        offset after it, -1 when not from the sentence
 */
public record EventLocation(String name, String country, String admin1, double latitude, double longitude,
                            long geonameId, int precision, Source source, int start, int end) {

    /** Where a location was read. */
    public enum Source { SENTENCE, DATELINE, COUNTRY }

    public EventLocation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (precision < 1 || precision > 3) {
            throw new IllegalArgumentException("ACLED geo-precision is 1, 2 or 3: " + precision);
        }
    }
}
