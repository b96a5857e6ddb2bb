package id.warta.events;

import id.warta.geo.GazetteerGeocoder;
import id.warta.geo.Place;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Places found by the geocoder made event locations, with ACLED's precision of their kind. */
class EventLocationsTest {

    private static Place locate(String name, String... countries) {
        return GazetteerGeocoder.shared().locate(name, List.of(countries)).orElseThrow();
    }

    @Test
    void aTownIsPrecisionOneWithItsProvinceAndCoordinates() {
        EventLocation l = EventLocations.of(locate("Padang", "IDN"), EventLocation.Source.SENTENCE, 120, 126);
        assertThat(l).extracting(EventLocation::name, EventLocation::country, EventLocation::admin1,
                EventLocation::geonameId, EventLocation::precision, EventLocation::source, EventLocation::start,
                EventLocation::end).containsExactly("Padang", "IDN", "Sumatera Barat", 1633419L, 1,
                EventLocation.Source.SENTENCE, 120, 126);
        assertThat(l.latitude()).isBetween(-1.0, -0.9);
        assertThat(l.longitude()).isBetween(100.3, 100.4);
    }

    @Test
    void aRegencyIsTwoAProvinceOrCountryThree() {
        assertThat(EventLocations.of(locate("Kab. Bogor"), EventLocation.Source.DATELINE, -1, -1).precision())
                .isEqualTo(2);
        EventLocation province = EventLocations.of(locate("Jatim"), EventLocation.Source.SENTENCE, 0, 5);
        assertThat(province.precision()).isEqualTo(3);
        assertThat(province.admin1()).isEqualTo("Jawa Timur");
        EventLocation country = EventLocations.of(locate("Kazakhstan"), EventLocation.Source.COUNTRY, -1, -1);
        assertThat(country).extracting(EventLocation::country, EventLocation::admin1, EventLocation::precision)
                .containsExactly("KAZ", null, 3);
    }

    @Test
    void aMentionSpanIsBothOffsetsOrNeither() {
        Place p = locate("Jakarta");
        assertThatThrownBy(() -> EventLocations.of(p, EventLocation.Source.SENTENCE, 5, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventLocations.of(p, EventLocation.Source.SENTENCE, 9, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventLocations.of(null, EventLocation.Source.SENTENCE, 0, 1))
                .isInstanceOf(NullPointerException.class);
    }
}
