package id.warta.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-element statistics of a page gathered in one traversal and folded bottom-up in one loop, so that later
 * stages never re-read the text of an element. Elements are numbered in document (pre-)order, so the subtree of
 * element {@code i} is exactly the ids {@code i .. end[i]-1}.
 *
 * <p>Text is counted in non-space characters. "Leaf" text of a block element is the text of its inline content
 * only, not of the blocks nested in it: it is the unit the scorer judges.
 */
final class PageStats {

    int size;
    Element[] elements = new Element[1024];
    int[] parent = new int[1024];
    int[] end = new int[1024];
    byte[] kind = new byte[1024];
    byte[] verdict = new byte[1024];
    /** Text of the whole subtree, and the part of it inside links. */
    int[] text = new int[1024];
    int[] link = new int[1024];
    /** Text of the element's inline content (its own leaf block), the part inside links, and its commas. */
    int[] leaf = new int[1024];
    int[] leafLink = new int[1024];
    int[] leafCommas = new int[1024];
    /** Whether the subtree holds a table below the element itself, and block children. */
    boolean[] nestedTable = new boolean[1024];
    boolean[] blockChildren = new boolean[1024];
    /** Deepest element nesting (the document is depth 0), measured here because this walk visits every element. */
    int maxDepth;

    /** Verdicts of the class and id values seen on this page. */
    private final Map<String, Byte> names = new HashMap<>();

    private PageStats() {
    }

    static PageStats of(Document doc) {
        PageStats s = new PageStats();
        s.count(doc);
        s.fold();
        return s;
    }

    boolean isBlock(int id) {
        return BoilerplateRules.isBlock(kind[id]);
    }

    /**
     * Numbers the elements and counts their own text in one walk. The walk keeps its own stack of (element, next
     * child index) rather than using sibling links, which is the cheapest way through jsoup's child lists.
     */
    private void count(Document doc) {
        Element[] nodes = new Element[256];
        int[] nextChild = new int[256];
        int[] ids = new int[256];
        int depth = 0;
        int skipDepth = 0;
        int linkDepth = 0;
        nodes[0] = doc;
        ids[0] = add(doc, -1);
        depth = 1;
        while (depth > 0) {
            Element e = nodes[depth - 1];
            int i = nextChild[depth - 1];
            int id = ids[depth - 1];
            if (i < e.childNodeSize()) {
                nextChild[depth - 1] = i + 1;
                Node child = e.childNode(i);
                if (child instanceof Element c) {
                    int cid = add(c, id);
                    maxDepth = Math.max(maxDepth, depth);
                    if (depth == nodes.length) {
                        nodes = Arrays.copyOf(nodes, depth * 2);
                        nextChild = Arrays.copyOf(nextChild, depth * 2);
                        ids = Arrays.copyOf(ids, depth * 2);
                    }
                    nodes[depth] = c;
                    nextChild[depth] = 0;
                    ids[depth] = cid;
                    depth++;
                    if (kind[cid] == BoilerplateRules.SKIP || verdict[cid] == BoilerplateRules.HIDDEN) {
                        skipDepth++;
                    } else if (kind[cid] == BoilerplateRules.LINK) {
                        linkDepth++;
                    }
                } else if (child instanceof TextNode t && skipDepth == 0) {
                    countText(t.getWholeText(), id, linkDepth > 0);
                }
            } else {
                end[id] = size;
                if (kind[id] == BoilerplateRules.SKIP || verdict[id] == BoilerplateRules.HIDDEN) {
                    skipDepth--;
                } else if (kind[id] == BoilerplateRules.LINK) {
                    linkDepth--;
                }
                nodes[--depth] = null;
            }
        }
    }

    private void countText(String s, int id, boolean inLink) {
        int chars = 0;
        int commas = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c != '\u00a0') {
                chars++;
                if (c == ',' || c == '，' || c == '、') {
                    commas++;
                }
            }
        }
        leaf[id] += chars;
        text[id] += chars;
        leafCommas[id] += commas;
        if (inLink) {
            leafLink[id] += chars;
            link[id] += chars;
        }
    }

    private int add(Element e, int parentId) {
        if (size == elements.length) {
            grow();
        }
        int id = size++;
        elements[id] = e;
        parent[id] = parentId;
        byte k = BoilerplateRules.tagKind(e.normalName());
        kind[id] = k;
        verdict[id] = k == BoilerplateRules.SKIP ? BoilerplateRules.NEUTRAL : BoilerplateRules.verdict(e, names);
        return id;
    }

    /**
     * Children have larger ids than their parent, so one loop from the last id down completes every element
     * before its parent reads it.
     */
    private void fold() {
        for (int i = size - 1; i >= 0; i--) {
            int p = parent[i];
            if (p < 0) {
                continue;
            }
            text[p] += text[i];
            link[p] += link[i];
            if (kind[i] == BoilerplateRules.TABLE || nestedTable[i]) {
                nestedTable[p] = true;
            }
            if (isBlock(i)) {
                blockChildren[p] = true;
            } else {
                // inline content belongs to the enclosing block's leaf text
                leaf[p] += leaf[i];
                leafLink[p] += leafLink[i];
                leafCommas[p] += leafCommas[i];
            }
        }
    }

    private void grow() {
        int n = elements.length * 2;
        elements = Arrays.copyOf(elements, n);
        parent = Arrays.copyOf(parent, n);
        end = Arrays.copyOf(end, n);
        kind = Arrays.copyOf(kind, n);
        verdict = Arrays.copyOf(verdict, n);
        text = Arrays.copyOf(text, n);
        link = Arrays.copyOf(link, n);
        leaf = Arrays.copyOf(leaf, n);
        leafLink = Arrays.copyOf(leafLink, n);
        leafCommas = Arrays.copyOf(leafCommas, n);
        nestedTable = Arrays.copyOf(nestedTable, n);
        blockChildren = Arrays.copyOf(blockChildren, n);
    }
}
