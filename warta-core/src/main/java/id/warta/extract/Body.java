package id.warta.extract;

import id.warta.model.Image;
import id.warta.model.Related;

import java.util.List;

/**
 * What the body extractor found in a page.
 *
 * @param paragraphs the article's blocks in reading order
 * @param related    teasers removed from the body
 * @param captions   captions of figures in or next to the body
 * @param image      the first figure of the body, or {@code null}
 * @param bylines    byline and date lines left out of the text, in page order, for pages whose markup names no
 *                   author or date
 */
record Body(List<Paragraph> paragraphs, List<Related> related, List<String> captions, Image image,
                   List<String> bylines, int depth) {

    public Body {
        paragraphs = List.copyOf(paragraphs);
        related = List.copyOf(related);
        captions = List.copyOf(captions);
        bylines = List.copyOf(bylines);
    }
}
