package id.warta.app.serve;

import id.warta.store.StoreStats;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The server's counters in Prometheus' text format (version 0.0.4): requests by route template and status, a
 * latency histogram by route, requests in flight and refused by the concurrency limit, the store's counts and the
 * JVM heap. Thread-safe and lock-free on the request path (adders per series).
 */
final class Metrics {

    /** Upper bounds of the latency buckets, in seconds: the API's goals (50 ms, 100 ms) fall on a bound. */
    private static final double[] BOUNDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final AtomicLong inFlight = new AtomicLong();
    private final LongAdder rejected = new LongAdder();

    /** One route's latency histogram: cumulative only when written out. */
    private static final class Histogram {
        final LongAdder[] buckets = new LongAdder[BOUNDS.length + 1];
        final LongAdder count = new LongAdder();
        final DoubleSum sum = new DoubleSum();

        Histogram() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void add(double seconds) {
            int i = 0;
            while (i < BOUNDS.length && seconds > BOUNDS[i]) {
                i++;
            }
            buckets[i].increment();
            count.increment();
            sum.add(seconds);
        }
    }

    /** A sum of doubles kept as nanoseconds, so that an adder serves. */
    private static final class DoubleSum {
        final LongAdder nanos = new LongAdder();

        void add(double seconds) {
            nanos.add(Math.round(seconds * 1e9));
        }

        double seconds() {
            return nanos.sum() / 1e9;
        }
    }

    void started() {
        inFlight.incrementAndGet();
    }

    void finished() {
        inFlight.decrementAndGet();
    }

    void rejected() {
        rejected.increment();
    }

    /** Counts one answered request under its route template ({@code /articles/{id}}, not the id). */
    void record(String route, int status, double seconds) {
        requests.computeIfAbsent(route + '\n' + status, k -> new LongAdder()).increment();
        latency.computeIfAbsent(route, k -> new Histogram()).add(seconds);
    }

    /** Everything, in the text format; {@code stats} null when the store could not be read. */
    String render(StoreStats stats) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# HELP warta_http_requests_total Requests answered, by route template and status.\n");
        out.append("# TYPE warta_http_requests_total counter\n");
        for (Map.Entry<String, LongAdder> e : new TreeMap<>(requests).entrySet()) {
            int cut = e.getKey().indexOf('\n');
            out.append("warta_http_requests_total{route=\"").append(label(e.getKey().substring(0, cut)))
                    .append("\",status=\"").append(e.getKey().substring(cut + 1)).append("\"} ")
                    .append(e.getValue().sum()).append('\n');
        }
        out.append("# HELP warta_http_request_duration_seconds Time to answer a request, by route template.\n");
        out.append("# TYPE warta_http_request_duration_seconds histogram\n");
        for (Map.Entry<String, Histogram> e : new TreeMap<>(latency).entrySet()) {
            String route = label(e.getKey());
            Histogram h = e.getValue();
            long cumulative = 0;
            for (int i = 0; i < h.buckets.length; i++) {
                cumulative += h.buckets[i].sum();
                String le = i < BOUNDS.length ? number(BOUNDS[i]) : "+Inf";
                out.append("warta_http_request_duration_seconds_bucket{route=\"").append(route).append("\",le=\"")
                        .append(le).append("\"} ").append(cumulative).append('\n');
            }
            out.append("warta_http_request_duration_seconds_sum{route=\"").append(route).append("\"} ")
                    .append(number(h.sum.seconds())).append('\n');
            out.append("warta_http_request_duration_seconds_count{route=\"").append(route).append("\"} ")
                    .append(h.count.sum()).append('\n');
        }
        gauge(out, "warta_http_requests_in_flight", "Requests being handled now.", inFlight.get());
        out.append("# HELP warta_http_requests_rejected_total Requests refused with 429 by the concurrency limit.\n");
        out.append("# TYPE warta_http_requests_rejected_total counter\n");
        out.append("warta_http_requests_rejected_total ").append(rejected.sum()).append('\n');
        if (stats != null) {
            gauge(out, "warta_store_articles", "Articles stored (near-duplicates included).", stats.articles());
            gauge(out, "warta_store_near_duplicates", "Stored articles linked to an original.",
                    stats.nearDuplicates());
            gauge(out, "warta_store_stories", "Distinct stories.", stats.stories());
            gauge(out, "warta_store_events", "Article-level events.", stats.events());
            gauge(out, "warta_store_errors", "Inputs kept as error records.", stats.errors());
            gauge(out, "warta_store_bytes", "Size of the index on disk.", stats.bytesOnDisk());
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        gauge(out, "warta_jvm_heap_used_bytes", "JVM heap in use.", heap.getUsed());
        gauge(out, "warta_jvm_heap_committed_bytes", "JVM heap committed.", heap.getCommitted());
        gauge(out, "warta_jvm_heap_max_bytes", "JVM heap limit (-Xmx).", heap.getMax());
        return out.toString();
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
        out.append(name).append(' ').append(value).append('\n');
    }

    /** A label value escaped as the format asks: backslash, quote and newline. */
    private static String label(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
