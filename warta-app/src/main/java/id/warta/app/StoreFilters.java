package id.warta.app;

import id.warta.store.SearchQuery;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/** The filters shared by {@code warta search} and {@code warta export}. */
final class StoreFilters {

    @Option(names = "--from", paramLabel = "DATE", description = "First publication day included (2022-01-05).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last publication day included.")
    LocalDate to;

    @Option(names = "--country", paramLabel = "ISO3",
            description = "A country of an event's actor, target or place, or of a place named (KAZ).")
    String country;

    @Option(names = "--type", paramLabel = "PLOVER", description = "The PLOVER type of an event (AID, PROTEST).")
    String type;

    @Option(names = "--entity", paramLabel = "NAME", description = "An entity the article names, by its full name.")
    String entity;

    @Option(names = "--site", paramLabel = "NAME", description = "The site that published it.")
    String site;

    @Option(names = "--lang", paramLabel = "LANG", description = "The article's language: id, en.")
    String language;

    /** The query for {@code text} with these filters; a usage error (exit code 2) when they contradict. */
    SearchQuery query(String text, CommandLine commandLine) {
        try {
            return new SearchQuery(text, from, to, country, type, entity, site, language, 0, 10);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage(), e);
        }
    }
}
