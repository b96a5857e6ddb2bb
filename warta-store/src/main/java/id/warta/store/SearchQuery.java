package id.warta.store;

import java.time.LocalDate;

/**
 * A search, or the filter of an export: free text plus filters, every part optional. Immutable; build one with
 * {@link #all()} or {@link #of(String)} and the {@code with...} methods.
 *
 * @param text     the query in Lucene's classic syntax ({@code kerusuhan AND Almaty}, {@code "unjuk rasa"}), matched
 *                 against title and text with the analysis of the article's language; null or blank matches all
 * @param from     first publication day included, or null
 * @param to       last publication day included, or null
 * @param country  ISO 3166 alpha-3 code of an event's actor, target or place, or of a place named: {@code KAZ}
 * @param type     PLOVER event type of one of the article's events: {@code AID}
 * @param entity   an entity named in the article (its linked name, case-insensitive): {@code Kassym-Jomart Tokayev}
 * @param site     the site that published it: {@code intisari.grid.id}
 * @param language the article's language: {@code id}, {@code en}
 * @param offset   hits to skip (paging)
 * @param limit    hits to return (default 10)
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String country, String type, String entity,
                          String site, String language, int offset, int limit) {

    public SearchQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** Everything, ten hits a page. */
    public static SearchQuery all() {
        return new SearchQuery(null, null, null, null, null, null, null, null, 0, 10);
    }

    /** Free text, ten hits a page. */
    public static SearchQuery of(String text) {
        return all().withText(text);
    }

    public SearchQuery withText(String value) {
        return new SearchQuery(value, from, to, country, type, entity, site, language, offset, limit);
    }

    public SearchQuery withFrom(LocalDate value) {
        return new SearchQuery(text, value, to, country, type, entity, site, language, offset, limit);
    }

    public SearchQuery withTo(LocalDate value) {
        return new SearchQuery(text, from, value, country, type, entity, site, language, offset, limit);
    }

    public SearchQuery withCountry(String value) {
        return new SearchQuery(text, from, to, value, type, entity, site, language, offset, limit);
    }

    public SearchQuery withType(String value) {
        return new SearchQuery(text, from, to, country, value, entity, site, language, offset, limit);
    }

    public SearchQuery withEntity(String value) {
        return new SearchQuery(text, from, to, country, type, value, site, language, offset, limit);
    }

    public SearchQuery withSite(String value) {
        return new SearchQuery(text, from, to, country, type, entity, value, language, offset, limit);
    }

    public SearchQuery withLanguage(String value) {
        return new SearchQuery(text, from, to, country, type, entity, site, value, offset, limit);
    }

    public SearchQuery withOffset(int value) {
        return new SearchQuery(text, from, to, country, type, entity, site, language, value, limit);
    }

    public SearchQuery withLimit(int value) {
        return new SearchQuery(text, from, to, country, type, entity, site, language, offset, value);
    }
}
