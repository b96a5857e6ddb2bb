package id.warta.ner;

/** What the gazetteers know of a name: the entity it names and where that is. Implementations are thread-safe. */
interface NameDirectory {

    /**
     * What is known of an entity.
     *
     * @param canonical the entity's one name, shared by all its aliases and acronyms ({@code Russia} for
     *                  {@code Rusia} and {@code Rusia}), so that mentions of it group together; null if none
     * @param kind      for a place: {@code country}, {@code admin1}, {@code admin2} or {@code city}; else null
     * @param country   ISO 3166-1 alpha-3 code of the country it is or lies in, or null
     */
    record Known(String canonical, String kind, String country) {
    }

    /** What is known of {@code name} read as {@code type}, or null. */
    Known lookup(String name, Entity.Type type);

    /** A directory that knows nothing. */
    NameDirectory EMPTY = (name, type) -> null;
}
