package id.warta.extract;

import id.warta.model.Block;
import id.warta.model.Image;
import id.warta.model.Related;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static id.warta.extract.BoilerplateRules.BR;
import static id.warta.extract.BoilerplateRules.CAPTION;
import static id.warta.extract.BoilerplateRules.CAPTION_CLASS;
import static id.warta.extract.BoilerplateRules.CELL;
import static id.warta.extract.BoilerplateRules.FIGURE;
import static id.warta.extract.BoilerplateRules.HEADING;
import static id.warta.extract.BoilerplateRules.HIDDEN;
import static id.warta.extract.BoilerplateRules.IMG;
import static id.warta.extract.BoilerplateRules.LINK;
import static id.warta.extract.BoilerplateRules.LIST;
import static id.warta.extract.BoilerplateRules.LIST_ITEM;
import static id.warta.extract.BoilerplateRules.PRE;
import static id.warta.extract.BoilerplateRules.QUOTE;
import static id.warta.extract.BoilerplateRules.RELATED;
import static id.warta.extract.BoilerplateRules.SKIP;
import static id.warta.extract.BoilerplateRules.TABLE;

/**
 * Writes the blocks of the chosen container in reading order, leaving out what the scorer marked as boilerplate,
 * link lists, page furniture lines and captions, and collecting teasers, captions and the lead image on the way.
 * Elements are numbered as in {@link PageStats}: the writer keeps a running id and jumps over skipped subtrees.
 * One instance per extraction.
 */
final class BodyWriter implements NodeFilter {

    /** A container whose text is mostly links is a link list, not prose. */
    private static final double LINK_LIST = 0.5;
    /** A block whose text is mostly links is dropped. */
    private static final double LINK_BLOCK = 0.6;
    /** Tables this large are page layout, read as ordinary containers. */
    private static final int LAYOUT_TABLE = 5000;
    /** A paragraph this long inside a table cell is prose laid out by the table. */
    private static final int PROSE_CELL = 80;
    private static final int BIG_FIGURE = 600;
    /** How many boxes above the text container may hold its figure. */
    private static final int NEAR_BOXES = 3;
    /** A gallery of captioned slides above the text holds at most this much text. */
    private static final int MAX_GALLERY = 6000;
    /** A teaser box holds a label and a few headlines, no more. */
    private static final int TEASER_BOX = 600;
    /** Shorter lines may repeat words of the title by chance. */
    private static final int MIN_TITLE = 15;
    /** Byline and date lines are short; longer blocks are not parsed as one. */
    private static final int MAX_BYLINE = 200;
    /** Images narrower or lower than this are icons, not the article's photo. */
    private static final int MIN_IMAGE_SIDE = 50;
    /** Addresses of images that are page furniture. */
    private static final Pattern NOT_A_PHOTO = Pattern.compile(
            "(?i)avatar|gravatar|/icons?[/._-]|[/_-]icon[._-]|logo|emoji|spacer|blank\\.gif|pixel\\.gif|1x1|placeholder");
    private static final Pattern SRCSET_SEPARATOR = Pattern.compile("[\\s,]+");
    /** Tag and class names of a box holding a photo. */
    private static final Pattern FIGURE_BOX = Pattern.compile(
            "^(?:figure|picture|img)\\b|photo|image|img|figure|media|foto|gambar|thumb|visual|hero|lead|gallery|galeri|"
                    + "slide",
            Pattern.CASE_INSENSITIVE);

    private final PageStats s;
    private final ContentScorer scorer;
    /** The page title, to recognise the headline repeated above the text. */
    private final String title;
    /** The element being written; it is never skipped, whatever its name says. */
    private int root;
    /** The article container, near which a lead photo is looked for. */
    private final int container;

    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Related> related = new ArrayList<>();
    private final List<String> captions = new ArrayList<>();
    /** Pages repeat teasers and captions; sets keep the check constant-time on pages with thousands of them. */
    private final Set<Related> relatedSeen = new HashSet<>();
    private final Set<String> captionsSeen = new HashSet<>();
    private final List<String> bylines = new ArrayList<>();
    private String imageUrl;
    private String imageCaption;
    private boolean imageAwaitsCaption;

