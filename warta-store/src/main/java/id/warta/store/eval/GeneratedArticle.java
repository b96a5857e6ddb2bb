package id.warta.store.eval;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One article of a {@link GeneratedCorpus} with its ground truth.
 *
 * @param id          the generator's id ({@code g0000042}), unique in a corpus
 * @param kind        what the generator made
 * @param original    for a copy ({@link Kind#SYNDICATED}, {@link Kind#REWRITE}, {@link Kind#REPOST}), the id of
 *                    the article it copies, which always comes earlier in the stream; null otherwise
 * @param originalUrl the URL of that article, null otherwise
 * @param url         where the article was published
 * @param site        the outlet's name
 * @param title       the headline
 * @param published   publication date-time, Western Indonesian Time
 * @param text        the body as a scraper would keep it: paragraphs separated by blank lines, the dateline opening
 *                    the first, "Baca Juga" teasers and the outlet's closing lines included
 */
public record GeneratedArticle(String id, Kind kind, String original, String originalUrl, String url, String site,
                               String title, OffsetDateTime published, String text) {

    /** What an article of the corpus is. */
    public enum Kind {
        /** an article of its own */
        ORIGINAL,
        /** another outlet's copy of an earlier article: same text, own title, dateline, teasers and closing lines */
        SYNDICATED,
        /** a light rewrite of an earlier article: a few sentences dropped, added, replaced or moved, words changed */
        REWRITE,
        /** the same article again under a variant of its URL (tracking parameters, AMP, http): an exact copy */
        REPOST,
        /** an article of its own on the same subject as an earlier one, sharing a sentence or two and title words */
        LOOKALIKE
    }

    public GeneratedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if ((original == null) != (kind == Kind.ORIGINAL || kind == Kind.LOOKALIKE)) {
            throw new IllegalArgumentException(kind + " with original " + original);
        }
    }

    /** Whether the article copies an earlier one (the near-duplicate truth). */
    public boolean copy() {
        return original != null;
    }

    /**
     * The article as a news page: head metadata (title, Open Graph, publication time, canonical link), a site
     * header and footer, the body paragraphs in an {@code <article>}.
     */
    public String html() {
        StringBuilder sb = new StringBuilder(text.length() + 1_500);
        String time = published.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        sb.append("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">\n<title>").append(escape(title))
                .append(" - ").append(escape(site)).append("</title>\n")
                .append("<meta property=\"og:title\" content=\"").append(escape(title)).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(escape(site)).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(time).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(escape(url)).append("\">\n</head><body>\n")
                .append("<header><nav><a href=\"/\">Beranda</a> <a href=\"/nasional\">Nasional</a> ")
                .append("<a href=\"/ekonomi\">Ekonomi</a> <a href=\"/olahraga\">Olahraga</a></nav></header>\n")
                .append("<main><article><h1>").append(escape(title)).append("</h1>\n<div class=\"date\">")
                .append(time).append("</div>\n<div class=\"content\">\n");
        for (String paragraph : text.split("\n\n")) {
            sb.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        sb.append("</div></article></main>\n<footer><p>Copyright ").append(published.getYear()).append(' ')
                .append(escape(site)).append(". All rights reserved.</p></footer>\n</body></html>\n");
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
