package id.warta.events;

import id.warta.geo.GazetteerGeocoder;
import id.warta.geo.Place;

import java.util.Objects;

/** Makes an event's {@link EventLocation} from the gazetteer {@link Place} a geocoder found. */
public final class EventLocations {

    private EventLocations() {
    }

    /**
     * The location of an event at {@code place}, with ACLED's geo-precision of the place's kind
     * ({@link GazetteerGeocoder#acledPrecision}).
     *
     * @param source where the place was read
     * @param start  offset of the place's mention in the article text, -1 when not read from the sentence
     * @param end    offset after it, -1 when not read from the sentence
     */
    public static EventLocation of(Place place, EventLocation.Source source, int start, int end) {
        Objects.requireNonNull(place, "place");
        if (start < -1 || end < -1 || (start < 0) != (end < 0) || end < start) {
            throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
        }
        String admin1 = place.kind() == Place.Kind.COUNTRY ? null : place.admin1();
        return new EventLocation(place.name(), place.country(), admin1, place.latitude(), place.longitude(),
                place.geonameId(), GazetteerGeocoder.acledPrecision(place), source, start, end);
    }
}
