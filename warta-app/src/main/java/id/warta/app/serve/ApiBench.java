package id.warta.app.serve;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.store.IngestResult;
import id.warta.store.SearchQuery;
import id.warta.store.SearchResult;
import id.warta.store.StoreOptions;
import id.warta.store.WartaStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code warta bench api}: the API under load on loopback, with a Java load generator (one HTTP/1.1 client, a
 * bounded number of requests). {@code /search} with facets from N concurrent clients over a fixed mix of queries
 * built from the store's own facet values; {@code /analyze} of a 5 KB article from one client; errors (any answer
 * but 200) and the server's heap (sampled from {@code /metrics}); first, the time of one request to each of the
 * routes that read the whole store ({@code /timeline}, {@code /entities}, {@code /events}), the first of which
 * waits for the tables the server builds at start.
 *
 * <p>A store of 100,000 analysed articles takes hours to build on a small shared machine. {@code --fill-to} makes
 * one of that size from fewer: each copy of a source article gets a new URL, one of a few invented sites, a
 * publication day shifted by up to a year and a numbered sentence after its text (so that its text hash differs
 * and it is stored, as a near-duplicate of its source, with the same entities and events at the same offsets).
 * The index then has the size and the facet values of a real one; its stories are larger than real ones. Against a
 * server started here over a store opened read-only, or a running one ({@code --url}); before the measured searches,
 * unmeasured load until the server's JIT compiler settles. Not a test: it reports, it does not judge.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = {"Loads the HTTP API on loopback and reports latency percentiles: /search with facets from "
                + "--clients concurrent clients, /analyze of a 5 KB article from one client, the error count and "
                + "the server's heap. Starts a server over --data (read-only), or loads a running one (--url)."})
public final class ApiBench implements Callable<Integer> {

    /** Common words of Indonesian and English news, for the free-text part of the mix. */
    private static final List<String> WORDS = List.of("pemerintah", "presiden", "polisi", "banjir", "warga",
            "harga", "ekonomi", "pemilu", "korupsi", "gempa", "demo", "jakarta", "menteri", "rakyat", "sekolah",
            "kesehatan", "investasi", "bantuan", "indonesia", "kebijakan", "government", "police", "protest",
            "election", "minister");

    @Option(names = "--data", paramLabel = "DIR", description = "The store to serve (opened read-only).")
    Path data;

    @Option(names = "--url", paramLabel = "URL", description = "A running server to load instead "
            + "(http://127.0.0.1:8080); loopback only.")
    String url;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent /search clients (default: "
            + "${DEFAULT-VALUE}).")
    int clients = 16;

    @Option(names = "--searches", paramLabel = "N", description = "Measured /search requests (default: "
            + "${DEFAULT-VALUE}).")
    int searches = 4_000;

    @Option(names = "--analyses", paramLabel = "N", description = "Measured /analyze requests (default: "
            + "${DEFAULT-VALUE}).")
    int analyses = 500;

    @Option(names = "--warmup-seconds", paramLabel = "N", description = "Most seconds of unmeasured /search load from "
            + "the clients first (default: ${DEFAULT-VALUE}); with the server in this JVM it stops earlier, once the "
            + "JIT compiler has settled (under 2% of the time compiling over 5 s): until then a server compiles "
            + "for minutes, and the run would measure the compiler, not the server.")
    int warmupSeconds = 180;

    @Option(names = "--warmup", paramLabel = "N", description = "Unmeasured /analyze requests first (default: "
            + "${DEFAULT-VALUE}).")
    int warmup = 100;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the query mix (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--fill-to", paramLabel = "N", description = "First fill --data up to N articles with copies "
            + "of the articles of --fill-from (see the class comment): a store of this size without analysing as "
            + "many articles.")
    int fillTo;

    @Option(names = "--fill-from", paramLabel = "DIR", description = "A store of analysed articles to copy from "
            + "(read-only).")
    Path fillFrom;

    @Option(names = "--fill-only", description = "Fill, then stop without loading the server.")
    boolean fillOnly;

    @Option(names = "--mix-out", paramLabel = "FILE", description = "Write the /search query mix to FILE, one path "
            + "a line, and stop: the load of an external generator, e.g. wrk with bench/wrk-mix.lua (a client "
            + "that costs little CPU leaves more of a small machine to the server).")
    Path mixOut;

    @Spec
    CommandSpec spec;

    /** Highest heap use /metrics reported during the run. */
    private final AtomicLong peakHeap = new AtomicLong();

