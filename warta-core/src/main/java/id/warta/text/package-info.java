/**
 * The {@code text} stage: sentences and tokens of an analysed text for Indonesian and English.
 *
 * <p>Results are immutable records pointing into the analysed string by character offsets ({@code start}
 * inclusive, {@code end} exclusive); they do not copy the text, so {@code text.substring(start, end)} (or
 * {@link id.warta.text.Token#text(String)}) gives the evidence. {@link id.warta.text.SentenceSplitter} and
 * {@link id.warta.text.Tokenizer} are the interfaces; {@link id.warta.text.RuleSentenceSplitter} is the
 * rule-based, thread-safe implementation, linear in the input length (a hand-written scanner, no regular
 * expressions over the text).
 */
package id.warta.text;
