package id.warta.geo;

import java.util.Objects;

/**
 * A place of the gazetteer: a country, a first-level division (province, state), an Indonesian regency or city
 * (kabupaten, kota), or a populated place.
 *
 * @param geonameId  GeoNames id; 0 for the few Indonesian regencies GeoNames has no id for
 * @param name       the place's name: Indonesian for places in Indonesia ({@code Jawa Timur},
 *                   {@code Kabupaten Bogor}), GeoNames' English name elsewhere ({@code Moscow}, {@code Kazakhstan})
 * @param kind       what the place is
 * @param country    ISO 3166-1 alpha-3 code of the country it is or lies in ({@code RUS}; {@code XKX} for Kosovo)
 * @param admin1     name of the first-level division it lies in, its own name for a first-level division,
 *                   {@code null} for a country or when GeoNames does not say
 * @param latitude   WGS84 latitude of the place, or of its seat for an area (the capital of a country, the seat of
 *                   a province or regency, else its largest town); {@code NaN} when not known
 * @param longitude  WGS84 longitude, as {@code latitude}
 * @param population inhabitants as GeoNames gives them for countries and towns; 0 for divisions (not given)
 */
public record Place(long geonameId, String name, Kind kind, String country, String admin1, double latitude,
                    double longitude, long population) {

    /**
     * What a place is, in order of prominence: a name shared by a country and a town ({@code Georgia},
     * {@code Singapura}) most often means the country.
     */
    public enum Kind {
        /** A country or territory with an ISO 3166-1 code. */
        COUNTRY,
        /** A first-level division: province, state, region, oblast. */
        ADMIN1,
        /** A second-level division; only Indonesia's: kabupaten and kota. */
        ADMIN2,
        /** A populated place of at least 15,000 inhabitants, or a capital. */
        CITY;

        /** The kind in lower case, as {@link id.warta.ner.Entity#kind()} writes it: {@code country}, {@code admin1}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
    }
}
