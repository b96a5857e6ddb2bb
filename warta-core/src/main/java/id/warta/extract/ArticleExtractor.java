package id.warta.extract;

import id.warta.decode.DecodedDocument;
import id.warta.model.Article;

/**
 * Gets the article out of a decoded document. Never throws on bad input: a document it cannot handle becomes
 * an error {@link Article}. Implementations are thread-safe.
 */
public interface ArticleExtractor {

    Article extract(DecodedDocument document);
}
