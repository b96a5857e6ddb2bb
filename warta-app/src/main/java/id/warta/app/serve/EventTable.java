package id.warta.app.serve;

import id.warta.events.Event;
import id.warta.store.SearchQuery;
import id.warta.store.WartaStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The story-level events of the whole store, in a few fields each, for {@code GET /timeline} without text, date,
 * entity, site or language filters (the timeline page's usual view). Reading every story-level event means
 * reading every stored article, so the table is built once and kept until the store changes (its article count
 * moves, or this server ingested something); a timeline with those filters asks the store itself.
 */
final class EventTable {

    /** One dated story-level event: its type and the countries of its place, actor and target (null if none). */
    record Row(String type, String place, String actor, String target, LocalDate date) {

        static Row of(Event e) {
            return new Row(e.type(), e.location() == null ? null : e.location().country(),
                    e.actor() == null ? null : e.actor().country(), e.target() == null ? null : e.target().country(),
                    e.date());
        }

        /** The store's own test ({@code WartaStore.events}): the type, and the country in any of the three. */
        boolean matches(String wantType, String wantCountry) {
            if (wantType != null && !wantType.equalsIgnoreCase(type)) {
                return false;
            }
            return wantCountry == null || wantCountry.equalsIgnoreCase(place) || wantCountry.equalsIgnoreCase(actor)
                    || wantCountry.equalsIgnoreCase(target);
        }
    }

    private final WartaStore store;
    private final AtomicLong generation = new AtomicLong();
    private List<Row> rows;
    private long builtAt = -1;
    private long builtGeneration = -1;

    EventTable(WartaStore store) {
        this.store = store;
    }

    /** Whether a timeline with these filters can be counted from the table. */
    static boolean covers(SearchQuery filter) {
        return filter.text() == null && filter.from() == null && filter.to() == null && filter.entity() == null
                && filter.site() == null && filter.language() == null;
    }

    /** The store changed through this server: the next request rebuilds the table. */
    void invalidate() {
        generation.incrementAndGet();
    }

    /** The dated story-level events of the whole store. */
    synchronized List<Row> rows() {
        long articles = store.stats().articles();
        long g = generation.get();
        if (rows != null && builtAt == articles && builtGeneration == g) {
            return rows;
        }
        List<Row> table = new ArrayList<>();
        store.events(SearchQuery.all(), e -> {
            if (e.event().date() != null) {
                table.add(Row.of(e.event()));
            }
        });
        rows = List.copyOf(table);
        builtAt = articles;
        builtGeneration = g;
        return rows;
    }
}
