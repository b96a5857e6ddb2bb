/**
 * Extraction: from a decoded page to an {@link id.warta.model.Article}. {@link id.warta.extract.HtmlArticleExtractor}
 * handles HTML (metadata from markup, body by {@link id.warta.extract.ContentExtractor}),
 * {@link id.warta.extract.TextArticleExtractor} handles plain scraped text; both share the date, byline and teaser
 * rules of this package.
 */
package id.warta.extract;