    @Override
    public Integer call() throws Exception {
        if ((data == null) == (url == null)) {
            throw new ParameterException(spec.commandLine(), "give either --data DIR or --url URL");
        }
        if (clients < 1 || searches < 1 || analyses < 1 || warmup < 0 || warmupSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--clients, --searches and --analyses must be "
                    + "positive, --warmup and --warmup-seconds not negative");
        }
        if (fillTo > 0) {
            if (fillFrom == null || data == null) {
                throw new ParameterException(spec.commandLine(), "--fill-to needs --fill-from and --data");
            }
            fill();
            if (fillOnly) {
                return 0;
            }
        }
        if (url != null) {
            URI base = URI.create(url);
            if (!java.net.InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
                throw new ParameterException(spec.commandLine(), "--url must be a loopback address: " + url);
            }
            return run(url.replaceAll("/+$", ""), null);
        }
        try (WartaStore store = WartaStore.open(data, StoreOptions.DEFAULTS.withReadOnly(true))) {
            Warta warta = Warta.with(WartaOptions.defaults());
            warta.analyzer();
            try (WartaServer server = WartaServer.start(warta, store, ServerOptions.DEFAULTS.withPort(0)
                    .withMaxConcurrentRequests(Math.max(64, clients * 2)))) {
                return run("http://127.0.0.1:" + server.port(), store);
            }
        }
    }

    /** Copies articles of --fill-from into --data until it holds --fill-to articles. */
    private void fill() {
        List<String> sites = List.of("Kabar Nusantara", "Warta Kota Daring", "Borneo Pos", "Jatim Terkini",
                "Suara Sumatra", "Celebes Today", "Bali Pagi", "Papua Sepekan", "South Asia Ledger", "Metro Harian");
        Random random = new Random(seed);
        long t0 = System.nanoTime();
        try (WartaStore source = WartaStore.open(fillFrom, StoreOptions.DEFAULTS.withReadOnly(true));
             WartaStore target = WartaStore.open(data)) {
            long have = target.stats().articles();
            List<Analysis> originals = new ArrayList<>();
            source.articles(SearchQuery.all(), a -> originals.add(a.analysis()));
            if (originals.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--fill-from holds no article: " + fillFrom);
            }
            System.out.printf(Locale.ROOT, "filling %s from %d articles to %d (it holds %d)%n", data,
                    originals.size(), fillTo, have);
            for (long n = 0; have < fillTo; n++) {
                Analysis a = originals.get((int) (n % originals.size()));
                String site = sites.get(random.nextInt(sites.size()));
                IngestResult r = target.ingest(copy(a, n, site, random.nextInt(366)));
                if (r.outcome() == IngestResult.Outcome.NEW || r.outcome() == IngestResult.Outcome.NEAR_DUPLICATE) {
                    have++;
                }
            }
            target.commit();
        }
        System.out.printf(Locale.ROOT, "filled in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** A copy of an analysed article under a new URL, site and day, with a numbered sentence after its text. */
    private static Analysis copy(Analysis a, long n, String site, int days) {
        Article o = a.article();
        String slug = site.toLowerCase(Locale.ROOT).replace(' ', '-');
        String url = "https://" + slug + ".example/berita/" + n;
        Article c = new Article(url, o.status(), o.error(), o.errorCode(), o.format(), o.charset(), url, site,
                o.language(), o.title(), o.authors(), o.published() == null ? null : o.published().minusDays(days),
                o.modified(), o.dateline(), o.image(), o.captions(), o.text() + "\n\n(" + site + ", laporan " + n
                + ")", o.paragraphs(), o.related());
        return new Analysis(c, a.language(), a.analysedLength(), a.entities(), a.quantities(), a.times(),
                a.quotes(), a.captions(), a.events());
    }

    private int run(String base, WartaStore store) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String health = get(client, base + "/health").body();
        System.out.printf(Locale.ROOT, "server %s, store %s, heap limit of the %s JVM %d MB%n", base, health,
                store == null ? "client's" : "server's and client's", Runtime.getRuntime().maxMemory() >> 20);
        List<String> mix = mix(store, client, base);
        if (mixOut != null) {
            Files.write(mixOut, mix, StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "query mix: %d paths written to %s%n", mix.size(), mixOut);
            return 0;
        }
        System.out.printf(Locale.ROOT, "query mix: %d searches with filters and facets (size 10), e.g. %s%n",
                mix.size(), mix.get(0));

        // the whole-store views first: the server builds their tables at start, and the load must not share the
        // machine with that build
        for (String route : List.of("/entities?limit=50", "/timeline", "/entities?limit=50&q=jakarta",
                "/timeline?interval=week&by=country", "/timeline?type=PROTEST&lang=id",
                "/events?format=jsonl&type=PROTEST")) {
            long start = System.nanoTime();
            HttpResponse<String> r = get(client, base + route);
            System.out.printf(Locale.ROOT, "one request %s: %d in %.0f ms, %d bytes%n", route, r.statusCode(),
                    (System.nanoTime() - start) / 1e6, r.body().length());
        }
        sampleHeap(client, base);
        warmUp(client, base, mix, store != null);
        long compiledBefore = compiled();
        long[] search = new long[searches];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger searchErrors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < searches; ) {
                    long start = System.nanoTime();
                    int status = get(client, base + mix.get(i % mix.size())).statusCode();
                    search[i] = System.nanoTime() - start;
                    if (status != 200) {
                        searchErrors.incrementAndGet();
                    }
                    if (i % 500 == 0) {
                        sampleHeap(client, base);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double searchSeconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        sampleHeap(client, base);
        report("/search", clients, search, searchSeconds, searchErrors.get(), 100);
        if (store != null) {
            System.out.printf(Locale.ROOT, "JIT compiling during the measured /search run: %d ms%n",
                    compiled() - compiledBefore);
        }
        if (store != null) {
            storeAlone(store, mix);
        }

        byte[] article = resource("id/warta/app/serve/bench-article.html");
        for (int i = 0; i < warmup; i++) {
            post(client, base + "/analyze", article);
        }
        long[] analyze = new long[analyses];
        int analyzeErrors = 0;
        t0 = System.nanoTime();
        for (int i = 0; i < analyses; i++) {
            long start = System.nanoTime();
            int status = post(client, base + "/analyze", article).statusCode();
            analyze[i] = System.nanoTime() - start;
            analyzeErrors += status == 200 ? 0 : 1;
            if (i % 100 == 0) {
                sampleHeap(client, base);
            }
        }
        double analyzeSeconds = (System.nanoTime() - t0) / 1e9;
        sampleHeap(client, base);
        System.out.printf(Locale.ROOT, "/analyze body: %d bytes of HTML%n", article.length);
        report("/analyze", 1, analyze, analyzeSeconds, analyzeErrors, 50);
        sampleHeap(client, base);
        System.out.printf(Locale.ROOT, "server heap: highest in use seen %d MB (goal <= 1024 MB); errors in all: %d"
                + "%n", peakHeap.get() >> 20, searchErrors.get() + analyzeErrors);
        return 0;
    }

    /** Milliseconds this JVM's JIT compilers have spent compiling, or 0 when it does not say. */
    private static long compiled() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /**
     * Unmeasured /search load from the clients over the mix for at most --warmup-seconds; with the server in this
     * JVM, it stops once the JIT compiler spent under 2% of a 5-second window compiling (after 10 s at least).
     */
    private void warmUp(HttpClient client, String base, List<String> mix, boolean inProcess) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (!stop.get()) {
                    get(client, base + mix.get(Math.floorMod(next.getAndIncrement(), mix.size())));
                }
                return null;
            }));
        }
        long window = 5_000;
        long start = System.nanoTime();
        long compiled = compiled();
        double share = Double.NaN;
        long elapsed;
        while ((elapsed = (System.nanoTime() - start) / 1_000_000) < warmupSeconds * 1_000L) {
            Thread.sleep(Math.min(window, warmupSeconds * 1_000L - elapsed));
            long now = compiled();
            share = (now - compiled) / (double) window;
            compiled = now;
            if (inProcess && share < 0.02 && elapsed + window >= 10_000) {
                break;
            }
        }
        stop.set(true);
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "warm-up: %d /search requests in %.0f s%s%n", next.get(),
                (System.nanoTime() - start) / 1e9, inProcess ? String.format(Locale.ROOT,
                        "; JIT compiling %.1f%% of its last 5 s", 100 * share) : "");
    }

    /** The same searches straight on the store from as many threads: what the HTTP layer adds is the difference. */
    private void storeAlone(WartaStore store, List<String> mix) throws Exception {
        long[] nanos = new long[searches];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < searches; ) {
                    SearchQuery q = query(mix.get(i % mix.size()));
                    long start = System.nanoTime();
                    store.search(q);
                    nanos[i] = System.nanoTime() - start;
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        report("store.search alone (no HTTP)", clients, nanos, (System.nanoTime() - t0) / 1e9, 0, 100);
    }

    /** The store query of a path of the mix. */
    private static SearchQuery query(String path) {
        SearchQuery q = SearchQuery.all();
        int page = 1;
        for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
            String name = pair.substring(0, pair.indexOf('='));
            String value = java.net.URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8);
            switch (name) {
                case "q" -> q = q.withText(value);
                case "lang" -> q = q.withLanguage(value);
                case "type" -> q = q.withType(value);
                case "country" -> q = q.withCountry(value);
                case "entity" -> q = q.withEntity(value);
                case "site" -> q = q.withSite(value);
                case "from" -> q = q.withFrom(LocalDate.parse(value));
                case "to" -> q = q.withTo(LocalDate.parse(value));
                case "page" -> page = Integer.parseInt(value);
                default -> { }
            }
        }
        return q.withOffset((page - 1) * 10).withLimit(10);
    }

    /**
     * The searches: free text alone and with filters, filters alone, and deeper pages, using the facet values the
     * store itself reports (its countries, types, entities, sites, languages and days), so every filter matches.
     */
    private List<String> mix(WartaStore store, HttpClient client, String base) throws IOException {
        List<String> countries = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        List<String> days = new ArrayList<>();
        if (store != null) {
            SearchResult all = store.search(SearchQuery.all().withLimit(0));
            all.facets().get("country").forEach(f -> countries.add(f.value()));
            all.facets().get("type").forEach(f -> types.add(f.value()));
            all.facets().get("entity").forEach(f -> entities.add(f.value()));
            all.facets().get("site").forEach(f -> sites.add(f.value()));
            all.facets().get("language").forEach(f -> languages.add(f.value()));
            all.facets().get("day").forEach(f -> days.add(f.value()));
        } else {
            var facets = id.warta.export.Json.read(get(client, base + "/search?size=0").body()).get("facets");
            facets.get("country").forEach(f -> countries.add(f.get("value").asText()));
            facets.get("type").forEach(f -> types.add(f.get("value").asText()));
            facets.get("entity").forEach(f -> entities.add(f.get("value").asText()));
            facets.get("site").forEach(f -> sites.add(f.get("value").asText()));
            facets.get("language").forEach(f -> languages.add(f.get("value").asText()));
            facets.get("day").forEach(f -> days.add(f.get("value").asText()));
        }
        Random random = new Random(seed);
        List<String> mix = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            StringBuilder q = new StringBuilder("/search?size=10");
            int kind = i % 8;
            if (kind != 3) {
                q.append("&q=").append(enc(WORDS.get(random.nextInt(WORDS.size()))));
            }
            if (kind == 1 && !languages.isEmpty()) {
                q.append("&lang=").append(enc(pick(languages, random)));
            }
            if ((kind == 2 || kind == 3) && !types.isEmpty()) {
                q.append("&type=").append(enc(pick(types, random)));
            }
            if ((kind == 3 || kind == 4) && !countries.isEmpty()) {
                q.append("&country=").append(enc(pick(countries, random)));
            }
            if (kind == 5 && !entities.isEmpty()) {
                q.append("&entity=").append(enc(pick(entities, random)));
            }
            if (kind == 6 && !sites.isEmpty()) {
                q.append("&site=").append(enc(pick(sites, random)));
            }
            if (kind == 7 && !days.isEmpty()) {
                LocalDate day = LocalDate.parse(pick(days, random));
                q.append("&from=").append(day.minusDays(30)).append("&to=").append(day);
            }
            if (i % 10 == 9) {
                q.append("&page=").append(2 + random.nextInt(3));
            }
            mix.add(q.toString());
        }
        return mix;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void sampleHeap(HttpClient client, String base) {
        String metrics = get(client, base + "/metrics").body();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("warta_jvm_heap_used_bytes ")) {
                long used = Long.parseLong(line.substring(line.indexOf(' ') + 1).strip());
                peakHeap.accumulateAndGet(used, Math::max);
            }
        }
    }

    private static void report(String route, int concurrency, long[] nanos, double seconds, int errors,
                               int goalMs) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s, %d client%s, %d requests in %.1f s (%.0f/s): p50 %.1f ms, p90 %.1f ms, "
                        + "p99 %.1f ms (goal <= %d ms), max %.1f ms, errors %d%n", route, concurrency,
                concurrency == 1 ? "" : "s", nanos.length, seconds, nanos.length / seconds,
                percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99), goalMs,
                sorted[sorted.length - 1] / 1e6, errors);
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static HttpResponse<String> get(HttpClient client, String uri) {
        return send(client, HttpRequest.newBuilder(URI.create(uri)).GET().build());
    }

    private static HttpResponse<String> post(HttpClient client, String uri, byte[] html) {
        return send(client, HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(html)).build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ApiBench.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
