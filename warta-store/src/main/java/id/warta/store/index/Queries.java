package id.warta.store.index;

import id.warta.store.SearchQuery;
import id.warta.store.StoreException;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

import java.util.Locale;

/**
 * A {@link SearchQuery} as a Lucene query: the text, parsed in the classic syntax against title and text of every
 * language (each field analysed by its language's analyzer, so {@code kerusuhan} meets the Indonesian stem and
 * {@code riots} the English one), and each filter a term or point query in a FILTER clause, which scores nothing
 * and which Lucene may cache.
 */
public final class Queries {

    private static final String[] FIELDS = Schema.SEARCHED.keySet().toArray(new String[0]);

    private Queries() {
    }

    /**
     * The whole query, articles only, given its text already parsed by {@link #text} (or null). Only articles have
     * the searched text fields, the filter fields and the day, so the clause "articles only" is added just when
     * nothing else narrows the query to them (no filter, no text, or a text naming other fields): a clause that
     * matches nearly every document costs each match a step of its postings.
     */
    public static Query of(SearchQuery q, Query text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean articlesOnly = false;
        if (text != null) {
            b.add(text, BooleanClause.Occur.MUST);
            articlesOnly = searchedFieldsOnly(text);
        }
        articlesOnly |= filter(b, Schema.COUNTRY, q.country(), true);
        articlesOnly |= filter(b, Schema.TYPE, q.type(), true);
        articlesOnly |= filter(b, Schema.ENTITY, q.entity(), false);
        articlesOnly |= filter(b, Schema.SITE, q.site(), false);
        articlesOnly |= filter(b, Schema.LANGUAGE, q.language(), false);
        if (q.from() != null || q.to() != null) {
            int from = q.from() == null ? Integer.MIN_VALUE : (int) q.from().toEpochDay();
            int to = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
            // the points when the days select few articles, the doc values when the text does
            b.add(new IndexOrDocValuesQuery(IntPoint.newRangeQuery(Schema.DAY, from, to),
                    NumericDocValuesField.newSlowRangeQuery(Schema.DAY, from, to)), BooleanClause.Occur.FILTER);
            articlesOnly = true;
        }
        if (!articlesOnly) {
            b.add(new TermQuery(new Term(Schema.KIND, Schema.ARTICLE)), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** Whether every field the query reads, under NOT too, is a searched title or text field. */
    static boolean searchedFieldsOnly(Query query) {
        boolean[] other = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                other[0] |= !Schema.SEARCHED.containsKey(field);
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return !other[0];
    }

    /** The parsed text, or null when there is none. */
    public static Query text(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, Schema.analyzer(), Schema.SEARCHED);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw bad(text, e.getMessage());
        } catch (IndexSearcher.TooManyClauses e) {
            throw bad(text, "it expands to too many terms (" + e.getMessage() + ")");
        }
    }

    /** The malformed query refused with what is wrong, in words, and how the syntax goes. */
    public static StoreException bad(String text, String cause) {
        String why = cause == null ? "" : cause.replaceFirst("^Cannot parse '.*?': ", "")
                .replaceAll("\\s+", " ").trim();
        return new StoreException(StoreException.Reason.BAD_QUERY, "cannot read the query [" + text + "]: " + why
                + ". Put phrases in double quotes in pairs, AND, OR and NOT between words, and escape the "
                + "characters + - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ / with a backslash");
    }

    /** Adds a filter on the value when there is one; whether it did. */
    private static boolean filter(BooleanQuery.Builder b, String field, String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String v = value.strip();
        v = upper ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
        b.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.FILTER);
        return true;
    }
}
