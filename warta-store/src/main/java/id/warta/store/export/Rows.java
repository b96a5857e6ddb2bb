package id.warta.store.export;

import id.warta.events.Event;
import id.warta.export.EventWriter;
import id.warta.export.Json;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.ner.Entity;
import id.warta.store.StoredArticle;
import id.warta.store.Story;
import id.warta.store.StoryEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The flat rows of each table: their columns and how a record becomes one or more rows of values. Public for the
 * Spark job ({@code warta-spark}), whose tables have exactly these columns.
 */
public final class Rows {

    /** Separates the items of a list in one field: names (authors, sites) may hold commas, never this. */
    public static final String LIST = "; ";

    public static final List<Column> ARTICLES = List.of(Column.text("id"), Column.text("story"),
            Column.text("duplicate_of"), Column.text("input"), Column.text("url"), Column.text("site"),
            Column.text("language"), Column.text("title"), Column.text("authors"), Column.text("published"),
            Column.text("modified"), Column.text("dateline"), Column.text("text"), Column.count("entities"),
            Column.count("events"), Column.text("ingested"));

    /** {@link EventWriter#COLUMNS}, then the story and the ids of the articles reporting the event. */
    public static final List<Column> EVENTS = Stream.concat(
            eventColumns().stream(),
            Stream.of(Column.text("story"), Column.text("articles"))).toList();

    public static final List<Column> ENTITIES = List.of(Column.text("article"), Column.text("name"), Column.text("type"),
            Column.text("kind"), Column.text("country"), Column.count("mentions"), Column.count("first"));

    public static final List<Column> STORIES = List.of(Column.text("id"), Column.text("title"), Column.text("first"),
            Column.text("last"), Column.count("articles"), Column.text("sites"), Column.count("events"),
            Column.count("killed"));

    /** An input that gave no article: its error record, and when its page was fetched (WARC input) if known. */
    public static final List<Column> ERRORS = List.of(Column.text("id"), Column.text("input"), Column.text("url"),
            Column.text("code"), Column.text("message"), Column.text("fetched"));

    private Rows() {
    }

    private static List<Column> eventColumns() {
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < EventWriter.COLUMNS.size(); i++) {
            out.add(new Column(EventWriter.COLUMNS.get(i), EventWriter.TYPES.get(i)));
        }
        return out;
    }

    public static Object[] article(StoredArticle stored) {
        Analysis analysis = stored.analysis();
        Article a = analysis.article();
        return new Object[] {stored.id(), stored.story(), stored.duplicateOf(), a.input(), a.url(), a.site(),
                a.language(), a.title(), a.authors().isEmpty() ? null : String.join(LIST, a.authors()),
                Json.format(a.published()), Json.format(a.modified()), a.dateline(), a.text(),
                (long) analysis.entities().size(), (long) analysis.events().size(),
                stored.ingested() == null ? null : stored.ingested().toString()};
    }

    public static List<Object[]> entities(StoredArticle stored) {
        List<Object[]> rows = new ArrayList<>();
        for (Entity e : stored.analysis().entities()) {
            rows.add(new Object[] {stored.id(), e.text(), Json.lowerCase(e.type()), e.kind(), e.country(),
                    (long) e.mentions().size(), (long) e.mentions().get(0).start()});
        }
        return rows;
    }

    /** An event's row: {@code source} is the article whose input, URL, title and date the row shows. */
    public static Object[] event(String id, Article source, Event event, String story, List<String> articles) {
        List<Object> values = new ArrayList<>(EventWriter.values(id, source, event));
        values.add(story);
        values.add(String.join(" ", articles));
        return values.toArray();
    }

    public static Object[] story(Story s) {
        Long killed = null;
        for (StoryEvent e : s.events()) {
            if (counts(e.event()) && e.event().killed() != null) {
                killed = (killed == null ? 0 : killed) + e.event().killed();
            }
        }
        return new Object[] {s.id(), s.title(), Json.format(s.first()), Json.format(s.last()),
                (long) s.articles().size(), s.sites().isEmpty() ? null : String.join(LIST, s.sites()),
                (long) s.events().size(), killed};
    }

    /** An error record's row; {@code fetched} as {@link Json#format} writes it, or null. */
    public static Object[] error(String id, String input, String url, String code, String message, String fetched) {
        return new Object[] {id, input, url, code, message, fetched};
    }

    /** Whether an event's dead are counted in a total: it happened (asserted, not denied). */
    public static boolean counts(Event e) {
        return e.modality() == Event.Modality.ASSERTED && !e.negated();
    }
}
