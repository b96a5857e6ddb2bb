package id.warta.events;

import id.warta.ner.Entity;

import java.util.List;

/**
 * Something in a sentence that can act or be acted on: a named entity, a sector noun with or without its country
 * ({@code pasukan terjun payung Rusia}, {@code police}), a title with a name ({@code Presiden Kazakhstan
 * Kassym-Jomart Tokayev}), a demonym ({@code Palestinians}), or a list of these ({@code Armenia, Belarusia, dan
 * Tajikistan}).
 *
 * @param first           index of its first token in the sentence
 * @param after           index after its last token
 * @param start           offset of the name in the text (for a title with a name, of the name)
 * @param end             offset after it
 * @param name            the name as the event record shows it: an entity's fullest name, else the phrase
 * @param country         ISO alpha-3 code, or null
 * @param countryExplicit whether the text says whose it is: the country is written in the phrase or known for
 *                        the entity, or the phrase says it is foreign ({@code pasukan asing}, country null); a
 *                        participant that does not say is of the country its event is in
 * @param sector          PLOVER sector code, or null
 * @param entity          the named entity, or null
 * @param prep            the folded word just before it when that word is a preposition or a list's head word
 *                        ({@code di}, {@code ke}, {@code oleh}, {@code terhadap}, {@code selain}), else null
 * @param members         the items of a list, empty for a single participant
 */
record Participant(int first, int after, int start, int end, String name, String country, boolean countryExplicit,
                   String sector, Entity entity, String prep, List<Participant> members) {

    Participant {
        members = List.copyOf(members);
    }

    /** Whether it is a named place, not a person or group. */
    boolean isPlace() {
        return entity != null && entity.type() == Entity.Type.LOC && sector == null;
    }

    /** Whether a preposition of place stands before it ({@code di Kazakhstan}, {@code into Kazakhstan}). */
    boolean locative() {
        return prep != null && Cues.LOCATIVE.contains(prep);
    }

    /** Whether it follows {@code selain}, {@code besides}: named as having done it before, not here. */
    boolean excepted() {
        return prep != null && Cues.EXCEPT.contains(prep);
    }

    /** Whether it is a list of several. */
    boolean isList() {
        return !members.isEmpty();
    }

    /** The single participants it stands for: its members, or itself. */
    List<Participant> singles() {
        return members.isEmpty() ? List.of(this) : members;
    }

    Participant withPrep(String value) {
        return new Participant(first, after, start, end, name, country, countryExplicit, sector, entity, value,
                members);
    }

    Participant withCountry(String value, boolean explicit) {
        return new Participant(first, after, start, end, name, value, explicit, sector, entity, prep, members);
    }

    Participant withSector(String value) {
        return new Participant(first, after, start, end, name, country, countryExplicit, value, entity, prep,
                members);
    }
}
