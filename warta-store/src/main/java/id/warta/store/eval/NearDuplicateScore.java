package id.warta.store.eval;

import java.util.Map;

/**
 * How well near-duplicates were found on a generated corpus: each article is either linked to an earlier original
 * or not, and a link is right when it names the article's true original.
 *
 * @param articles        articles evaluated
 * @param copies          articles that are copies (the truth: syndicated, rewritten, reposted)
 * @param linked          articles the decision linked to an original
 * @param correct         links to the true original
 * @param precision       correct / linked (1 when nothing was linked)
 * @param recall          correct / copies (1 when there are no copies)
 * @param recallByKind    recall per kind of copy ({@code SYNDICATED}, {@code REWRITE}, {@code REPOST})
 * @param lookalikeLinks  look-alikes (hard negatives) wrongly linked
 * @param microsPerSign   mean time to sign one article's text, in microseconds
 */
public record NearDuplicateScore(long articles, long copies, long linked, long correct, double precision,
                                 double recall, Map<String, Double> recallByKind, long lookalikeLinks,
                                 double microsPerSign) {

    public NearDuplicateScore {
        recallByKind = Map.copyOf(recallByKind);
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
