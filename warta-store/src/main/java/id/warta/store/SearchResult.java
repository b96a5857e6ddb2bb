package id.warta.store;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search.
 *
 * @param total  articles matching (all pages)
 * @param hits   the requested page, best first
 * @param facets counts over all matching articles, per facet: {@code country}, {@code type}, {@code entity},
 *               {@code site}, {@code language}, {@code day}; each list by count, highest first
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    /** The facets, in the order the map lists them. */
    public static final List<String> FACETS = List.of("country", "type", "entity", "site", "language", "day");

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** One value of a facet and how many matching articles have it. */
    public record FacetCount(String value, long count) {
    }
}
