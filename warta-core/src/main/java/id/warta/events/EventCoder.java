package id.warta.events;

import id.warta.model.Analysis;
import id.warta.text.Text;

import java.util.List;

/** Codes the events an analysed article reports. Implementations are thread-safe. */
public interface EventCoder {

    /**
     * The events of one article, one per happening, in the order of their first evidence.
     *
     * @param text     the article text with its language, sentences and tokens
     * @param analysis what the other stages found in it (entities, quantities, times, quotes, the article's
     *                 dateline and publication date); offsets index into {@code text}
     */
    List<Event> code(Text text, Analysis analysis);
}
