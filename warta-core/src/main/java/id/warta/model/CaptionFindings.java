package id.warta.model;

import id.warta.quantity.Quantity;
import id.warta.time.TimeExpression;

import java.util.List;

/**
 * What the analysis found in one image caption. Captions are not part of the article text, but they often carry
 * the one date or count of the story ("Tentara Rusia menaiki pesawat militer pada 6 Januari 2022"); their offsets
 * index into the caption string.
 *
 * @param caption    index of the caption in {@code Article.captions()}
 * @param quantities quantities in caption order
 * @param times      time expressions in caption order, resolved like the text's
 */
public record CaptionFindings(int caption, List<Quantity> quantities, List<TimeExpression> times) {

    public CaptionFindings {
        if (caption < 0) {
            throw new IllegalArgumentException("caption index " + caption);
        }
        quantities = List.copyOf(quantities);
        times = List.copyOf(times);
    }
}
