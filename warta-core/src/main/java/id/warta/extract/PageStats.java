package id.warta.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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

    /** Verdicts of the class and id values seen on this page. */
    private final Map<String, Byte> names = new HashMap<>();

    private PageStats() {
    }

    static PageStats of(Document doc) {
        PageStats s = new PageStats();
        NodeTraversor.traverse(s.new Counter(), doc);
        s.fold();
        return s;
    }

    boolean isBlock(int id) {
        return BoilerplateRules.isBlock(kind[id]);
    }

    private final class Counter implements NodeVisitor {
        private int[] stack = new int[256];
        private int depth;
        private int skipDepth;
        private int linkDepth;

        @Override
        public void head(Node node, int d) {
            if (node instanceof Element e) {
                int id = add(e, depth == 0 ? -1 : stack[depth - 1]);
                if (depth == stack.length) {
                    stack = Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = id;
                if (kind[id] == BoilerplateRules.SKIP || verdict[id] == BoilerplateRules.HIDDEN) {
                    skipDepth++;
                } else if (kind[id] == BoilerplateRules.LINK) {
                    linkDepth++;
                }
            } else if (node instanceof TextNode t && skipDepth == 0 && depth > 0) {
                String s = t.getWholeText();
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
                int id = stack[depth - 1];
                leaf[id] += chars;
                text[id] += chars;
                leafCommas[id] += commas;
                if (linkDepth > 0) {
                    leafLink[id] += chars;
                    link[id] += chars;
                }
            }
        }

        @Override
        public void tail(Node node, int d) {
            if (node instanceof Element) {
                int id = stack[--depth];
                end[id] = size;
                if (kind[id] == BoilerplateRules.SKIP || verdict[id] == BoilerplateRules.HIDDEN) {
                    skipDepth--;
                } else if (kind[id] == BoilerplateRules.LINK) {
                    linkDepth--;
                }
            }
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
