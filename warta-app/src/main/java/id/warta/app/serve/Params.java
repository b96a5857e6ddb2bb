package id.warta.app.serve;

import id.warta.events.Plover;
import id.warta.store.SearchQuery;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query parameters of the read routes, checked: a date that is not a day, a size out of range, an unknown
 * event type, interval or format is a 400 naming the parameter and what it accepts, never a silent default. A
 * parameter the route does not know is refused too, so a misspelt filter ({@code ?contry=KAZ}) cannot quietly
 * match everything.
 */
final class Params {

    /** The filters every read route shares. */
    static final List<String> FILTERS = List.of("q", "from", "to", "country", "type", "entity", "site", "lang");

    static final int MAX_SIZE = 100;
    /** Deepest hit a page may reach: paging further costs the index more than any reader needs. */
    static final int MAX_DEPTH = 10_000;
    private static final int MAX_TEXT = 1_000;

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final Context ctx;

    private Params(Context ctx, List<String> known) {
        this.ctx = ctx;
        for (String name : ctx.queryParamMap().keySet()) {
            if (!known.contains(name)) {
                throw ApiException.badParameter("unknown parameter \"" + name + "\"; this route takes "
                        + String.join(", ", known));
            }
        }
        for (var e : ctx.queryParamMap().entrySet()) {
            if (e.getValue().size() > 1) {
                throw ApiException.badParameter("parameter \"" + e.getKey() + "\" is given more than once");
            }
        }
    }

    /** The parameters of a route that takes these names. */
    static Params of(Context ctx, List<String> known) {
        return new Params(ctx, known);
    }

    /** The shared filters as a store query (offset and limit left at their defaults). */
    SearchQuery filter() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badParameter("from (" + from + ") is after to (" + to + ")");
        }
        String country = text("country");
        if (country != null && !COUNTRY.matcher(country).matches()) {
            throw ApiException.badParameter("country must be an ISO 3166 alpha-3 code such as KAZ or IDN: "
                    + country);
        }
        String type = text("type");
        if (type != null && Plover.shared().category(type).isEmpty()) {
            throw ApiException.badParameter("type must be a PLOVER event type (" + String.join(", ",
                    Plover.shared().categories().stream().map(Plover.Category::name).toList()) + "): " + type);
        }
        String lang = text("lang");
        if (lang != null && !LANGUAGE.matcher(lang).matches()) {
            throw ApiException.badParameter("lang must be a language code such as id or en: " + lang);
        }
        return SearchQuery.all()
                .withText(text("q"))
                .withFrom(from)
                .withTo(to)
                .withCountry(country == null ? null : country.toUpperCase(Locale.ROOT))
                .withType(type == null ? null : type.toUpperCase(Locale.ROOT))
                .withEntity(text("entity"))
                .withSite(text("site"))
                .withLanguage(lang);
    }

    /** A parameter's value, stripped; null when absent or blank; 400 when absurdly long. */
    String text(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ApiException.badParameter(name + " is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name + " must be a day as YYYY-MM-DD: " + value);
        }
    }

    /** A whole number in [min, max], or the default when absent. */
    int integer(String name, int min, int max, int otherwise) {
        String value = text(name);
        if (value == null) {
            return otherwise;
        }
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name + " must be a whole number: " + value);
        }
        if (n < min || n > max) {
            throw ApiException.badParameter(name + " must lie in " + min + ".." + max + ": " + n);
        }
        return n;
    }

    /** One of the allowed words (case-insensitive), or the default when absent. */
    String choice(String name, Set<String> allowed, String otherwise) {
        String value = text(name);
        if (value == null) {
            return otherwise;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw ApiException.badParameter(name + " must be one of " + String.join(", ", allowed.stream().sorted()
                    .toList()) + ": " + value);
        }
        return v;
    }
}
