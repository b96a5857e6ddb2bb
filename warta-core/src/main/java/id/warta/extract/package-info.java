/**
 * Extraction: from a decoded page to an {@link id.warta.model.Article}. {@link id.warta.extract.HtmlArticleExtractor}
 * handles HTML (metadata from markup, body by {@link id.warta.extract.ContentExtractor}),
 * {@link id.warta.extract.TextArticleExtractor} handles plain scraped text; both share the date, byline and teaser
 * rules of this package. Line rules for text in and around a story: {@link id.warta.extract.Datelines} (the
 * "JAKARTA, KOMPAS.com -" prefix), {@link id.warta.extract.Bylines} (byline, credit and date lines),
 * {@link id.warta.extract.Captions}, {@link id.warta.extract.Boilerplate} and {@link id.warta.extract.Teasers}.
 */
package id.warta.extract;
