package id.warta.events;

import java.util.List;
import java.util.Objects;

/**
 * Who does something in an event, or to whom it is done.
 *
 * @param name    the actor as the text names it, at its fullest ({@code Rusia}, {@code pasukan terjun payung Rusia},
 *                {@code Kassym-Jomart Tokayev}, {@code pengunjuk rasa})
 * @param country ISO 3166-1 alpha-3 code of the actor's country, or a PLOVER international code ({@code IGO},
 *                {@code UNO}…); null when unknown
 * @param sector  PLOVER sector code ({@code GOV}, {@code MIL}, {@code COP}, {@code REB}, {@code CVL}…); null when
 *                unknown. PLOVER has no sector of its own for protesters: its manual's sector table puts
 *                "civilians, protesters, activists" under {@code CVL}, so protesters, demonstrators and rioters
 *                ({@code pengunjuk rasa}, {@code demonstran}, {@code massa aksi}) are {@code CVL}, students
 *                {@code EDU} and workers {@code LAB} as for any other act, their opposition ({@code OPP}) kept as
 *                a secondary code in the sector lexicons; violence by protesters is a PROTEST of mode riot
 * @param members for an alliance or group of states acting together, the member countries the text names
 *                (CSTO: ARM, BLR, KGZ, TJK); empty otherwise
 * @param start   offset of the actor's mention in the article text, -1 when inferred (not written in the sentence)
 * @param end     offset after it, -1 when inferred
 */
public record Actor(String name, String country, String sector, List<String> members, int start, int end) {

    public Actor {
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        if ((start < 0) != (end < 0) || start >= 0 && end <= start) {
            throw new IllegalArgumentException("bad actor span [" + start + ", " + end + ")");
        }
    }
}
