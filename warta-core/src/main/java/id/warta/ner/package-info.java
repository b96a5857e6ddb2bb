/**
 * The {@code ner} stage: people, organisations and places named in a text, each with all its mentions by offsets.
 * {@link id.warta.ner.EntityFinder} is the interface; {@link id.warta.ner.Entity} and {@link id.warta.ner.Mention}
 * the records.
 */
package id.warta.ner;
