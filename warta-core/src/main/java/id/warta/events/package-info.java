/**
 * The {@code events} stage: who did what to whom, where, when and how many, coded in PLOVER with a CAMEO mapping,
 * each event carrying its evidence sentences. {@link id.warta.events.EventCoder} is the interface;
 * {@link id.warta.events.Event} and its parts are the records. The lexicons the coders read, per language:
 * {@link id.warta.events.TriggerLexicon} (words and patterns reporting events, with PLOVER category, mode, voice
 * and CAMEO code), {@link id.warta.events.SectorLexicon} (words naming a kind of actor, with its PLOVER sector) and
 * {@link id.warta.events.Demonyms} (nationality words, with their country); {@link id.warta.events.LexiconBuilder}
 * rebuilds the English tables derived from PETRARCH2's dictionaries.
 */
package id.warta.events;
