package id.warta.model;

import java.util.Objects;

/**
 * One block of an article's text: a paragraph, heading, list item, block quote, table or preformatted run.
 * {@code start}/{@code end} are character offsets into {@link Article#text()}.
 *
 * @param type  the kind of block
 * @param level heading level (1-6) for headings, item number for ordered list items, 0 otherwise
 * @param text  the block's text; table rows are separated by newlines and cells by {@code " | "}
 * @param start offset of the first character in the article text
 * @param end   offset one past the last character in the article text
 */
public record Block(Type type, int level, String text, int start, int end) {

    /** The kinds of block, with the markdown each renders to. */
    public enum Type { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, TABLE, PREFORMATTED }

    public Block {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }
}
