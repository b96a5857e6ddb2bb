package id.warta.extract;

import static id.warta.extract.BoilerplateRules.BOILER;
import static id.warta.extract.BoilerplateRules.CAPTION;
import static id.warta.extract.BoilerplateRules.CAPTION_CLASS;
import static id.warta.extract.BoilerplateRules.HEADING;
import static id.warta.extract.BoilerplateRules.RELATED;

/**
 * Finds the element holding the article. Every leaf block gets a weight, positive for paragraph-like text (long,
 * few links) and negative for link lists and boilerplate, and the container is the element whose subtree has
 * the largest total: the tightest box that takes in the article's paragraphs while leaving the page's
 * furniture out. Known article-body containers win when they hold nearly as much.
 */
final class ContentScorer {

    /** Leaf text below this many characters is neither evidence for nor against a container. */
    private static final int SHORT = 20;
    /** A boilerplate-named element holding this share of the page's paragraph text is the article after all. */
    private static final double MOST_TEXT = 0.6;
    /** Paragraph text below this is too little to overrule a boilerplate name. */
    private static final int MIN_ARTICLE = 250;
    /** A hinted container must hold this share of the best container's weight to be preferred. */
    private static final double HINT_SHARE = 0.7;
    /** A layout cell holding this share of its parent's paragraph text is the tighter container. */
    private static final double TIGHT_SHARE = 0.8;

    /**
     * Negative evidence counts at this share: boxes of links and boilerplate inside the article are removed by
     * the writer anyway, so they must not push the choice away from the box that holds the paragraphs.
     */
    private static final double NEG = 0.3;
    /** Link text inside a paragraph counts against it at this rate. */
    private static final int LINK_WEIGHT = 2;
    /** Commas mark running prose, as in Readability. */
    private static final int COMMA_WEIGHT = 10;

    /** Lead paragraphs: at least this much prose, at most this much text, passing at most this many boxes. */
    private static final int LEAD_MIN = 60;
    private static final int LEAD_MAX = 2000;
    private static final int MAX_PASSED = 4;
    /** A box with a picture and less text than this is a figure and its caption, not a lead paragraph. */
    private static final int LEAD_FIGURE = 600;

    private final PageStats s;
    /** Paragraph-like text in each subtree, regardless of names. */
    final int[] good;
    /** Whether the element's own name marks it as boilerplate (after the most-text exception). */
    final boolean[] boiler;
    /** Subtree weight. */
    final long[] sum;

    ContentScorer(PageStats s) {
        this.s = s;
        int n = s.size;
        good = new int[n];
        boiler = new boolean[n];
        sum = new long[n];
        for (int i = n - 1; i >= 0; i--) {
            if (s.isBlock(i) && isParagraph(i)) {
                good[i] += s.leaf[i];
            }
            int p = s.parent[i];
            if (p >= 0) {
                good[p] += good[i];
            }
        }
        int pageGood = n == 0 ? 0 : good[0];
        boolean[] inBoiler = new boolean[n];
        for (int i = 0; i < n; i++) {
            byte v = s.verdict[i];
            boiler[i] = (v == BOILER || v == RELATED) && (good[i] < MOST_TEXT * pageGood || good[i] < MIN_ARTICLE)
                    || v == BoilerplateRules.PAYWALL && good[i] < MIN_ARTICLE;
            int p = s.parent[i];
            inBoiler[i] = boiler[i] || p >= 0 && inBoiler[p];
        }
        for (int i = n - 1; i >= 0; i--) {
            if (s.isBlock(i)) {
                sum[i] += weight(i, inBoiler[i]);
            }
            int p = s.parent[i];
            if (p >= 0) {
                sum[p] += sum[i];
            }
        }
    }

    /** Whether the leaf text of a block reads like a paragraph: long enough and mostly not links. */
    boolean isParagraph(int i) {
        int t = s.leaf[i];
        return t >= 25 && s.leafLink[i] * 3 < t && s.kind[i] != HEADING;
    }

    private long weight(int i, boolean inBoiler) {
        int t = s.leaf[i];
        if (t == 0) {
            return 0;
        }
        int l = s.leafLink[i];
        if (inBoiler) {
            return (long) (-t * NEG);
        }
        byte k = s.kind[i];
        if (k == CAPTION || s.verdict[i] == CAPTION_CLASS) {
            return 0;
        }
        int plain = t - l;
        if (k == HEADING || plain < SHORT) {
            return (long) (-l * NEG);
        }
        long w = plain - (long) LINK_WEIGHT * l + (long) COMMA_WEIGHT * s.leafCommas[i];
        return w < 0 ? (long) (w * NEG) : w;
    }

