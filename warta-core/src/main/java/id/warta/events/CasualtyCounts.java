package id.warta.events;

import id.warta.quantity.Quantity;
import id.warta.text.Sentence;

import java.util.List;

/** Reads casualty and size counts from a sentence's quantities, and merges the counts of two reports. */
interface CasualtyCounts {

    /** The counts of {@code sentence} of {@code text}, made from {@code quantities} (those inside the sentence). */
    List<Count> count(String text, Sentence sentence, List<Quantity> quantities, String language);

    /** The counts of one happening reported as {@code earlier} and then as {@code later}, without double counting. */
    List<Count> merge(List<Count> earlier, List<Count> later);
}