    private int next;
    private final StringBuilder buf = new StringBuilder();
    private boolean pendingSpace;
    private boolean lastWasBr;
    private int linkChars;
    private int linkDepth;
    /** The block's first real link; its address is resolved only if the block turns out to be a teaser. */
    private Element firstLink;
    /** Where the lines broken by single {@code <br>}s start in the block being written. */
    private int[] breaks = new int[8];
    private int breakCount;
    private boolean labelPending;

    /** Block context stack: the type and level each open block gives its text. */
    private Block.Type[] ctxType = new Block.Type[64];
    private int[] ctxLevel = new int[64];
    private int[] ctxId = new int[64];
    private int ctxDepth;
    /** Ids of the elements entered and not yet left, for matching tails to heads. */
    private int[] open = new int[256];
    private int openDepth;
    /** Open ordered-list counters (-1 for unordered lists). */
    private int[] listCounter = new int[16];
    private int listDepth;

    BodyWriter(PageStats s, ContentScorer scorer, int container, String title) {
        this.s = s;
        this.title = title;
        this.scorer = scorer;
        this.container = container;
    }

    /** Writes the blocks of one element's subtree. */
    void write(int id) {
        root = id;
        next = id;
        NodeTraversor.filter(this, s.elements[id]);
        flush();
    }

    Body body() {
        flush();
        nearbyFigures();
        Image image = imageUrl == null ? null : new Image(imageUrl, imageCaption);
        return new Body(paragraphs, related, captions, image, bylines, s.maxDepth);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        int id = next++;
        FilterResult r = enter(e, id);
        if (r == FilterResult.CONTINUE) {
            if (openDepth == open.length) {
                open = Arrays.copyOf(open, openDepth * 2);
            }
            open[openDepth++] = id;
        }
        return r;
    }