    /**
     * Paragraphs just before the container that belong to the article: a summary or lead paragraph that the page
     * keeps in its own box above the body ("article__summary", "standfirst"). Scans the container's preceding
     * siblings, nearest first, passing over empty and boilerplate boxes, and stops at the first box that does not
     * read as prose. Ids in document order.
     */
    int[] leads(int container) {
        int p = s.parent[container];
        if (p < 0) {
            return new int[0];
        }
        int[] before = new int[16];
        int n = 0;
        for (int j = p + 1; j < container; j = s.end[j]) {
            if (n == before.length) {
                System.arraycopy(before, 1, before, 0, n - 1);
                n--;
            }
            before[n++] = j;
        }
        // the passed boxes are not written: their figures are the body writer's to find
        int[] leads = new int[n];
        int found = 0;
        int passed = 0;
        for (int k = n - 1; k >= 0 && passed < MAX_PASSED; k--) {
            int j = before[k];
            int t = s.text[j];
            if (t == 0 || boiler[j] || s.kind[j] == BoilerplateRules.SKIP || s.kind[j] == BoilerplateRules.FIGURE
                    || s.verdict[j] == BoilerplateRules.HIDDEN || s.verdict[j] == CAPTION_CLASS
                    || t < LEAD_FIGURE && hasImage(j)) {
                passed++;
                continue;
            }
            boolean prose = good[j] >= LEAD_MIN && good[j] >= 0.8 * t && s.link[j] * 5 < t;
            if (prose && t < LEAD_MAX && !hasHeadingOrList(j)) {
                leads[found++] = j;
                continue;
            }
            break;
        }
        int[] out = new int[found];
        for (int k = 0; k < found; k++) {
            out[k] = leads[found - 1 - k];
        }
        return out;
    }

    /** A box with a picture and no more text than a caption is a figure, whose text is its caption. */
    private boolean hasImage(int id) {
        for (int i = id; i < s.end[id]; i++) {
            if (s.kind[i] == BoilerplateRules.IMG) {
                return true;
            }
        }
        return false;
    }

    /** Key-point lists and headed boxes above an article are summaries or teasers, not its lead. */
    private boolean hasHeadingOrList(int id) {
        for (int i = id; i < s.end[id]; i++) {
            if (s.kind[i] == HEADING || s.kind[i] == BoilerplateRules.LIST_ITEM) {
                return true;
            }
        }
        return false;
    }

    /**
     * The child holding nearly all of a box's paragraph text, repeatedly, through layout tables: a few short bits
     * of prose in other cells (a footer's address, an advert's phone number in a side column) can lift the whole
     * page table above the cell that holds the article. Boxes built of divs name their side columns, and a
     * headline box beside the text may hold a summary, so they are left as the scores chose them.
     */
    private int tighten(int box) {
        int b = box;
        while (true) {
            int top = -1;
            for (int j = b + 1; j < s.end[b]; j = s.end[j]) {
                if (top < 0 || good[j] > good[top]) {
                    top = j;
                }
            }
            if (top < 0 || !s.isBlock(top) || good[top] < TIGHT_SHARE * good[b] || sum[top] <= 0
                    || !isTablePart(b) && !isTablePart(top)) {
                return b;
            }
            b = top;
        }
    }

    private boolean isTablePart(int id) {
        byte k = s.kind[id];
        if (k == BoilerplateRules.TABLE || k == BoilerplateRules.CELL) {
            return true;
        }
        String tag = s.elements[id].normalName();
        return tag.equals("tr") || tag.equals("tbody") || tag.equals("thead") || tag.equals("tfoot");
    }

    /** The article container's id, or -1 when no element holds more content than furniture. */
    int container() {
        int best = -1;
        long bestSum = 0;
        for (int i = s.size - 1; i > 0; i--) {
            if (sum[i] > bestSum && s.isBlock(i)) {
                best = i;
                bestSum = sum[i];
            }
        }
        if (best < 0) {
            return -1;
        }
        best = tighten(best);
        int hint = -1;
        long hintSum = 0;
        for (int i = s.size - 1; i > 0; i--) {
            if (sum[i] > hintSum && s.verdict[i] == BoilerplateRules.CONTENT
                    && BoilerplateRules.isArticleBodyHint(s.elements[i])) {
                hint = i;
                hintSum = sum[i];
            }
        }
        return hint >= 0 && hintSum >= HINT_SHARE * bestSum ? hint : best;
    }
}
