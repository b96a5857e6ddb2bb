package id.warta.app.serve;

import id.warta.ner.Entity;
import id.warta.store.SearchQuery;
import id.warta.store.StoredArticle;
import id.warta.store.WartaStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The entities of a store with the number of articles naming each, for {@code GET /entities}. The store's entity
 * facet gives only the top few names without their type or country, so the table is built by reading every
 * article once and kept until the store changes (its article count moves, or the server ingested something):
 * the first request after a change pays a full read of the store.
 */
final class EntityCounts {

    /** One entity: its name as first seen, type, country, and how many articles name it. */
    record Row(String name, String type, String country, long count) {
    }

    private final WartaStore store;
    private List<Row> rows;
    private long builtAt = -1;
    private long builtGeneration = -1;
    private final AtomicLong generation = new AtomicLong();

    EntityCounts(WartaStore store) {
        this.store = store;
    }

    /** The store changed through this server: the next request rebuilds the table. */
    void invalidate() {
        generation.incrementAndGet();
    }

    /** The {@code limit} entities named by most articles, those whose name contains {@code q} when given. */
    List<Row> top(String q, int limit) {
        List<Row> all = table();
        String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
        List<Row> out = new ArrayList<>();
        for (Row r : all) {
            if (needle == null || r.name().toLowerCase(Locale.ROOT).contains(needle)) {
                out.add(r);
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return out;
    }

    private synchronized List<Row> table() {
        long articles = store.stats().articles();
        long g = generation.get();
        if (rows != null && builtAt == articles && builtGeneration == g) {
            return rows;
        }
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Row> first = new HashMap<>();
        store.articles(SearchQuery.all(), (StoredArticle a) -> {
            Set<String> seen = new HashSet<>();
            for (Entity e : a.analysis().entities()) {
                String type = e.type().name().toLowerCase(Locale.ROOT);
                String key = type + '\n' + e.text().toLowerCase(Locale.ROOT);
                if (seen.add(key)) {
                    counts.computeIfAbsent(key, k -> new long[1])[0]++;
                    first.putIfAbsent(key, new Row(e.text(), type, e.country(), 0));
                }
            }
        });
        List<Row> table = new ArrayList<>(counts.size());
        for (Map.Entry<String, long[]> c : counts.entrySet()) {
            Row r = first.get(c.getKey());
            table.add(new Row(r.name(), r.type(), r.country(), c.getValue()[0]));
        }
        table.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                : a.name().compareTo(b.name()));
        rows = List.copyOf(table);
        builtAt = articles;
        builtGeneration = g;
        return rows;
    }
}
