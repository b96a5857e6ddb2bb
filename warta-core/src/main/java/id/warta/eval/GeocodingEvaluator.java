package id.warta.eval;

import id.warta.geo.Gazetteer;
import id.warta.geo.Geocoder;
import id.warta.geo.Place;
import id.warta.internal.Fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores a {@link Geocoder} on {@link GeocodingCase}s: the share of names put in the right country and the share
 * resolved to exactly the right place, the two figures Mordecai and CLIFF report.
 */
public final class GeocodingEvaluator {

    private GeocodingEvaluator() {
    }

    /**
     * Geocodes every case's name with its countries as context and compares the place found with the gold.
     *
     * @param gazetteer the gazetteer whose names decide exactness where the gold gives no GeoNames id
     */
    public static GeocodingScore evaluate(List<GeocodingCase> cases, Geocoder geocoder, Gazetteer gazetteer) {
        List<GeocodingScore.Outcome> outcomes = new ArrayList<>(cases.size());
        for (GeocodingCase c : cases) {
            Place found = geocoder.locate(c.name(), c.countries()).orElse(null);
            outcomes.add(outcome(c, found, gazetteer));
        }
        return new GeocodingScore(outcomes);
    }

    static GeocodingScore.Outcome outcome(GeocodingCase c, Place found, Gazetteer gazetteer) {
        if (c.expectsNothing()) {
            return new GeocodingScore.Outcome(c, found, found == null, found == null, found == null);
        }
        boolean country = found != null && found.country().equals(c.country());
        boolean exact;
        if (found == null) {
            exact = false;
        } else if (!c.geonameIds().isEmpty()) {
            exact = c.geonameIds().contains(found.geonameId());
        } else {
            exact = country && (letters(found.name()).equals(letters(c.name()))
                    || gazetteer.lookup(c.name()).contains(found));
        }
        boolean fallback = found == null
                ? !c.countries().isEmpty() && firstCountry(c.countries(), gazetteer).filter(c.country()::equals)
                .isPresent()
                : country;
        return new GeocodingScore.Outcome(c, found, country, exact, fallback);
    }

    /** The first of {@code countries} that is a country of the gazetteer ({@code IGO} is not). */
    private static Optional<String> firstCountry(List<String> countries, Gazetteer gazetteer) {
        return countries.stream().filter(code -> gazetteer.country(code).isPresent()).findFirst();
    }

    private static String letters(String s) {
        String f = Fold.fold(s);
        StringBuilder sb = new StringBuilder(f.length());
        f.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
