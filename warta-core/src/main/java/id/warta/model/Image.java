package id.warta.model;

/**
 * The article's lead image.
 *
 * @param url     absolute image URL, or {@code null} when only a caption is known (plain-text dumps)
 * @param caption its caption, or {@code null}
 */
public record Image(String url, String caption) {
}
