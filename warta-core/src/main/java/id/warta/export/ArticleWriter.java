package id.warta.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import id.warta.events.Actor;
import id.warta.events.Event;
import id.warta.events.EventLocation;
import id.warta.events.Evidence;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.CaptionFindings;
import id.warta.model.Block;
import id.warta.ner.Entity;
import id.warta.quantity.Quantity;
import id.warta.quote.Quote;
import id.warta.time.TimeExpression;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Streams articles, or their analyses, to an output in one of the {@link OutputFormat}s. JSON and JSON Lines use
 * the one mapping of {@link Json}; text adds the analysis's findings after the body, one per line; Markdown gives an
 * analysis as a readable summary (events, quotes, people, organisations, places, numbers, dates). Records are
 * written as they come; nothing
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
            json = Json.writer().createGenerator(out)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartArray();
        } else {
            json = null;
        }
    }

    /** Writes one article record. */
    public void write(Article article) throws IOException {
        write(article, article, ArticleWriter::text, ArticleWriter::markdown);
    }

    /** Writes one analysis record. */
    public void write(Analysis analysis) throws IOException {
        write(analysis, analysis.article(), ArticleWriter::text, ArticleWriter::markdown);
    }

    private <R> void write(R record, Article article, Function<R, String> text, Function<R, String> markdown)
            throws IOException {
        switch (format) {
            case JSON -> Json.writer().writeValue(json, record);
            case JSONL -> {
                out.write(Json.writer().writeValueAsString(record));
                out.write('\n');
            }
            case TXT -> {
                separate("\f\n");
                out.write(article.ok() ? text.apply(record) : error(article));
            }
            case MD -> {
                separate("\n---\n\n");
                out.write(article.ok() ? markdown.apply(record) : "> **error** (" + article.errorCode() + "): "
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

    /** The headline as a heading and the byline in italics, each followed by a blank line. */
    private static StringBuilder markdownHeader(Article a) {
        StringBuilder sb = new StringBuilder();
        if (a.title() != null) {
            sb.append("# ").append(a.title()).append("\n\n");
        }
        String byline = byline(a);
        if (!byline.isEmpty()) {
            sb.append('*').append(byline).append("*\n\n");
        }
        return sb;
    }

    /** The article as Markdown, keeping headings, lists, quotes, tables and code blocks. */
    public static String markdown(Article a) {
        StringBuilder sb = markdownHeader(a);
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

    /** The article as plain text followed by what the analysis found, one finding per line. */
    public static String text(Analysis analysis) {
        Article a = analysis.article();
        String body = a.text();
        StringBuilder sb = new StringBuilder(text(a)).append('\n');
        sb.append("Language: ").append(language(analysis, "")).append('\n');
        if (analysis.truncated()) {
            sb.append("Analysed: the first ").append(analysis.analysedLength()).append(" of ").append(body.length())
                    .append(" characters\n");
        }
        section(sb, "Entities", analysis.entities(), e -> "  " + e.type() + " " + entity(e, body));
        section(sb, "Quantities", analysis.quantities(), q -> "  " + quantity(q, body));
        section(sb, "Times", analysis.times(), t -> "  " + time(t, body));
        for (CaptionFindings c : analysis.captions()) {
            String caption = a.captions().get(c.caption());
            section(sb, "Caption " + (c.caption() + 1), captionLines(c, caption), line -> "  " + line);
        }
        section(sb, "Quotes", analysis.quotes(), q -> "  " + speaker(q) + ": \u201C" + q.text() + "\u201D");
        section(sb, "Events", analysis.events(), e -> "  " + event(e) + e.evidence().stream()
                .map(s -> "\n    \u201C" + s.sentence() + "\u201D").collect(Collectors.joining()));
        return sb.toString();
    }

    /** The analysis as a Markdown summary: headline, byline, events, quotes, then the entities, numbers and dates. */
    public static String markdown(Analysis analysis) {
        Article a = analysis.article();
        String body = a.text();
        StringBuilder sb = markdownHeader(a);
        sb.append("Language: ").append(language(analysis, "`"));
        if (analysis.truncated()) {
            sb.append(" — only the first ").append(analysis.analysedLength()).append(" of ").append(body.length())
                    .append(" characters were analysed");
        }
        sb.append('\n');
        if (!analysis.events().isEmpty()) {
            sb.append("\n## Events\n");
            for (Event e : analysis.events()) {
                sb.append("\n- ").append(event(e)).append('\n');
                for (Evidence s : e.evidence()) {
                    sb.append("\n  > ").append(s.sentence().replace("\n", "\n  > ")).append('\n');
                }
            }
        }
        if (!analysis.quotes().isEmpty()) {
            sb.append("\n## Quotes\n");
            for (Quote q : analysis.quotes()) {
                sb.append("\n> ").append(q.text().replace("\n", "\n> ")).append("\n>\n> \u2014 ")
                        .append(speaker(q)).append('\n');
            }
        }
        entities(sb, "People", analysis.entities(), Entity.Type.PERSON, body);
        entities(sb, "Organisations", analysis.entities(), Entity.Type.ORG, body);
        entities(sb, "Places", analysis.entities(), Entity.Type.LOC, body);
        if (!analysis.quantities().isEmpty()) {
            sb.append("\n## Numbers\n\n");
            for (Quantity q : analysis.quantities()) {
                sb.append("- ").append(quantity(q, body)).append('\n');
            }
        }
        if (!analysis.times().isEmpty()) {
            sb.append("\n## Dates\n\n");
            for (TimeExpression t : analysis.times()) {
                sb.append("- ").append(time(t, body)).append('\n');
            }
        }
        if (!analysis.captions().isEmpty()) {
            sb.append("\n## In the captions\n\n");
            for (CaptionFindings c : analysis.captions()) {
                for (String line : captionLines(c, a.captions().get(c.caption()))) {
                    sb.append("- ").append(line).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** A caption's quantities and times, one line each. */
    private static List<String> captionLines(CaptionFindings c, String caption) {
        List<String> lines = new ArrayList<>();
        c.quantities().forEach(q -> lines.add(quantity(q, caption)));
        c.times().forEach(t -> lines.add(time(t, caption)));
        return lines;
    }

    /** {@code id (confidence 0.97)}, the tag between {@code mark}s. */
    private static String language(Analysis analysis, String mark) {
        if (analysis.language() == null) {
            return "not identified";
        }
        return mark + analysis.language().language() + mark + String.format(Locale.ROOT, " (confidence %.2f)",
                analysis.language().confidence());
    }

    private static <T> void section(StringBuilder sb, String name, List<T> items, Function<T, String> line) {
        if (!items.isEmpty()) {
            sb.append(name).append(":\n");
            for (T item : items) {
                sb.append(line.apply(item)).append('\n');
            }
        }
    }

    private static void entities(StringBuilder sb, String heading, List<Entity> entities, Entity.Type type,
                                 String body) {
        List<Entity> ofType = entities.stream().filter(e -> e.type() == type).toList();
        if (!ofType.isEmpty()) {
            sb.append("\n## ").append(heading).append("\n\n");
            for (Entity e : ofType) {
                sb.append("- ").append(entity(e, body)).append('\n');
            }
        }
    }

    /** {@code Kassym-Jomart Tokayev (KAZ) — 2 mentions: Kassym-Jomart Tokayev, Tokayev}. */
    private static String entity(Entity e, String body) {
        StringBuilder sb = new StringBuilder(e.text());
        String about = e.kind() == null ? e.country() : e.country() == null ? e.kind() : e.kind() + ", " + e.country();
        if (about != null) {
            sb.append(" (").append(about).append(')');
        }
        List<String> names = e.mentions().stream().map(m -> m.text(body)).distinct().toList();
        sb.append(" \u2014 ").append(e.mentions().size()).append(e.mentions().size() == 1 ? " mention" : " mentions");
        if (names.size() > 1 || !names.get(0).equals(e.text())) {
            sb.append(": ").append(String.join(", ", names));
        }
        return sb.toString();
    }

    /** {@code diperkirakan mencapai 1.000 orang: about 1000 orang}. */
    private static String quantity(Quantity q, String body) {
        StringBuilder sb = new StringBuilder(q.text(body)).append(": ");
        if (q.approximate()) {
            sb.append("about ");
        }
        sb.append(number(q.value()));
        if (q.isRange()) {
            sb.append('\u2013').append(number(q.upper()));
        }
        if (q.unit() != null) {
            sb.append(q.kind() == Quantity.Kind.PERCENT ? "" : " ").append(q.unit());
        }
        return sb.toString();
    }

    /** {@code 6 Januari 2022: 2022-01-06 (day)}. */
    private static String time(TimeExpression t, String body) {
        return t.text(body) + ": " + t.value() + " (" + t.precision().name().toLowerCase(Locale.ROOT) + ")";
    }

    /**
     * One event on one line: {@code MOBILIZE (troops): Rusia (RUS, MIL) → Kazakhstan (KAZ) — in Almaty (Almaty,
     * KAZ) — 2022-01-06 — size 3000 — confidence 0.85}, with what makes it less than a plain fact (approximate
     * numbers, negated, planned or hypothetical, reported) before the confidence. A place not read in the sentence
     * says where it came from (the dateline, the article's country).
     */
    static String event(Event e) {
        StringBuilder sb = new StringBuilder(e.type());
        if (e.mode() != null) {
            sb.append(" (").append(e.mode()).append(')');
        }
        sb.append(": ").append(actor(e.actor()));
        if (e.target() != null) {
            sb.append(" \u2192 ").append(actor(e.target()));
        }
        EventLocation where = e.location();
        if (where != null) {
            sb.append(" \u2014 in ").append(where.name());
            if (where.source() == EventLocation.Source.COUNTRY) {
                sb.append(" (the article's country)");
            } else {
                String region = where.admin1() == null || where.admin1().equals(where.name()) ? where.country()
                        : where.admin1() + ", " + where.country();
                sb.append(" (").append(region)
                        .append(where.source() == EventLocation.Source.DATELINE ? "; dateline)" : ")");
            }
        }
        if (e.date() != null) {
            sb.append(" \u2014 ").append(e.date());
            if (e.datePrecision() != null && e.datePrecision() != TimeExpression.Precision.DAY) {
                sb.append(" (").append(Json.lowerCase(e.datePrecision())).append(')');
            }
        }
        total(sb, "killed", e.killed());
        total(sb, "injured", e.injured());
        total(sb, "arrested", e.arrested());
        total(sb, "size", e.size());
        if (e.approximate()) {
            sb.append(" (approximate)");
        }
        if (e.negated()) {
            sb.append(" \u2014 negated");
        }
        if (e.modality() != Event.Modality.ASSERTED) {
            sb.append(" \u2014 ").append(Json.lowerCase(e.modality()));
        }
        if (e.reported()) {
            sb.append(" \u2014 reported");
        }
        return sb.append(String.format(Locale.ROOT, " \u2014 confidence %.2f", e.confidence())).toString();
    }

    /** {@code Rusia (RUS, MIL)}, {@code CSTO (IGO; members ARM, BLR)}. */
    private static String actor(Actor a) {
        StringBuilder about = new StringBuilder();
        if (a.country() != null) {
            about.append(a.country());
        }
        if (a.sector() != null) {
            about.append(about.length() > 0 ? ", " : "").append(a.sector());
        }
        if (!a.members().isEmpty()) {
            about.append(about.length() > 0 ? "; " : "").append("members ").append(String.join(", ", a.members()));
        }
        return about.length() == 0 ? a.name() : a.name() + " (" + about + ")";
    }

    private static void total(StringBuilder sb, String name, Long value) {
        if (value != null) {
            sb.append(" \u2014 ").append(name).append(' ').append(value);
        }
    }

    private static String speaker(Quote q) {
        String who = q.speaker() == null ? "unattributed" : q.speaker();
        return q.role() == null ? who : who + ", " + q.role();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
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
