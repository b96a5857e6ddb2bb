package id.warta.quote;

import id.warta.ner.Entity;
import id.warta.text.Text;

import java.util.List;

/** Finds direct quotes and their speakers. Implementations are thread-safe. */
public interface QuoteFinder {

    /**
     * The quotes of {@code text} in order.
     *
     * @param text     the analysed text
     * @param entities the text's entities, to resolve speakers to PERSON entities (may be empty)
     */
    List<Quote> find(Text text, List<Entity> entities);
}
