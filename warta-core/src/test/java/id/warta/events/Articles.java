package id.warta.events;

import id.warta.geo.Geocoder;
import id.warta.geo.Place;
import id.warta.lang.LanguageGuess;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.CaptionFindings;
import id.warta.model.Format;
import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.quantity.RuleQuantityFinder;
import id.warta.quote.RuleQuoteFinder;
import id.warta.text.RuleSentenceSplitter;
import id.warta.text.Text;
import id.warta.time.RuleTimeExpressionFinder;
import id.warta.time.TimeExpression;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Articles for the coder's unit tests: a text analysed by Warta's rule stages (sentences, quantities, times,
 * quotes), with entities given by hand so that the tests depend on the coder alone, and a geocoder that knows a
 * few places.
 */
final class Articles {

    private static final RuleSentenceSplitter SPLITTER = new RuleSentenceSplitter();
    private static final RuleQuantityFinder QUANTITIES = new RuleQuantityFinder();
    private static final RuleTimeExpressionFinder TIMES = new RuleTimeExpressionFinder();
    private static final RuleQuoteFinder QUOTES = new RuleQuoteFinder();

    /** The places the test geocoder knows, by name as written. */
    static final Map<String, Place> PLACES = new HashMap<>();

    static {
        place(1522867, "Kazakhstan", Place.Kind.COUNTRY, "KAZ", null, 48.0, 68.0, "Kazakhstan");
        place(2017370, "Russia", Place.Kind.COUNTRY, "RUS", null, 60.0, 100.0, "Rusia", "Russia");
        place(1526384, "Almaty", Place.Kind.CITY, "KAZ", "Almaty Qalasy", 43.25, 76.91, "Almaty");
        place(524901, "Moscow", Place.Kind.CITY, "RUS", "Moscow", 55.75, 37.62, "Moskow", "Moscow");
        place(1643084, "Indonesia", Place.Kind.COUNTRY, "IDN", null, -5.0, 120.0, "Indonesia");
        place(1642911, "Jakarta", Place.Kind.CITY, "IDN", "DKI Jakarta", -6.21, 106.85, "Jakarta");
        place(1622786, "Makassar", Place.Kind.CITY, "IDN", "Sulawesi Selatan", -5.15, 119.43, "Makassar");
        place(174982, "Armenia", Place.Kind.COUNTRY, "ARM", null, 40.0, 45.0, "Armenia");
        place(630336, "Belarus", Place.Kind.COUNTRY, "BLR", null, 53.0, 28.0, "Belarusia", "Belarus");
        place(1527747, "Kyrgyzstan", Place.Kind.COUNTRY, "KGZ", null, 41.0, 75.0, "Kirgistan", "Kyrgyzstan");
        place(1220409, "Tajikistan", Place.Kind.COUNTRY, "TJK", null, 39.0, 71.0, "Tajikistan");
        place(719819, "Hungary", Place.Kind.COUNTRY, "HUN", null, 47.0, 20.0, "Hungary");
        place(616051, "Yerevan", Place.Kind.CITY, "ARM", "Yerevan", 40.18, 44.51, "Yerevan");
    }

    private static void place(long id, String name, Place.Kind kind, String country, String admin1, double lat,
                              double lon, String... written) {
        for (String w : written) {
            PLACES.put(w, new Place(id, name, kind, country, admin1, lat, lon, 0));
        }
    }

    /** A geocoder over {@link #PLACES}, ignoring the context. */
    static final Geocoder GEOCODER = (name, countries) -> Optional.ofNullable(PLACES.get(name));

    /** The coder on the test lexicon and geocoder. */
    static final RuleEventCoder CODER = new RuleEventCoder(TestLexicon.standard(), GEOCODER);
    /** The coder on the shipped lexicons and the test geocoder. */
    static final RuleEventCoder SHIPPED = new RuleEventCoder(ShippedLexicon.SHARED, GEOCODER);

    private final String language;
    private final String text;
    private final List<Entity> entities = new ArrayList<>();
    private final List<String> captions = new ArrayList<>();
    private OffsetDateTime published = OffsetDateTime.parse("2022-01-08T07:45:00+07:00");
    private String dateline;

    private Articles(String language, String text) {
        this.language = language;
        this.text = text;
    }

    static Articles of(String language, String text) {
        return new Articles(language, text);
    }

    Articles published(String isoDateTime) {
        published = isoDateTime == null ? null : OffsetDateTime.parse(isoDateTime);
        return this;
    }

    Articles dateline(String value) {
        dateline = value;
        return this;
    }

    Articles caption(String value) {
        captions.add(value);
        return this;
    }

    /** A place at every occurrence of each written form; the first is its name. */
    Articles loc(String country, String kind, String... written) {
        return entity(Entity.Type.LOC, kind, country, written);
    }

    Articles person(String... written) {
        return entity(Entity.Type.PERSON, null, null, written);
    }

    Articles org(String country, String... written) {
        return entity(Entity.Type.ORG, null, country, written);
    }

    private Articles entity(Entity.Type type, String kind, String country, String... written) {
        String[] sorted = written.clone();
        Arrays.sort(sorted, Comparator.comparingInt(String::length).reversed());
        List<Mention> mentions = new ArrayList<>();
        for (String w : sorted) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
                int from = at;
                boolean word = (from == 0 || !Character.isLetter(text.charAt(from - 1)))
                        && (from + w.length() == text.length() || !Character.isLetter(text.charAt(from + w.length())));
                boolean free = mentions.stream().noneMatch(m -> m.start() < from + w.length() && from < m.end())
                        && entities.stream().flatMap(e -> e.mentions().stream())
                        .noneMatch(m -> m.start() < from + w.length() && from < m.end());
                if (word && free) {
                    mentions.add(new Mention(from, from + w.length()));
                }
            }
        }
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("no mention of " + written[0]);
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        entities.add(new Entity(written[0], type, kind, country, mentions));
        return this;
    }

    /** The analysis of the article. */
    Analysis analysis() {
        Article article = new Article("test", Article.Status.OK, null, null, Format.TEXT, "UTF-8", null, null,
                language, null, List.of(), published, null, dateline, null, captions, text, List.of(), List.of());
        List<CaptionFindings> found = new ArrayList<>();
        for (int i = 0; i < captions.size(); i++) {
            List<TimeExpression> times = TIMES.find(captions.get(i), language, published);
            var quantities = QUANTITIES.find(captions.get(i), language);
            if (!times.isEmpty() || !quantities.isEmpty()) {
                found.add(new CaptionFindings(i, quantities, times));
            }
        }
        List<Entity> ordered = new ArrayList<>(entities);
        ordered.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        return new Analysis(article, new LanguageGuess(language, 0.99), text.length(), ordered,
                QUANTITIES.find(text, language), TIMES.find(text, language, published),
                QUOTES.find(text(), ordered), found, List.of());
    }

    Text text() {
        return Text.of(text, language, SPLITTER);
    }

    /** The events the test coder codes. */
    List<Event> code() {
        return CODER.code(text(), analysis());
    }

    /** The events the shipped lexicons code, with the test geocoder. */
    List<Event> codeShipped() {
        return SHIPPED.code(text(), analysis());
    }
}
