package id.warta.ner;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or place named in a text, with every mention of it.
 *
 * @param text     the entity's fullest name as written in the text ({@code Kassym-Jomart Tokayev}, not
 *                 {@code Tokayev}; {@code Dewan Urusan Internasional Rusia}, not {@code RIAC})
 * @param type     person, organisation or location
 * @param kind     for a location the gazetteer's kind: {@code country}, {@code admin1} (a province or
 *                 state), {@code admin2} (a regency, kabupaten or kota, or a county) or {@code city};
 *                 {@code null} when not known or not a location
 * @param country  ISO 3166-1 alpha-3 code of the country the entity is or lies in ({@code RUS} for Moskow), when
 *                 one applies; {@code null} otherwise
 * @param mentions every mention in text order, the full name, short forms, surnames and acronyms alike; never empty
 */
public record Entity(String text, Type type, String kind, String country, List<Mention> mentions) {

    /** What an entity is. */
    public enum Type { PERSON, ORG, LOC }

    public Entity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an entity has at least one mention");
        }
    }
}
