package id.warta.extract;

import id.warta.WartaOptions;
import id.warta.decode.DecodedDocument;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Failure;
import id.warta.model.Format;
import id.warta.model.Image;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Extracts an article from an HTML page: metadata from the markup, body by {@link ContentExtractor}. */
public final class HtmlArticleExtractor implements ArticleExtractor {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i).+\\.(?:jpe?g|png|webp|gif|avif)");

    private final WartaOptions options;
    private final ContentExtractor content = new ContentExtractor();

    public HtmlArticleExtractor(WartaOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Article extract(DecodedDocument document) {
        String input = document.raw().input();
        String url = document.raw().url();
        Document doc = Jsoup.parse(document.text(), url == null ? "" : url);
        // the body's statistics pass measures the depth; nothing recurses, so measuring it there is safe, and the
        // limit keeps degenerate pages (generated or hostile) from costing the batch more than they are worth
        Body body = content.extract(doc);
        if (body.depth() > options.maxDepth()) {
            return Article.failed(input, url, Failure.of("too-deep", "page nests elements " + body.depth()
                    + " deep, more than the limit of " + options.maxDepth() + " (maxDepth)"));
        }
        Metadata meta = HtmlMetadata.read(doc, url, options);
        List<Paragraph> paragraphs = new ArrayList<>(body.paragraphs());
        Datelines.Dateline dateline = splitDateline(paragraphs);
        Blocks.Assembled assembled = Blocks.assemble(paragraphs);
        if (assembled.text().isEmpty()) {
            return Article.failed(input, url, Failure.of("no-content", "no article text found in the page"));
        }
        String site = meta.site() != null ? meta.site() : dateline != null ? dateline.site() : null;
        List<String> authors = meta.authors();
        OffsetDateTime published = meta.published();
        if (authors.isEmpty() || published == null) {
            // pages without metadata print the reporter and date as lines above the text
            for (String line : body.bylines()) {
                Optional<Bylines.Byline> b = Bylines.parse(line, options.defaultZone());
                if (b.isPresent() && authors.isEmpty() && !b.get().writers().isEmpty()) {
                    authors = b.get().writers();
                }
                if (b.isPresent() && published == null && b.get().published() != null) {
                    published = b.get().published();
                }
            }
        }
        return new Article(input, Article.Status.OK, null, null, Format.HTML, document.charset(), meta.url(),
                site, meta.language(), meta.title(), authors, published, meta.modified(),
                dateline == null ? null : dateline.dateline(),
                leadImage(body.image(), meta.image()), body.captions(), assembled.text(),
                assembled.blocks(), body.related(), document.raw().fetched());
    }

    /**
     * Removes the dateline ("JAKARTA, KOMPAS.com -") from the first paragraph, replacing it in the list, and
     * returns it; the same rules as for scraped text.
     */
    private static Datelines.Dateline splitDateline(List<Paragraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.type() != Block.Type.PARAGRAPH) {
                continue;
            }
            Optional<Datelines.Dateline> found = Datelines.split(p.text());
            if (found.isEmpty()) {
                return null;
            }
            String rest = p.text().substring(found.get().bodyStart()).strip();
            if (rest.isEmpty()) {
                paragraphs.remove(i);
            } else {
                paragraphs.set(i, new Paragraph(p.type(), p.level(), rest));
            }
            return found.get();
        }
        return null;
    }

    /**
     * The picture above the story, at the size the page declares for sharing when the body shows the same photo
     * smaller (a resized copy); a different body picture is what readers see, so it wins.
     */
    static Image leadImage(Image body, Image meta) {
        if (body == null || body.url() == null) {
            return meta;
        }
        if (meta == null || meta.url() == null || !samePicture(body.url(), meta.url())) {
            return body;
        }
        return new Image(meta.url(), body.caption() != null ? body.caption() : meta.caption());
    }

    /** Same photo: the same file name, or the same address but for the numbers of a resizing service. */
    static boolean samePicture(String a, String b) {
        if (DIGITS.matcher(a).replaceAll("").equals(DIGITS.matcher(b).replaceAll(""))) {
            return true;
        }
        String fa = fileName(a);
        return fa != null && fa.equals(fileName(b));
    }

    /** The last path segment when it names an image file ("photo-1.jpg"), an encoded path included. */
    private static String fileName(String url) {
        String path = url.replace("%2F", "/").replace("%2f", "/");
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return IMAGE_FILE.matcher(name).matches() ? name : null;
    }
}
