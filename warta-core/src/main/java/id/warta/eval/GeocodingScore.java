package id.warta.eval;

import id.warta.geo.Place;

import java.util.List;
import java.util.Objects;

/**
 * How a geocoder fared on a set of {@link GeocodingCase}s.
 *
 * @param outcomes one per case, in the cases' order
 */
public record GeocodingScore(List<Outcome> outcomes) {

    /**
     * The geocoder's answer for one case.
     *
     * @param gold            the case
     * @param found           the place found, or {@code null} for none
     * @param countryCorrect  whether the place found lies in the gold country (for a case expecting nothing:
     *                        whether nothing was found)
     * @param exact           whether the place found is the gold place: one of its GeoNames ids, or, when the gold
     *                        gives none, a place of the gold country that the gold name names (its own name, or a
     *                        name the gazetteer lists it under); for a case expecting nothing, whether nothing was
     *                        found
     * @param countryFallback whether the gold country is right once a name without a place falls back to the first
     *                        context country, as an event without a known place falls back to the article's country
     */
    public record Outcome(GeocodingCase gold, Place found, boolean countryCorrect, boolean exact,
                          boolean countryFallback) {

        public Outcome {
            Objects.requireNonNull(gold, "gold");
        }
    }

    public GeocodingScore {
        outcomes = List.copyOf(outcomes);
    }

    /** Number of cases. */
    public int cases() {
        return outcomes.size();
    }

    /** Cases where the geocoder found a place. */
    public int located() {
        return (int) outcomes.stream().filter(o -> o.found() != null).count();
    }

    /** Cases with the country right. */
    public int countryCorrect() {
        return (int) outcomes.stream().filter(Outcome::countryCorrect).count();
    }

    /** Cases with the place exactly right. */
    public int exact() {
        return (int) outcomes.stream().filter(Outcome::exact).count();
    }

    /** Cases with the country right once unknown names fall back to the first context country. */
    public int countryWithFallback() {
        return (int) outcomes.stream().filter(Outcome::countryFallback).count();
    }

    /** Share of cases with the country right; 0 without cases. */
    public double countryRate() {
        return rate(countryCorrect());
    }

    /** Share of cases with the place exactly right; 0 without cases. */
    public double exactRate() {
        return rate(exact());
    }

    /** Share of cases with the country right once unknown names fall back to the first context country. */
    public double countryRateWithFallback() {
        return rate(countryWithFallback());
    }

    private double rate(int n) {
        return outcomes.isEmpty() ? 0 : (double) n / outcomes.size();
    }
}
