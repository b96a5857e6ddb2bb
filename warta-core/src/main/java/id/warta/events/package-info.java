/**
 * The {@code events} stage: who did what to whom, where, when and how many, coded in PLOVER with a CAMEO mapping,
 * each event carrying its evidence sentences. {@link id.warta.events.EventCoder} is the interface;
 * {@link id.warta.events.Event} and its parts are the records.
 */
package id.warta.events;
