package id.warta.store.index;

import id.warta.store.SearchHit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the passage of an article's text that shows the query's words best, and marks them: the text is analysed
 * again with its language's analyzer (the index keeps no offsets, which would cost more than re-reading the ten
 * texts of a result page), tokens whose term the query looks for are matches, and the window of about
 * {@value #LENGTH} characters with the most distinct matched terms wins. Plain text and spans, no markup.
 */
public final class Snippets {

    static final int LENGTH = 240;
    /** Characters of a text scanned for matches: a snippet from further in is seldom what a reader wants. */
    static final int SCANNED = 50_000;

    private Snippets() {
    }

    /** The terms a query looks for in the text field of a language (not those under NOT). */
    public static Set<String> terms(Query query, String lang) {
        Set<Term> terms = new HashSet<>();
        if (query != null) {
            query.visit(QueryVisitor.termCollector(terms));
        }
        Set<String> out = new HashSet<>();
        String field = Schema.text(Schema.fieldLanguage(lang));
        String title = Schema.title(Schema.fieldLanguage(lang));
        for (Term t : terms) {
            if (t.field().equals(field) || t.field().equals(title)) {
                out.add(t.text());
            }
        }
        return out;
    }

    /** The snippet of a text for these terms (analysed as the language's text field). */
    public static SearchHit.Snippet of(String text, String lang, Set<String> terms) {
        List<int[]> matches = terms.isEmpty() ? List.of() : matches(text, lang, terms);
        if (matches.isEmpty()) {
            int end = cut(text, Math.min(text.length(), LENGTH));
            return new SearchHit.Snippet(text.substring(0, end).strip(), List.of());
        }
        int best = 0;
        int bestScore = -1;
        for (int i = 0; i < matches.size(); i++) {
            Set<Integer> distinct = new HashSet<>();
            int count = 0;
            for (int j = i; j < matches.size() && matches.get(j)[1] - matches.get(i)[0] <= LENGTH; j++) {
                distinct.add(matches.get(j)[2]);
                count++;
            }
            int score = distinct.size() * 100 + count;
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        int first = matches.get(best)[0];
        int start = start(text, first);
        int end = cut(text, Math.min(text.length(), start + LENGTH));
        List<SearchHit.Span> spans = new ArrayList<>();
        for (int[] m : matches) {
            if (m[0] >= start && m[1] <= end) {
                spans.add(new SearchHit.Span(m[0] - start, m[1] - start));
            }
        }
        return new SearchHit.Snippet(text.substring(start, end), spans);
    }

    /** Matches as {start, end, term number}, in text order. */
    private static List<int[]> matches(String text, String lang, Set<String> terms) {
        List<String> numbered = new ArrayList<>(terms);
        List<int[]> out = new ArrayList<>();
        Analyzer analyzer = Schema.analyzer();
        String scanned = text.length() > SCANNED ? text.substring(0, SCANNED) : text;
        try (TokenStream ts = analyzer.tokenStream(Schema.text(Schema.fieldLanguage(lang)), scanned)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                // compared in place, not as a string built per token of every text of a page
                for (int n = 0; n < numbered.size(); n++) {
                    if (numbered.get(n).contentEquals(term)) {
                        out.add(new int[] {offset.startOffset(), offset.endOffset(), n});
                        break;
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string", e);
        }
        return out;
    }

    /** Where a passage around a match starts: the sentence start when it is near, else a word start. */
    private static int start(String text, int match) {
        int floor = Math.max(0, match - LENGTH / 3);
        for (int i = match - 1; i >= floor; i--) {
            char c = text.charAt(i);
            if (c == '\n' || (i > 0 && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == '!'
                    || text.charAt(i - 1) == '?') && Character.isWhitespace(c))) {
                return skipSpace(text, i);
            }
        }
        for (int i = floor; i < match; i++) {
            if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
                return skipSpace(text, i);
            }
        }
        return match;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of a passage: back to the last word end before {@code end} (unless the word is very long). */
    private static int cut(String text, int end) {
        if (end >= text.length()) {
            return text.length();
        }
        for (int i = end; i > end - 40 && i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return end;
    }
}
