/**
 * The {@code events} stage: who did what to whom, where, when and how many, coded in PLOVER with a CAMEO mapping,
 * each event carrying its evidence sentences. {@link id.warta.events.EventCoder} is the interface;
 * {@link id.warta.events.Event} and its parts are the records. {@link id.warta.events.Plover} is the ontology the
 * events are coded in (categories, modes, sector codes, the CAMEO mapping of GDELT-style exports, ACLED's
 * precision codes), loaded from a resource that {@link id.warta.events.PloverBuilder} derives from the shared data.
 * The lexicons the coders read, per language:
 * {@link id.warta.events.TriggerLexicon} (words and patterns reporting events, with PLOVER category, mode, voice
 * and CAMEO code), {@link id.warta.events.SectorLexicon} (words naming a kind of actor, with its PLOVER sector) and
 * {@link id.warta.events.Demonyms} (nationality words, with their country); {@link id.warta.events.LexiconBuilder}
 * rebuilds the English tables derived from PETRARCH2's dictionaries. {@link id.warta.events.RuleEventCoder} codes
 * with them: per sentence, triggers and the participants around them, read by voice, negation and modality; then
 * place ({@link id.warta.geo.Geocoder}), date, casualties ({@link id.warta.events.CasualtyCounter}) and one event per
 * happening.
 */
package id.warta.events;
