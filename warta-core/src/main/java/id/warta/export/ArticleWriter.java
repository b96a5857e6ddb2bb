package id.warta.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import id.warta.model.Article;
import id.warta.model.Block;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Streams articles to an output in one of the {@link OutputFormat}s. Records are written as they come; nothing
 * is buffered beyond one record. Closing finishes the document (the JSON array) and flushes, but leaves the
 * stream open: it belongs to the caller. Not thread-safe: one writer per output.
 */
public final class ArticleWriter implements Closeable {

    private final OutputFormat format;
    private final Writer out;
    private final JsonGenerator json;
    private int count;

    public ArticleWriter(OutputStream stream, OutputFormat format) throws IOException {
        this.format = format;
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        if (format == OutputFormat.JSON) {
            json = Json.mapper().getFactory().createGenerator(out)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartArray();
        } else {
            json = null;
        }
    }

    /** Writes one record. */
    public void write(Article article) throws IOException {
        switch (format) {
            case JSON -> Json.mapper().writeValue(json, article);
            case JSONL -> {
                out.write(Json.mapper().writeValueAsString(article));
                out.write('\n');
            }
            case TXT -> {
                separate("\f\n");
                out.write(article.ok() ? text(article) : error(article));
            }
            case MD -> {
                separate("\n---\n\n");
                out.write(article.ok() ? markdown(article) : "> **error** (" + article.errorCode() + "): "
                        + article.error() + " — `" + article.input() + "`\n");
            }
        }
        count++;
        out.flush();
    }

    private void separate(String separator) throws IOException {
        if (count > 0) {
            out.write(separator);
        }
    }

    private static String error(Article a) {
        return "error: " + a.input() + ": " + a.errorCode() + ": " + a.error() + "\n";
    }

    /** The article as plain text: title, blank line, body. */
    public static String text(Article a) {
        StringBuilder sb = new StringBuilder();
        if (a.title() != null) {
            sb.append(a.title()).append("\n\n");
        }
        return sb.append(a.text()).append('\n').toString();
    }

    /** The article as Markdown, keeping headings, lists, quotes, tables and code blocks. */
    public static String markdown(Article a) {
        StringBuilder sb = new StringBuilder();
        if (a.title() != null) {
            sb.append("# ").append(a.title()).append("\n\n");
        }
        String byline = byline(a);
        if (!byline.isEmpty()) {
            sb.append('*').append(byline).append("*\n\n");
        }
        Block previous = null;
        for (Block b : a.paragraphs()) {
            if (previous != null) {
                boolean sameList = previous.type() == Block.Type.LIST_ITEM && b.type() == Block.Type.LIST_ITEM;
                sb.append(sameList ? "\n" : "\n\n");
            }
            switch (b.type()) {
                case HEADING -> sb.append("#".repeat(Math.min(6, Math.max(2, b.level())))).append(' ')
                        .append(b.text());
                case LIST_ITEM -> sb.append(b.level() > 0 ? b.level() + ". " : "- ").append(b.text());
                case QUOTE -> sb.append("> ").append(b.text().replace("\n", "\n> "));
                case PREFORMATTED -> sb.append("```\n").append(b.text()).append("\n```");
                case TABLE -> sb.append(table(b.text()));
                case PARAGRAPH -> sb.append(b.text());
            }
            previous = b;
        }
        return sb.append('\n').toString();
    }

    private static String byline(Article a) {
        StringBuilder sb = new StringBuilder();
        if (!a.authors().isEmpty()) {
            sb.append(String.join(", ", a.authors()));
        }
        if (a.site() != null) {
            sb.append(sb.length() > 0 ? " — " : "").append(a.site());
        }
        if (a.published() != null) {
            sb.append(sb.length() > 0 ? " — " : "").append(Json.format(a.published()));
        }
        return sb.toString();
    }

    private static String table(String text) {
        String[] rows = text.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append("| ").append(rows[i]).append(" |");
            if (i == 0) {
                int cells = rows[0].split(" \\| ", -1).length;
                sb.append('\n').append("|---".repeat(cells)).append('|');
            }
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        if (json != null) {
            json.writeEndArray();
            json.writeRaw('\n');
            json.close();
        }
        out.flush();
    }
}
