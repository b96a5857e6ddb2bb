package id.warta;

import id.warta.analyze.Analyzer;
import id.warta.analyze.Stages;
import id.warta.decode.Decoder;
import id.warta.decode.TextDecoder;
import id.warta.extract.ArticleExtractor;
import id.warta.extract.FormatDetector;
import id.warta.extract.HtmlArticleExtractor;
import id.warta.extract.TextArticleExtractor;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.Failure;
import id.warta.model.Format;
import id.warta.model.RawDocument;
import id.warta.source.Sources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The library's front door. Static methods for the common cases, from simplest to most specific:
 * <pre>{@code
 * Article a = Warta.extract(html);                       // HTML or scraped text, detected
 * Article b = Warta.extract(html, "https://example.com/news/1");
 * Article c = Warta.extract(Path.of("page.html.gz"));
 * Article d = Warta.extract(rawDocument, WartaOptions.defaults().withMaxBytes(1 << 20));
 * Analysis e = Warta.analyze(html);                      // extraction, then language, entities, numbers,
 *                                                        // dates and quotes
 * }</pre>
 * Every method returns one {@link Article} (or one {@link Analysis} wrapping it); input that cannot be processed
 * gives an error record, not an exception. Thread-safe: build one instance and share it.
 */
public final class Warta {

    private static final Warta DEFAULT = new Warta(WartaOptions.defaults(), null);

    private final WartaOptions options;
    private final Decoder decoder;
    private final ArticleExtractor html;
    private final ArticleExtractor text;
    /** The analysis stages, or null for the defaults, which load their models on the first analysis. */
    private final Stages stages;
    private volatile Analyzer analyzer;

    private Warta(WartaOptions options, Stages stages) {
        this.options = options;
        this.stages = stages;
        this.decoder = new TextDecoder(options);
        this.html = new HtmlArticleExtractor(options);
        this.text = new TextArticleExtractor(options);
    }

    /** A pipeline with these options; reuse it, it is thread-safe. */
    public static Warta with(WartaOptions options) {
        return new Warta(Objects.requireNonNull(options, "options"), null);
    }

    /** A pipeline with these options whose analysis runs these stages; reuse it, it is thread-safe. */
    public static Warta with(WartaOptions options, Stages stages) {
        return new Warta(Objects.requireNonNull(options, "options"), Objects.requireNonNull(stages, "stages"));
    }

    /** Extracts from an HTML page or scraped text, format detected. */
    public static Article extract(String content) {
        return extract(content, null);
    }

    /** Extracts from an HTML page or scraped text whose URL is known (resolves links, helps dates). */
    public static Article extract(String content, String url) {
        Objects.requireNonNull(content, "content");
        return DEFAULT.process(RawDocument.of(url == null ? "-" : url, url,
                content.getBytes(StandardCharsets.UTF_8), null));
    }

    /** Extracts from a file ({@code .gz} files are unpacked). */
    public static Article extract(Path file) {
        return DEFAULT.extractFile(file);
    }

    /** Extracts from a document read by a source, with these options. */
    public static Article extract(RawDocument document, WartaOptions options) {
        return with(options).process(document);
    }

    /** Extracts and analyses an HTML page or scraped text, format detected. */
    public static Analysis analyze(String content) {
        return analyze(content, null);
    }

    /** Extracts and analyses an HTML page or scraped text whose URL is known. */
    public static Analysis analyze(String content, String url) {
        return DEFAULT.analyzer().analyze(extract(content, url));
    }

    /** Extracts and analyses a file ({@code .gz} files are unpacked). */
    public static Analysis analyze(Path file) {
        return DEFAULT.analyzeFile(file);
    }

    /** This pipeline's options. */
    public WartaOptions options() {
        return options;
    }

    /** Reads and extracts one file ({@code .gz} unpacked, maxBytes applied). A bad file gives an error record. */
    public Article extractFile(Path file) {
        return process(Sources.readFile(Objects.requireNonNull(file, "file"), options));
    }

    /** Reads, extracts and analyses one file. A bad file gives an error record. */
    public Analysis analyzeFile(Path file) {
        return analyzer().analyze(extractFile(file));
    }

    /** Runs one document through decoding, extraction and analysis. Never throws for bad content. */
    public Analysis analyze(RawDocument document) {
        return analyzer().analyze(process(document));
    }

    /** The analyzer of this pipeline (its stages load on the first call). */
    public Analyzer analyzer() {
        Analyzer a = analyzer;
        if (a == null) {
            // two threads may both build one; they share the same stages, so either will do
            a = new Analyzer(stages != null ? stages : Stages.defaults(), options);
            analyzer = a;
        }
        return a;
    }

    /** Runs one document through decoding and extraction. Never throws for bad content. */
    public Article process(RawDocument document) {
        Objects.requireNonNull(document, "document");
        if (document.failed()) {
            return failed(document, document.failure());
        }
        try {
            Decoder.Result decoded = decoder.decode(document);
            if (decoded.failure() != null) {
                return failed(document, decoded.failure());
            }
            Format format = document.format() != null ? document.format()
                    : FormatDetector.detect(decoded.document().text(), document.contentType());
            Article article = (format == Format.HTML ? html : text).extract(decoded.document());
            // an extractor's own error records (no-content, too-deep) do not know the fetch time
            return article.fetched() == null && document.fetched() != null ? article.withFetched(document.fetched())
                    : article;
        } catch (RuntimeException | StackOverflowError e) {
            // a bug must not lose the record or stop the batch; the cause is kept for the report
            return failed(document, Failure.of("internal", "processing failed: " + e));
        } catch (OutOfMemoryError e) {
            // one oversized document must not end the batch; its memory is garbage once we return
            return failed(document, Failure.of("out-of-memory",
                    "the document needed more memory than the JVM has; lower maxBytes or raise -Xmx"));
        }
    }

    private static Article failed(RawDocument document, Failure failure) {
        return Article.failed(document.input(), document.url(), failure).withFetched(document.fetched());
    }
}
