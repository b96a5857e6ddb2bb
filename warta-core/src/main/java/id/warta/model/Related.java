package id.warta.model;

/**
 * A related-article teaser found inside the body ("Baca Juga: ...", "Read more: ...") and removed from the text.
 *
 * @param title the teaser's headline
 * @param url   the linked article, or {@code null} when the teaser carried no link (plain-text dumps)
 */
public record Related(String title, String url) {
}
