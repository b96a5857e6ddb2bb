package id.warta.extract;

import id.warta.model.Image;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Article metadata read from a page's markup.
 *
 * @param title     headline without the site name
 * @param authors   cleaned author names
 * @param published first publication
 * @param modified  last update, when distinct from publication
 * @param site      publication name
 * @param url       canonical URL, else the page URL
 * @param language  language hint from markup
 * @param image     lead image from Open Graph or JSON-LD
 */
record Metadata(String title, List<String> authors, OffsetDateTime published, OffsetDateTime modified,
                       String site, String url, String language, Image image) {

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
