package id.warta.app;

import id.warta.events.Event;
import id.warta.export.Json;
import id.warta.store.SearchHit;
import id.warta.store.SearchResult;
import id.warta.store.WartaStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code warta search}: full-text search of the store with filters, as a readable list (title, date, site, events,
 * a snippet with the matches marked, then the facet counts) or as the search result's JSON.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the store: QUERY in Lucene's classic syntax (kerusuhan AND Almaty, \"unjuk rasa\", "
                + "* for everything), matched with the analysis of each article's language, narrowed by the filters; "
                + "then the counts of the matching articles per country, event type, entity, site, language and day."})
final class SearchCommand implements Callable<Integer> {

    enum Format { TABLE, JSON }

    /** ANSI bold on and off, for the matches on a terminal. */
    private static final String BOLD = "\u001b[1m";
    private static final String PLAIN = "\u001b[0m";

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to search for; * for everything.")
    String text;

    @Mixin
    StoreLocation location;

    @Mixin
    StoreFilters filters;

    @Option(names = "--limit", paramLabel = "N", description = "Hits shown (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "table: one hit a paragraph, then the facets; json: the search result. "
                    + "(default: ${DEFAULT-VALUE})")
    Format format = Format.TABLE;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must not be negative: " + limit);
        }
        SearchResult result;
        try (WartaStore store = location.openReadOnly()) {
            result = store.search(filters.query(text.equals("*") ? null : text, spec.commandLine()).withLimit(limit));
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (format == Format.JSON) {
            out.println(Json.writer().writeValueAsString(result));
        } else {
            table(result, out, System.console() != null);
        }
        out.flush();
        return 0;
    }

    private static void table(SearchResult result, PrintStream out, boolean terminal) {
        out.println(result.total() + (result.total() == 1 ? " article" : " articles"));
        for (SearchHit hit : result.hits()) {
            out.println();
            String day = hit.published() == null ? "(no date)" : hit.published().toLocalDate().toString();
            out.println(day + "  " + (hit.site() == null ? "(no site)" : hit.site()) + "  "
                    + (hit.title() == null ? "(no title)" : hit.title()));
            if (!hit.events().isEmpty()) {
                out.println("  events: " + events(hit.events()));
            }
            out.println("  " + marked(hit.snippet(), terminal ? BOLD : "[", terminal ? PLAIN : "]"));
            out.println("  " + hit.id() + (hit.url() == null ? "" : "  " + hit.url()));
        }
        out.println();
        for (String facet : SearchResult.FACETS) {
            List<SearchResult.FacetCount> counts = result.facets().getOrDefault(facet, List.of());
            if (!counts.isEmpty()) {
                out.println(facet + ": " + counts.stream().map(c -> c.value() + " " + c.count())
                        .collect(Collectors.joining(", ")));
            }
        }
    }

    /** The events in a line: each type once, with how often, its countries and its dead ({@code PROTEST×2 KAZ 48 killed}). */
    static String events(List<Event> events) {
        Map<String, int[]> types = new LinkedHashMap<>();
        Map<String, Long> killed = new LinkedHashMap<>();
        Map<String, String> countries = new LinkedHashMap<>();
        for (Event e : events) {
            types.computeIfAbsent(e.type(), k -> new int[1])[0]++;
            if (e.killed() != null) {
                killed.merge(e.type(), e.killed(), Long::sum); // an article's events are distinct happenings
            }
            String country = e.location() != null ? e.location().country() : e.actor().country();
            if (country != null) {
                countries.merge(e.type(), country, (a, b) -> a.contains(b) ? a : a + "/" + b);
            }
        }
        return types.entrySet().stream().map(t -> t.getKey() + (t.getValue()[0] > 1 ? "\u00d7" + t.getValue()[0] : "")
                        + (countries.containsKey(t.getKey()) ? " " + countries.get(t.getKey()) : "")
                        + (killed.containsKey(t.getKey()) ? " " + killed.get(t.getKey()) + " killed" : ""))
                .collect(Collectors.joining(", "));
    }

    /** The snippet with each match between {@code open} and {@code close}, on one line. */
    static String marked(SearchHit.Snippet snippet, String open, String close) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (SearchHit.Span m : snippet.marks()) {
            if (m.start() < at) {
                continue; // overlaps the previous mark
            }
            sb.append(snippet.text(), at, m.start()).append(open).append(snippet.text(), m.start(), m.end())
                    .append(close);
            at = m.end();
        }
        sb.append(snippet.text(), at, snippet.text().length());
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
