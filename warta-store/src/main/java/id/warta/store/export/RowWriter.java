package id.warta.store.export;

import id.warta.events.Event;
import id.warta.export.EventWriter;
import id.warta.model.Article;
import id.warta.store.StoredArticle;
import id.warta.store.StoredError;
import id.warta.store.Story;
import id.warta.store.StoryEvent;

import java.io.IOException;
import java.util.List;

/** What every format shares: which records a table takes, and how they become rows. */
abstract class RowWriter implements TableWriter {

    final Table table;
    private long rows;
    private String story;
    private int number;

    RowWriter(Table table) {
        this.table = table;
    }

    @Override
    public final void write(StoredArticle stored) throws IOException {
        switch (table) {
            case ARTICLES -> {
                article(stored);
                rows++;
            }
            case ENTITIES -> {
                for (Object[] row : Rows.entities(stored)) {
                    row(row);
                    rows++;
                }
            }
            case EVENTS -> {
                Article article = stored.analysis().article();
                List<Event> events = stored.analysis().events();
                for (int i = 0; i < events.size(); i++) {
                    event(EventWriter.id(article, i + 1), article, events.get(i), stored.story(),
                            List.of(stored.id()));
                    rows++;
                }
            }
            case STORIES, ERRORS -> throw new IllegalStateException("the " + table.id()
                    + " table takes no articles");
        }
    }

    @Override
    public final void write(StoryEvent event, StoredArticle source) throws IOException {
        if (table != Table.EVENTS) {
            throw new IllegalStateException("the " + table.id() + " table takes no story events");
        }
        number = event.story().equals(story) ? number + 1 : 1;
        story = event.story();
        event(story + "#e" + number, source.analysis().article(), event.event(), story, event.articles());
        rows++;
    }

    @Override
    public final void write(Story s) throws IOException {
        if (table != Table.STORIES) {
            throw new IllegalStateException("the " + table.id() + " table takes no stories");
        }
        row(Rows.story(s));
        rows++;
    }

    @Override
    public final void write(StoredError error) throws IOException {
        if (table != Table.ERRORS) {
            throw new IllegalStateException("the " + table.id() + " table takes no error records");
        }
        row(Rows.error(error.id(), error.input(), error.url(), error.code(), error.message(), null));
        rows++;
    }

    @Override
    public final long rows() {
        return rows;
    }

    /** One article of the articles table; a flat row unless the format writes the record. */
    void article(StoredArticle stored) throws IOException {
        row(Rows.article(stored));
    }

    /** One event of the events table; a flat row unless the format writes the record. */
    void event(String id, Article source, Event event, String story, List<String> articles) throws IOException {
        row(Rows.event(id, source, event, story, articles));
    }

    /** One flat row, its values in the order of the table's columns. */
    abstract void row(Object[] values) throws IOException;
}
