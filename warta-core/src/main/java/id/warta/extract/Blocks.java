package id.warta.extract;

import id.warta.model.Block;

import java.util.ArrayList;
import java.util.List;

/** Joins paragraphs into the article text, blank line between blocks, and records each block's offsets. */
public final class Blocks {

    /** The assembled body. */
    public record Assembled(String text, List<Block> blocks) {
    }

    private Blocks() {
    }

    public static Assembled assemble(List<Paragraph> paragraphs) {
        StringBuilder sb = new StringBuilder();
        List<Block> blocks = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            String t = p.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            int start = sb.length();
            sb.append(t);
            blocks.add(new Block(p.type(), p.level(), t, start, sb.length()));
        }
        return new Assembled(sb.toString(), List.copyOf(blocks));
    }
}
