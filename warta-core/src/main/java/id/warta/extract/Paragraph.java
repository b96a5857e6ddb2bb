package id.warta.extract;

import id.warta.model.Block;

/**
 * A block of body text before it is placed in the article text; {@link Blocks#assemble} gives it offsets.
 *
 * @param type  the kind of block
 * @param level heading level or ordered-list number, else 0
 * @param text  the block's normalised text
 */
public record Paragraph(Block.Type type, int level, String text) {

    public static Paragraph of(String text) {
        return new Paragraph(Block.Type.PARAGRAPH, 0, text);
    }
}
