package id.warta.ner;

import id.warta.text.Text;

import java.util.List;

/** Finds the named entities of a text. Implementations are thread-safe. */
public interface EntityFinder {

    /** The entities of {@code text}, in the order of their first mention; mentions of different entities never overlap. */
    List<Entity> find(Text text);
}
