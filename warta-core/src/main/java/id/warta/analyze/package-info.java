/**
 * The {@code analyze} stage: one pipeline over an extracted article's text, from language identification through
 * sentences, entities, quantities and time expressions to quotes and, last, the events the article reports.
 * {@link id.warta.analyze.Analyzer} runs it, {@link id.warta.analyze.Stages} says which implementation does each
 * step, and the result is an {@link id.warta.model.Analysis} whose offsets index into the article's text.
 */
package id.warta.analyze;
