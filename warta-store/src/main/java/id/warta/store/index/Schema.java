package id.warta.store.index;

import id.warta.events.Actor;
import id.warta.events.Event;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.ner.Entity;
import id.warta.store.SearchResult;
import id.warta.store.dedup.Signature;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields of the index and how a document is built from an analysis record.
 *
 * <p>An article is one document. Its analysis record is kept once, as its JSON in a stored field that the codec
 * compresses; everything else is indexed, never stored twice: title and text analysed for their language (search),
 * keyword fields (filters), sorted-set doc values (facets), numeric doc values (ids, story, original, day, event
 * count; read by the ingest path without touching the compressed record), and two binary doc values (the MinHash
 * signature and the story profile of candidates). An error record is a small document of stored fields.
 */
public final class Schema {

    /** Lookup terms, see {@link Keys}. */
    public static final String KEY = "key";
    /** {@link #ARTICLE} or {@link #ERROR}. */
    public static final String KIND = "kind";
    public static final String ARTICLE = "article";
    public static final String ERROR = "error";
    /** Markers counted by the statistics: {@link #ROOT} (starts a story) and {@link #DUP} (a near-duplicate). */
    public static final String FLAG = "flag";
    public static final String ROOT = "root";
    public static final String DUP = "dup";

    /** Stored: the analysis record as JSON (articles). */
    public static final String JSON = "json";
    /** Stored: when the record was written, epoch milliseconds. */
    public static final String INGESTED = "ingested";
    /** Stored fields of an error record. */
    public static final String INPUT = "input";
    public static final String URL = "url";
    public static final String CODE = "code";
    public static final String MESSAGE = "message";
    public static final String ERROR_ID = "eid";

    /** Numeric doc values: the article's id, its story's id, its original's id (near-duplicates only), its day
     *  (epoch day; also a point for range filters) and its number of events. */
    public static final String ID_DV = "idn";
    public static final String STORY_DV = "storyn";
    public static final String ORIGINAL_DV = "dupn";
    public static final String DAY = "day";
    public static final String EVENTS = "events";
    /** Binary doc values: the truncated MinHash signature and the story profile. */
    public static final String SIGNATURE = "sig";
    public static final String PROFILE = "profile";

    /** Filter fields: upper-case ISO codes and PLOVER types, lower-case names, sites and languages. */
    public static final String COUNTRY = "country";
    public static final String TYPE = "type";
    public static final String ENTITY = "entity";
    public static final String SITE = "site";
    public static final String LANGUAGE = "lang";

    /** The analysed languages; every other language is indexed with the standard analyzer under {@code std}. */
    static final List<String> LANGUAGES = List.of("id", "en", "std");

    /** Fields a query text searches: title and text in every language, title boosted. */
    public static final Map<String, Float> SEARCHED;

    public static final FacetsConfig FACETS = new FacetsConfig();

    private static final Analyzer ANALYZER;

    static {
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        Map<String, Float> searched = new java.util.LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            Analyzer a = switch (lang) {
                case "id" -> new IndonesianAnalyzer();
                case "en" -> new EnglishAnalyzer();
                default -> new StandardAnalyzer();
            };
            perField.put(title(lang), a);
            perField.put(text(lang), a);
            searched.put(title(lang), 2f);
            searched.put(text(lang), 1f);
        }
        ANALYZER = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
        SEARCHED = Map.copyOf(searched);
        for (String dim : SearchResult.FACETS) {
            FACETS.setMultiValued(dim, true);
            // the filter fields serve drill-down; the facet field only counts
            FACETS.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
    }

    private Schema() {
    }

    /** The analyzer of every field: the language's analyzer for title and text, keywords untouched. */
    public static Analyzer analyzer() {
        return ANALYZER;
    }

    public static String title(String lang) {
        return "title." + lang;
    }

    public static String text(String lang) {
        return "text." + lang;
    }

