package id.warta.extract;

import id.warta.WartaOptions;
import id.warta.decode.DecodedDocument;
import id.warta.model.Article;
import id.warta.model.Failure;
import id.warta.model.Format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Extracts an article from plain scraped text: title line, byline, caption, dateline, teasers, boilerplate. */
public final class TextArticleExtractor implements ArticleExtractor {

    private final WartaOptions options;

    public TextArticleExtractor(WartaOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Article extract(DecodedDocument document) {
        String input = document.raw().input();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : document.text().split("\\n\\s*\\n")) {
            paragraphs.add(Paragraph.of(block.strip().replaceAll("\\s+", " ")));
        }
        Blocks.Assembled assembled = Blocks.assemble(paragraphs);
        if (assembled.text().isEmpty()) {
            return Article.failed(input, document.raw().url(), Failure.of("empty", "the document has no text"));
        }
        return new Article(input, Article.Status.OK, null, null, Format.TEXT, document.charset(),
                document.raw().url(), null, null, null, List.of(), null, null, null, null, List.of(),
                assembled.text(), assembled.blocks(), List.of());
    }
}