    private FilterResult enter(Element e, int id) {
        byte k = s.kind[id];
        byte v = s.verdict[id];
        if (id != root) {
            if (k == SKIP || v == HIDDEN) {
                return skip(id);
            }
            if (k == CAPTION || v == CAPTION_CLASS) {
                // a caption class often names the whole figure box ("wp-caption"), image included
                figure(id);
                return skip(id);
            }
            if (v == RELATED || scorer.boiler[id]) {
                if (v == RELATED || labelPending) {
                    harvest(e);
                }
                return skip(id);
            }
            if (s.blockChildren[id] && s.text[id] > 0 && s.link[id] > LINK_LIST * s.text[id]
                    && s.kind[id] != TABLE) {
                if (labelPending || startsWithLabel(id)) {
                    harvest(e);
                }
                return skip(id);
            }
        }
        switch (k) {
            case BR -> {
                if (lastWasBr) {
                    flush();
                } else {
                    pendingSpace = buf.length() > 0;
                    lastWasBr = true;
                    if (buf.length() > 0) {
                        if (breakCount == breaks.length) {
                            breaks = Arrays.copyOf(breaks, breakCount * 2);
                        }
                        breaks[breakCount++] = buf.length();
                    }
                }
                return FilterResult.CONTINUE;
            }
            case IMG -> {
                image(e);
                return FilterResult.CONTINUE;
            }
            case LINK -> {
                linkDepth++;
                if (firstLink == null && target(e) != null) {
                    firstLink = e;
                }
                return FilterResult.CONTINUE;
            }
            case HEADING -> {
                if (e.normalName().equals("h1")) {
                    return skip(id);
                }
            }
            case PRE -> {
                flush();
                String pre = e.wholeText().strip();
                if (!pre.isEmpty()) {
                    emit(Block.Type.PREFORMATTED, 0, pre);
                }
                return skip(id);
            }
            case TABLE -> {
                if (id != root && !s.nestedTable[id] && s.text[id] < LAYOUT_TABLE && !holdsProse(id)) {
                    flush();
                    if (s.text[id] < TEASER_BOX && startsWithLabel(id)) {
                        // an inline "Baca juga" box laid out as a one-cell table
                        harvest(e);
                    } else if (s.text[id] < BIG_FIGURE && hasImage(id)) {
                        // old layouts float a photo and its caption in a small table
                        figure(id);
                    } else if (!BoilerplateRules.isCommentsLabel(firstText(id))) {
                        table(e);
                    }
                    return skip(id);
                }
            }
            case FIGURE -> {
                if (id != root && s.text[id] < BIG_FIGURE) {
                    flush();
                    figure(id);
                    return skip(id);
                }
            }
            default -> {
            }
        }
        if (BoilerplateRules.isBlock(k)) {
            flush();
            push(id, e, k);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element)) {
            return FilterResult.CONTINUE;
        }
        int id = open[--openDepth];
        if (ctxDepth > 0 && ctxId[ctxDepth - 1] == id) {
            flush();
            if (s.kind[id] == LIST) {
                listDepth--;
            }
            ctxDepth--;
        } else if (s.kind[id] == LINK) {
            linkDepth--;
        }
        return FilterResult.CONTINUE;
    }

    private FilterResult skip(int id) {
        next = s.end[id];
        return FilterResult.SKIP_ENTIRELY;
    }

    private void push(int id, Element e, byte k) {
        if (ctxDepth == ctxType.length) {
            ctxType = Arrays.copyOf(ctxType, ctxDepth * 2);
            ctxLevel = Arrays.copyOf(ctxLevel, ctxDepth * 2);
            ctxId = Arrays.copyOf(ctxId, ctxDepth * 2);
        }
        Block.Type type = ctxDepth == 0 ? Block.Type.PARAGRAPH : ctxType[ctxDepth - 1];
        int level = ctxDepth == 0 ? 0 : ctxLevel[ctxDepth - 1];
        switch (k) {
            case HEADING -> {
                type = Block.Type.HEADING;
                level = e.normalName().charAt(1) - '0';
            }
            case QUOTE -> {
                type = Block.Type.QUOTE;
                level = 0;
            }
            case LIST -> {
                if (listDepth == listCounter.length) {
                    listCounter = Arrays.copyOf(listCounter, listDepth * 2);
                }
                listCounter[listDepth++] = e.normalName().equals("ol") ? startOf(e) - 1 : -1;
            }
            case LIST_ITEM -> {
                type = Block.Type.LIST_ITEM;
                level = 0;
                if (listDepth > 0 && listCounter[listDepth - 1] >= 0) {
                    level = ++listCounter[listDepth - 1];
                }
            }
            default -> {
            }
        }
        ctxType[ctxDepth] = type;
        ctxLevel[ctxDepth] = level;
        ctxId[ctxDepth] = id;
        ctxDepth++;
    }

    private static int startOf(Element ol) {
        String start = ol.attr("start").strip();
        if (!start.isEmpty() && start.length() < 6 && start.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(start);
        }
        return 1;
    }

    private void append(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '\u00a0' || Character.isWhitespace(c)) {
                pendingSpace = buf.length() > 0;
                continue;
            }
            if (c >= '\u200b' && c <= '\u200d' || c == '\ufeff' || c == '\u00ad') {
                // zero-width spaces, joiners and soft hyphens: invisible, and they break words apart
                continue;
            }
            if (pendingSpace) {
                buf.append(' ');
                pendingSpace = false;
            }
            buf.append(c);
            lastWasBr = false;
            if (linkDepth > 0) {
                linkChars++;
            }
        }
    }

    private void flush() {
        int len = buf.length();
        if (len > 0) {
            String text = breakCount > 0 ? withoutFurnitureLines(buf.toString()) : buf.toString();
            Block.Type type = ctxDepth == 0 ? Block.Type.PARAGRAPH : ctxType[ctxDepth - 1];
            int level = ctxDepth == 0 ? 0 : ctxLevel[ctxDepth - 1];
            if (!text.isEmpty()) {
                accept(type, level, text, linkChars > LINK_BLOCK * len);
            }
        }
        buf.setLength(0);
        breakCount = 0;
        pendingSpace = false;
        lastWasBr = false;
        linkChars = 0;
        firstLink = null;
    }

    /**
     * A block whose lines are broken by single {@code <br>}s, as old table layouts print the headline, date,
     * reporter and photo credit: those lines leave it (credits to the captions, bylines to the metadata), the
     * rest stays one block.
     */
    private String withoutFurnitureLines(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        for (int b = 0; b <= breakCount; b++) {
            int to = b < breakCount ? breaks[b] : text.length();
            String line = text.substring(from, to).strip();
            from = to;
            if (line.isEmpty() || furnitureLine(line)) {
                continue;
            }
            if (kept.length() > 0) {
                kept.append(' ');
            }
            kept.append(line);
        }
        return kept.toString();
    }

    /**
     * Only lines that say who and when, photo credits and the repeated headline: an address or a number on a
     * line of its own is part of what the block lists.
     */
    private boolean furnitureLine(String line) {
        if (BoilerplateRules.isCredit(line)) {
            caption(line);
            return true;
        }
        return byline(line) || paragraphs.isEmpty() && isTitle(line);
    }

    /** A byline or date line ("Laporan: Yohanes K.", "Oleh Rudi - detikNews"): kept for the metadata, not the text. */
    private boolean byline(String line) {
        if (line.length() > MAX_BYLINE) {
            return false;
        }
        Optional<Bylines.Byline> b = Bylines.parse(line, ZoneOffset.UTC);
        if (b.isPresent() && (b.get().marked() || b.get().dateOnly())) {
            bylines.add(line);
            return true;
        }
        return false;
    }

    private void accept(Block.Type type, int level, String text, boolean mostlyLinks) {
        Optional<String> teaser = Teasers.headline(text);
        if (teaser.isPresent()) {
            teaser(teaser.get(), firstLink == null ? null : href(firstLink));
            return;
        }
        if (Teasers.isLabel(text)) {
            labelPending = true;
            return;
        }
        if (BoilerplateRules.isSectionLabel(text) && (type == Block.Type.HEADING || type == Block.Type.PARAGRAPH)) {
            labelPending = true;
            return;
        }
        if (mostlyLinks || labelPending && type == Block.Type.LIST_ITEM && firstLink != null) {
            if (labelPending) {
                teaser(text, firstLink == null ? null : href(firstLink));
            }
            return;
        }
        labelPending = false;
        if (BoilerplateRules.isCredit(text)) {
            caption(text);
            return;
        }
        Optional<String> labelled = Captions.caption(text);
        if (labelled.isPresent()) {
            caption(labelled.get());
            return;
        }
        if (byline(text) || BoilerplateRules.isFurniture(text) || Boilerplate.is(text)
                || paragraphs.isEmpty() && isTitle(text)) {
            return;
        }
        emit(type, level, text);
    }

    /** Whether a block before any text repeats the page title (the headline, which metadata reports). */
    private boolean isTitle(String text) {
        return text.length() >= MIN_TITLE && text.length() <= title.length() && title.contains(text);
    }

    private void emit(Block.Type type, int level, String text) {
        paragraphs.add(new Paragraph(type, level, text));
        imageAwaitsCaption = false;
    }

    private void caption(String text) {
        String c = text.strip();
        if (c.isEmpty()) {
            return;
        }
        if (captionsSeen.add(c)) {
            captions.add(c);
        }
        if (imageAwaitsCaption && imageCaption == null) {
            imageCaption = c;
        }
    }

    private void image(Element img) {
        if (imageUrl != null) {
            return;
        }
        String url = imageUrl(img);
        if (url != null) {
            imageUrl = url;
            imageAwaitsCaption = true;
        }
    }

    /**
     * The image's absolute address: the lazy-loading attributes first (their {@code src} is often a placeholder),
     * then {@code src}, then the first {@code srcset} candidate. Null for icons, avatars, tracking pixels and
     * other images too small to be the article's.
     */
    static String imageUrl(Element img) {
        if (small(img.attr("width")) || small(img.attr("height"))) {
            return null;
        }
        for (String attr : new String[] {"data-src", "data-original", "data-lazy-src", "data-url", "src"}) {
            String v = img.attr(attr).strip();
            if (!v.isEmpty() && !v.startsWith("data:") && !NOT_A_PHOTO.matcher(v).find()) {
                String abs = img.absUrl(attr);
                return abs.isEmpty() ? v : abs;
            }
        }
        for (String attr : new String[] {"srcset", "data-srcset"}) {
            String v = img.attr(attr).strip();
            String first = v.isEmpty() ? "" : SRCSET_SEPARATOR.split(v, 2)[0];
            if (!first.isEmpty() && !first.startsWith("data:") && !NOT_A_PHOTO.matcher(first).find()) {
                return StringUtil.resolve(img.baseUri(), first);
            }
        }
        return null;
    }

    private static boolean small(String dimension) {
        String d = dimension.strip();
        return !d.isEmpty() && d.length() < 5 && d.chars().allMatch(Character::isDigit)
                && Integer.parseInt(d) < MIN_IMAGE_SIDE;
    }

    /**
     * Many sites put the lead photo, or a gallery, just above the text container rather than inside it, alone or
     * in the header box with the headline. The nearest few preceding siblings of the container and of its parent
     * are searched, and the search stops at a box with more text than a figure's: every caption found there is
     * the article's, and the first picture in a figure box is its lead image when the body has none.
     */
    private void nearbyFigures() {
        int c = container;
        for (int up = 0; up < 2 && c > 0; up++, c = s.parent[c]) {
            int p = s.parent[c];
            if (p < 0) {
                return;
            }
            int[] before = new int[NEAR_BOXES * 4];
            int n = 0;
            for (int j = p + 1; j < c; j = s.end[j]) {
                if (s.kind[j] == SKIP || s.verdict[j] == HIDDEN || s.text[j] == 0 && !hasImage(j)) {
                    continue;
                }
                if (s.verdict[j] == BoilerplateRules.BOILER && !holdsFigure(j)) {
                    // an advertising "leaderboard": a picture in a box named as furniture, with no figure markup
                    continue;
                }
                if (s.link[j] > LINK_LIST * s.text[j]) {
                    // a carousel of other stories: its captions are their headlines
                    continue;
                }
                if (n == before.length) {
                    System.arraycopy(before, 1, before, 0, n - 1);
                    n--;
                }
                before[n++] = j;
            }
            for (int k = n - 1; k >= Math.max(0, n - NEAR_BOXES); k--) {
                if (!nearbyFigure(before[k])) {
                    return;
                }
            }
        }
    }

    /** Takes the captions and lead picture of one box above the text; false when the box holds more than that. */
    private boolean nearbyFigure(int box) {
        if (s.text[box] > MAX_GALLERY) {
            return false;
        }
        int end = s.end[box];
        int captionText = 0;
        List<Integer> found = new ArrayList<>();
        for (int i = box; i < end; i++) {
            if (isCaption(i) && s.text[i] > 0 && !hasInnerCaption(i)) {
                found.add(i);
                captionText += s.text[i];
            }
        }
        if (s.text[box] - captionText > BIG_FIGURE) {
            return false;
        }
        boolean namedBox = isFigureBox(box);
        String url = null;
        for (int i = box; i < end && url == null; i++) {
            if (s.kind[i] == IMG && (namedBox || inFigure(i, box))) {
                url = imageUrl(s.elements[i]);
            }
        }
        if (found.isEmpty() && namedBox && url != null && s.text[box] > 0) {
            // a photo box without caption markup: its text is the caption
            found.add(box);
        }
        if (imageUrl == null && url != null) {
            imageUrl = url;
            imageAwaitsCaption = true;
        }
        for (int i : found) {
            caption(s.elements[i].text());
        }
        return true;
    }

    private boolean isCaption(int id) {
        return s.kind[id] == CAPTION || s.verdict[id] == CAPTION_CLASS;
    }

    /** Whether a caption box holds a smaller caption with text ("wp-caption" around "wp-caption-text"). */
    private boolean hasInnerCaption(int id) {
        for (int i = id + 1; i < s.end[id]; i++) {
            if (isCaption(i) && s.text[i] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a box holds figure or caption markup (a header box with the headline and the lead photo). */
    private boolean holdsFigure(int id) {
        for (int i = id; i < s.end[id]; i++) {
            if (s.kind[i] == FIGURE || isCaption(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasImage(int id) {
        for (int i = id; i < s.end[id]; i++) {
            if (s.kind[i] == IMG) {
                return true;
            }
        }
        return false;
    }

    private boolean isFigureBox(int id) {
        Element e = s.elements[id];
        return s.kind[id] == FIGURE || FIGURE_BOX.matcher(e.normalName() + " " + e.className()).find();
    }

    /** Whether a picture sits in a figure box below {@code top}: logos and avatars elsewhere in a header do not. */
    private boolean inFigure(int img, int top) {
        for (int i = s.parent[img]; i > top; i = s.parent[i]) {
            if (isFigureBox(i) || isCaption(i)) {
                return true;
            }
        }
        return false;
    }

    /** A small figure: its image and caption, never its text. */
    private void figure(int id) {
        int end = s.end[id];
        String caption = null;
        for (int i = id + 1; i < end; i++) {
            if (s.kind[i] == IMG) {
                image(s.elements[i]);
            } else if (caption == null && isCaption(i) && s.text[i] > 0) {
                // an empty caption-classed child is an icon, not the caption
                caption = s.elements[i].text();
            }
        }
        if (caption == null) {
            caption = s.elements[id].text();
        }
        caption(caption);
    }

    private void table(Element table) {
        StringBuilder sb = new StringBuilder();
        for (Element row : table.getElementsByTag("tr")) {
            StringBuilder line = new StringBuilder();
            for (Element cell : row.children()) {
                if (BoilerplateRules.tagKind(cell.normalName()) == CELL) {
                    String c = cell.text();
                    if (!c.isEmpty()) {
                        if (line.length() > 0) {
                            line.append(" | ");
                        }
                        line.append(c);
                    }
                }
            }
            if (line.length() > 0) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(line);
            }
        }
        if (sb.length() > 0) {
            labelPending = false;
            emit(Block.Type.TABLE, 0, sb.toString());
        }
    }

    /** Whether a table's cells hold whole paragraphs: then it lays out the page rather than tabulating data. */
    private boolean holdsProse(int table) {
        for (int i = table + 1; i < s.end[table]; i++) {
            if (s.kind[i] == BoilerplateRules.BLOCK && s.leaf[i] >= PROSE_CELL && scorer.isParagraph(i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the subtree's first text is a teaser label ("Baca Juga", "Related"). */
    private boolean startsWithLabel(int id) {
        String first = firstText(id);
        return first != null && (Teasers.isLabel(first) || Teasers.headline(first).isPresent());
    }

    /** The text of the subtree's first element with text of its own, or null. */
    private String firstText(int id) {
        int end = s.end[id];
        for (int i = id; i < end; i++) {
            if (s.leaf[i] > 0) {
                Element e = s.elements[i];
                String own = e.ownText();
                return own.isBlank() ? e.text() : own;
            }
        }
        return null;
    }

    /** Reports every link of a teaser box as related. */
    private void harvest(Element box) {
        for (Element a : box.getElementsByTag("a")) {
            String title = a.text();
            String href = href(a);
            if (title.length() >= 10 && href != null && !Teasers.isLabel(title)) {
                teaser(title, href);
            }
        }
        labelPending = false;
    }

    /**
     * A link's target: absolute when the page's URL is known, else as written (a file read from disk has no base
     * URL, and its teasers must not be lost for that); {@code null} for script and in-page links.
     */
    private static String href(Element a) {
        String raw = target(a);
        if (raw == null) {
            return null;
        }
        String abs = a.absUrl("href");
        return abs.isEmpty() ? raw : abs;
    }

    /** The href as written, unless it leads nowhere (missing, in-page anchor, script). */
    private static String target(Element a) {
        String raw = a.attr("href").strip();
        return raw.isEmpty() || raw.startsWith("#") || raw.regionMatches(true, 0, "javascript:", 0, 11) ? null : raw;
    }

    /** Records a teaser once, however many times the page repeats it. */
    private void teaser(String title, String url) {
        if (relatedSeen.add(new Related(title, url))) {
            related.add(new Related(title, url));
        }
    }
}