    /** The suffix of the title and text fields for a language code. */
    public static String fieldLanguage(String language) {
        return "id".equals(language) || "en".equals(language) ? language : "std";
    }

    /** The article's language: the identified one, else the extraction's hint, else {@code und}. */
    public static String language(Analysis a) {
        String lang = a.language() != null && a.language().determined() ? a.language().language()
                : a.article().language();
        if (lang == null || lang.isBlank()) {
            return "und";
        }
        String l = lang.toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-');
        return dash > 0 ? l.substring(0, dash) : l;
    }

    /** The publication day, else the first event's date; null when neither is known. */
    public static LocalDate day(Analysis a) {
        if (a.article().published() != null) {
            return a.article().published().toLocalDate();
        }
        for (Event e : a.events()) {
            if (e.date() != null) {
                return e.date();
            }
        }
        return null;
    }

    /** The countries of the article: of its events' actors, targets and places, and of the places it names. */
    public static Set<String> countries(Analysis a) {
        Set<String> out = new LinkedHashSet<>();
        for (Event e : a.events()) {
            country(e.actor(), out);
            country(e.target(), out);
            if (e.location() != null && e.location().country() != null) {
                out.add(e.location().country().toUpperCase(Locale.ROOT));
            }
        }
        for (Entity e : a.entities()) {
            if (e.type() == Entity.Type.LOC && e.country() != null) {
                out.add(e.country().toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static void country(Actor actor, Set<String> out) {
        if (actor != null && actor.country() != null) {
            out.add(actor.country().toUpperCase(Locale.ROOT));
        }
    }

    /** The host of a URL without {@code www.}, lower case; null when there is none. */
    public static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The document of an article, without what the ingest decision adds ({@link #decide}).
     *
     * @param keys      its look-up terms (id, text hash, bands, story keys)
     * @param signature its truncated signature bytes, or null when the text is too short to sign
     * @param profile   its story profile bytes
     * @param maxChars  characters of text indexed
     */
    public static Document article(Analysis a, byte[] json, long ingested, LocalDate day, List<BytesRef> keys,
                                   byte[] signature, byte[] profile, int maxChars) {
        Article article = a.article();
        Document doc = new Document();
        doc.add(new StringField(KIND, ARTICLE, Field.Store.NO));
        for (BytesRef k : keys) {
            doc.add(new StringField(KEY, k, Field.Store.NO));
        }
        doc.add(new StoredField(JSON, json));
        doc.add(new StoredField(INGESTED, ingested));
        String lang = language(a);
        String suffix = fieldLanguage(lang);
        if (article.title() != null) {
            doc.add(new TextField(title(suffix), article.title(), Field.Store.NO));
        }
        String text = article.text();
        doc.add(new TextField(text(suffix), text.length() > maxChars ? text.substring(0, maxChars) : text,
                Field.Store.NO));
        if (day != null) {
            int epochDay = (int) day.toEpochDay();
            doc.add(new IntPoint(DAY, epochDay));
            doc.add(new NumericDocValuesField(DAY, epochDay));
            doc.add(new SortedSetDocValuesFacetField("day", day.toString()));
        }
        if (!a.events().isEmpty()) {
            doc.add(new NumericDocValuesField(EVENTS, a.events().size()));
        }
        if (signature != null) {
            doc.add(new BinaryDocValuesField(SIGNATURE, new BytesRef(signature)));
        }
        doc.add(new BinaryDocValuesField(PROFILE, new BytesRef(profile)));
        for (String c : countries(a)) {
            if (!c.isBlank()) {
                doc.add(new StringField(COUNTRY, c, Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField("country", c));
            }
        }
        Set<String> types = new LinkedHashSet<>();
        for (Event e : a.events()) {
            types.add(e.type().toUpperCase(Locale.ROOT));
        }
        for (String t : types) {
            if (!t.isBlank()) {
                doc.add(new StringField(TYPE, t, Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField("type", t));
            }
        }
        Set<String> names = new LinkedHashSet<>();
        Set<String> folded = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            String name = e.text().strip();
            if (!name.isEmpty() && folded.add(name.toLowerCase(Locale.ROOT))) {
                names.add(name);
            }
        }
        for (String f : folded) {
            doc.add(new StringField(ENTITY, f, Field.Store.NO));
        }
        for (String n : names) {
            doc.add(new SortedSetDocValuesFacetField("entity", n));
        }
        String host = host(article.url());
        Set<String> sites = new LinkedHashSet<>();
        if (article.site() != null && !article.site().isBlank()) {
            sites.add(article.site().strip().toLowerCase(Locale.ROOT));
        }
        if (host != null) {
            sites.add(host);
        }
        for (String s : sites) {
            doc.add(new StringField(SITE, s, Field.Store.NO));
        }
        String siteFacet = article.site() != null && !article.site().isBlank() ? article.site().strip() : host;
        if (siteFacet != null) {
            doc.add(new SortedSetDocValuesFacetField("site", siteFacet));
        }
        doc.add(new StringField(LANGUAGE, lang, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField("language", lang));
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("facet fields of an in-memory document", e);
        }
    }

    /** Adds what the ingest decision found: the article's id, its story, and its original when it copies one. */
    public static void decide(Document doc, long id, long story, long original) {
        doc.add(new NumericDocValuesField(ID_DV, id));
        doc.add(new NumericDocValuesField(STORY_DV, story));
        if (story == id) {
            doc.add(new StringField(FLAG, ROOT, Field.Store.NO));
        } else {
            doc.add(new StringField(KEY, Keys.story(story), Field.Store.NO));
        }
        if (original != 0) {
            doc.add(new NumericDocValuesField(ORIGINAL_DV, original));
            doc.add(new StringField(FLAG, DUP, Field.Store.NO));
        }
    }

    /** The document of an error record. */
    public static Document error(long id, String input, String url, String code, String message, long ingested) {
        Document doc = new Document();
        doc.add(new StringField(KIND, ERROR, Field.Store.NO));
        doc.add(new StringField(KEY, Keys.id(id), Field.Store.NO));
        doc.add(new StoredField(ERROR_ID, id));
        doc.add(new StoredField(INPUT, input));
        if (url != null) {
            doc.add(new StoredField(URL, url));
        }
        doc.add(new StoredField(CODE, code));
        doc.add(new StoredField(MESSAGE, message));
        doc.add(new StoredField(INGESTED, ingested));
        return doc;
    }

    /**
     * The signature as kept in the index: the low 16 bits of each value. Two values agreeing by chance then costs
     * one in 65,536, which moves an estimated similarity by less than 0.001, and halves the bytes of the one
     * incompressible doc value.
     */
    public static byte[] signatureBytes(Signature s) {
        int[] v = s.values();
        byte[] b = new byte[v.length * 2];
        for (int i = 0; i < v.length; i++) {
            b[2 * i] = (byte) (v[i] >>> 8);
            b[2 * i + 1] = (byte) v[i];
        }
        return b;
    }

    /** A signature read back from {@link #signatureBytes}, comparable with {@link #truncated} ones. */
    public static Signature signature(BytesRef bytes) {
        int[] v = new int[bytes.length / 2];
        for (int i = 0; i < v.length; i++) {
            v[i] = ((bytes.bytes[bytes.offset + 2 * i] & 0xFF) << 8) | (bytes.bytes[bytes.offset + 2 * i + 1] & 0xFF);
        }
        return new Signature(v);
    }

    /** The signature with its values cut as the index keeps them. */
    public static Signature truncated(Signature s) {
        int[] v = s.values().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] &= 0xFFFF;
        }
        return new Signature(v);
    }

    /** Every text field of every language, for snippets of stored records. */
    static List<String> textFields() {
        List<String> out = new ArrayList<>();
        for (String l : LANGUAGES) {
            out.add(text(l));
        }
        return out;
    }
}
