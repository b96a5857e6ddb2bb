package id.warta.extract;

import id.warta.WartaOptions;
import id.warta.decode.DecodedDocument;
import id.warta.model.Article;
import id.warta.model.Failure;
import id.warta.model.Format;
import id.warta.model.Image;
import id.warta.model.Related;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts an article from a plain-text dump of a news page, as scrapers save them: boilerplate lines, a title
 * line, a byline or date line, the lead image's caption, then the story, whose first paragraph may open with a
 * dateline, interrupted by "Baca Juga" teasers and followed by credits and tags.
 * <p>
 * The dump is cut into units (lines, or blank-line separated blocks when the text is hard-wrapped), and each unit
 * is classified by general rules: {@link Boilerplate} and teaser lines anywhere; byline, credit and date lines
 * ({@link Bylines}); captions ({@link Captions}); then the header (title, captions before the dateline paragraph)
 * by position. Writers named by the byline or "Penulis:"/"Reporter:" lines are the authors; "Editor:" names are
 * used only when no writer is named, since a story with no byline is still the editor's responsibility.
 * Thread-safe and stateless.
 */
public final class TextArticleExtractor implements ArticleExtractor {

    /** A document whose lines never exceed this is hard-wrapped: lines of a block are joined into paragraphs. */
    private static final int WRAP_WIDTH = 100;
    /** A byline anchors the title only when at most this many lines precede it (labels, title, deck). */
    private static final int BYLINE_REACH = 4;
    /** Units examined for a title, byline and dateline before the story is assumed to have started. */
    private static final int HEADER_UNITS = 12;
    /** The dateline paragraph must follow the title within this many units (captions, decks in between). */
    private static final int DATELINE_REACH = 6;
    /** Lines between title and dateline longer than this are prose, not captions. */
    private static final int MAX_CAPTION = 300;
    private static final int MAX_TITLE = 300;
    /** A dateline is followed by the story's first sentence, not by a word or two. */
    private static final int MIN_STORY_WORDS = 4;

    /** A list bullet before a teaser in a "Read more:" box. */
    private static final Pattern BULLET = Pattern.compile("^\\s*[-–•*»·]\\s+");

    private static final Set<String> INDONESIAN = Set.of("yang", "dan", "di", "dengan", "ini", "itu", "untuk",
            "dari", "dalam", "tidak", "akan", "pada", "juga", "ke", "karena", "tersebut", "adalah", "oleh", "kata");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was",
            "with", "on", "said", "by", "it", "as", "are", "from", "have", "has", "were");

    /** What each unit of the dump turned out to be. */
    private enum Kind { BODY, DROP, TEASER, BYLINE, CAPTION, TITLE }

    private final WartaOptions options;

    public TextArticleExtractor(WartaOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Article extract(DecodedDocument document) {
        String input = document.raw().input();
        String url = document.raw().url();
        if (document.text().isBlank()) {
            return Article.failed(input, url, Failure.of("empty", "the document has no text"));
        }
        List<String> units = units(document.text());
        int n = units.size();
        Kind[] kind = new Kind[n];
        String[] teaser = new String[n];
        String[] caption = new String[n];
        Bylines.Byline[] byline = new Bylines.Byline[n];
        ZoneId zone = options.defaultZone();

        classifyLines(units, kind, teaser, caption, byline, zone);
        Header header = header(units, kind, caption, byline, zone);

        List<Paragraph> paragraphs = new ArrayList<>();
        List<Related> related = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            switch (kind[i]) {
                case BODY -> paragraphs.add(Paragraph.of(i == header.datelineUnit
                        ? units.get(i).substring(header.dateline.bodyStart()).strip() : units.get(i)));
                case TEASER -> related.add(new Related(teaser[i], null));
                case CAPTION -> captions.add(caption[i]);
                default -> {
                }
            }
        }
        Blocks.Assembled assembled = Blocks.assemble(paragraphs);
        if (assembled.text().isEmpty()) {
            return Article.failed(input, url, Failure.of("no-content",
                    "no article text left after removing title, byline, captions and boilerplate"));
        }
        Credits credits = credits(byline);
        String site = credits.site != null ? credits.site
                : header.dateline != null ? header.dateline.site() : null;
        return new Article(input, Article.Status.OK, null, null, Format.TEXT, document.charset(), url, site,
                language(assembled.text()), header.title, credits.authors(), credits.published, credits.modified,
                header.dateline == null ? null : header.dateline.dateline(),
                captions.isEmpty() ? null : new Image(null, captions.get(0)), captions, assembled.text(),
                assembled.blocks(), related, document.raw().fetched());
    }

    /**
     * Cuts the dump into units. Lines are units, except in hard-wrapped text, where the lines of a block are
     * joined until one ends a sentence and the next starts a new one.
     */
    private static List<String> units(String text) {
        String[] lines = normalise(text).split("\n", -1);
        int longest = 0;
        int nonBlank = 0;
        for (String line : lines) {
            String s = line.strip();
            if (!s.isEmpty()) {
                longest = Math.max(longest, s.length());
                nonBlank++;
            }
        }
        boolean wrapped = longest <= WRAP_WIDTH && nonBlank >= 4;
        List<String> units = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                flush(current, units);
                depth = 0;
                continue;
            }
            boolean join = wrapped && depth > 0;
            if (!join && (!wrapped || special(s))) {
                flush(current, units);
                depth = 0;
                units.add(s);
                continue;
            }
            // "(Reporting by ... in\nAnkara; Editing by ...)": a parenthesis does not end mid-way
            if (!join && current.length() > 0 && (endsSentence(current) && startsSentence(s)
                    || Datelines.splitAnywhere(s).isPresent())) {
                flush(current, units);
                depth = 0;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(s);
            depth = parenthesisDepth(s, depth);
        }
        flush(current, units);
        return units;
    }

    /**
     * Lines that stand alone even in a wrapped block: a title line followed by its byline stays two units. The
     * zone does not matter here, only whether the line is a byline.
     */
    private static boolean special(String line) {
        if (Boilerplate.is(line) || Teasers.headline(line).isPresent() || Teasers.isLabel(line)
                || BULLET.matcher(line).find() || Captions.caption(line).isPresent()) {
            return true;
        }
        Optional<Bylines.Byline> b = Bylines.parse(line, ZoneOffset.UTC);
        return b.isPresent() && (b.get().marked() || b.get().dateOnly());
    }

    /**
     * One pass over the text: line breaks of every convention become {@code \n}, other white space (tabs,
     * no-break spaces) a single space, and zero-width characters, soft hyphens and controls go.
     */
    private static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                sb.append('\n');
                space = false;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else if (!invisible(c)) {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }

    private static boolean invisible(char c) {
        return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || Character.isISOControl(c);
    }

    /** Parentheses left open after the line, given those open before it. */
    private static int parenthesisDepth(String line, int depth) {
        int d = depth;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(') {
                d++;
            } else if (c == ')' && d > 0) {
                d--;
            }
        }
        return d;
    }

    private static void flush(StringBuilder current, List<String> units) {
        if (current.length() > 0) {
            units.add(current.toString());
            current.setLength(0);
        }
    }

    private static boolean endsSentence(CharSequence s) {
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == ':' || c == '…';
    }

    private static boolean startsSentence(String s) {
        char c = s.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '\'' || c == '‘';
    }

    /** Marks what can be told from a line alone: boilerplate, teasers, captions, bylines, credits, dates. */
    private static void classifyLines(List<String> units, Kind[] kind, String[] teaser, String[] caption,
                                      Bylines.Byline[] byline, ZoneId zone) {
        int n = units.size();
        for (int i = 0; i < n; i++) {
            String u = units.get(i);
            if (kind[i] != null) {
                continue;
            }
            if (Boilerplate.is(u)) {
                kind[i] = Kind.DROP;
                continue;
            }
            if (Teasers.isLabel(u)) {
                kind[i] = Kind.DROP;
                // a label alone heads a box: bulleted headlines after it, or a single headline line
                int j = i + 1;
                while (j < n && BULLET.matcher(units.get(j)).find() && units.get(j).length() <= 250) {
                    kind[j] = Kind.TEASER;
                    teaser[j] = BULLET.matcher(units.get(j)).replaceFirst("").strip();
                    j++;
                }
                if (j == i + 1 && j < n && headlineLike(units.get(j))) {
                    kind[j] = Kind.TEASER;
                    teaser[j] = units.get(j);
                }
                continue;
            }
            // after the label test: Teasers reads "Baca Juga" alone as the label "Baca" before a headline "Juga"
            Optional<String> headline = Teasers.headline(u);
            if (headline.isPresent()) {
                kind[i] = Kind.TEASER;
                teaser[i] = headline.get();
                continue;
            }
            Optional<String> c = Captions.caption(u);
            if (c.isPresent()) {
                kind[i] = Kind.CAPTION;
                caption[i] = c.get();
                continue;
            }
            Optional<Bylines.Byline> b = Bylines.parse(u, zone);
            if (b.isPresent() && (b.get().marked() || b.get().dateOnly())) {
                kind[i] = Kind.BYLINE;
                byline[i] = b.get();
            }
        }
    }

    /** A teaser headline standing alone: short, not closing like a sentence. */
    private static boolean headlineLike(String s) {
        return s.length() <= 250 && !s.endsWith(".") && !Boilerplate.is(s);
    }

    /** Title, dateline and where the story starts. */
    private record Header(String title, Datelines.Dateline dateline, int datelineUnit) {
    }

    /**
     * Reads the header by position: the title is the first substantial line before the byline (or before the
     * dateline paragraph); lines between the title and the dateline paragraph are captions of the lead image;
     * the story starts at the dateline paragraph, or at the first line after title and byline. Without a dateline
     * only labelled or credited captions are known (see {@link Captions}): an unmarked short line is then
     * indistinguishable from a short first paragraph, and is kept as one.
     */
    private static Header header(List<String> units, Kind[] kind, String[] caption, Bylines.Byline[] byline,
                                 ZoneId zone) {
        int n = units.size();
        List<Integer> open = new ArrayList<>();
        int firstByline = -1;
        boolean substantial = false;
        for (int i = 0; i < n && open.size() < HEADER_UNITS; i++) {
            if (kind[i] == null) {
                open.add(i);
                substantial |= !label(units.get(i));
            } else if (kind[i] == Kind.BYLINE && firstByline < 0 && substantial && open.size() <= BYLINE_REACH) {
                // a date line under a mere site label ("CNN Indonesia") anchors nothing: the title is still the
                // first line after it; and credits after several paragraphs close a story, they do not head it
                firstByline = i;
            }
        }
        int dateline = -1;
        Datelines.Dateline found = null;
        for (int k = 0; k < Math.min(open.size(), DATELINE_REACH); k++) {
            String u = units.get(open.get(k));
            Optional<Datelines.Dateline> d = Datelines.split(u);
            // "Kompas.com - Money" is a section label, and a headline like "Jokowi - Prabowo Bertemu di Istana"
            // only looks like "Jakarta - ..." when no site is named: a dateline opens a story, which ends its
            // sentences
            if (d.isPresent() && words(u.substring(d.get().bodyStart())) >= MIN_STORY_WORDS
                    && (d.get().site() != null || endsSentence(u))) {
                dateline = open.get(k);
                found = d.get();
                break;
            }
        }
        int titleUnit = -1;
        int limit = firstByline >= 0 ? firstByline : dateline >= 0 ? dateline : -1;
        if (limit >= 0) {
            int fallback = -1;
            for (int i : open) {
                if (i >= limit) {
                    break;
                }
                String u = units.get(i);
                if (u.length() > MAX_TITLE || u.endsWith(".") && !u.endsWith("...")) {
                    continue;
                }
                int words = words(withoutSites(u));
                if (words >= 3) {
                    titleUnit = i;
                    break;
                }
                if (words == 2 && fallback < 0) {
                    fallback = i;
                }
            }
            titleUnit = titleUnit >= 0 ? titleUnit : fallback;
        } else if (!open.isEmpty() && titleLike(units.get(open.get(0)), open)) {
            titleUnit = open.get(0);
        }
        if (titleUnit >= 0) {
            kind[titleUnit] = Kind.TITLE;
            if (titleUnit == dateline) {
                // the headline above a byline is not the story's first paragraph, whatever it starts with
                dateline = -1;
                found = null;
            }
        }
        // a bare "Name - detikNews" or "Jane Doe, Reuters" is a byline only right after the title, and only with
        // the site named: "Presiden Joko Widodo, Senin (3/1/2022)" there is a caption
        int after = titleUnit >= 0 ? titleUnit + 1 : 0;
        for (int i = after; i < n && i <= after + 2; i++) {
            if (kind[i] != null) {
                continue;
            }
            Optional<Bylines.Byline> b = Bylines.parse(units.get(i), zone);
            if (b.isPresent() && b.get().site() != null && i != dateline) {
                kind[i] = Kind.BYLINE;
                byline[i] = b.get();
                firstByline = firstByline < 0 ? i : firstByline;
            }
            break;
        }
        boolean started = false;
        for (int i = 0; i < n; i++) {
            if (kind[i] != null) {
                continue;
            }
            if (started || i == dateline) {
                kind[i] = Kind.BODY;
                started = true;
            } else if (titleUnit >= 0 && i < titleUnit || label(units.get(i))) {
                // section labels and breadcrumbs above the title or the story
                kind[i] = Kind.DROP;
            } else if (dateline > i && units.get(i).length() <= MAX_CAPTION) {
                kind[i] = Kind.CAPTION;
                caption[i] = units.get(i);
            } else if (firstByline > i && titleUnit >= 0 && units.get(i).length() <= MAX_CAPTION) {
                // a deck between title and byline: not the story
                kind[i] = Kind.DROP;
            } else {
                kind[i] = Kind.BODY;
                started = true;
            }
        }
        dropTrailer(units, kind);
        return new Header(titleUnit >= 0 ? units.get(titleUnit) : null, found, found == null ? -1 : dateline);
    }

    /** A word or three with no sentence punctuation: a section name or site label ("detikNews", "World"). */
    private static boolean label(String u) {
        return u.length() <= 40 && words(withoutSites(u)) <= 3 && !endsSentence(u);
    }

    /** Without a byline or dateline to anchor it, the first line is a title only if it does not read as prose. */
    private static boolean titleLike(String u, List<Integer> open) {
        char last = u.charAt(u.length() - 1);
        return open.size() >= 2 && u.length() <= 200 && words(withoutSites(u)) >= 3
                && last != '.' && last != ',' && last != ';' && last != ':';
    }

    /** Words with a letter or digit in them. */
    private static int words(String s) {
        int count = 0;
        for (String w : s.strip().split(" ")) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }

    /** The line without publication names, which label sections ("Kompas.com - Money") rather than title them. */
    private static String withoutSites(String s) {
        if (Datelines.isSite(s)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String w : s.strip().split(" ")) {
            if (!Datelines.isSite(w)) {
                sb.append(w).append(' ');
            }
        }
        return sb.toString();
    }

    /** Short lines after the last paragraph of prose are tag words and link labels, not the story. */
    private static void dropTrailer(List<String> units, Kind[] kind) {
        for (int i = units.size() - 1; i >= 0; i--) {
            if (kind[i] != Kind.BODY) {
                continue;
            }
            String u = units.get(i);
            if (u.length() > 40 || u.split(" ").length > 4 || endsSentence(u)) {
                return;
            }
            kind[i] = Kind.DROP;
        }
    }

    /** Authors, site and dates gathered from every byline, credit and date line. */
    private record Credits(List<String> writers, List<String> editors, String site, OffsetDateTime published,
                           OffsetDateTime modified) {

        /** Writers when named, else editors. */
        List<String> authors() {
            return writers.isEmpty() ? editors : writers;
        }
    }

    private Credits credits(Bylines.Byline[] bylines) {
        Set<String> writers = new LinkedHashSet<>();
        Set<String> editors = new LinkedHashSet<>();
        String site = null;
        OffsetDateTime published = null;
        OffsetDateTime modified = null;
        Instant now = options.clock().instant();
        for (Bylines.Byline b : bylines) {
            if (b == null) {
                continue;
            }
            writers.addAll(b.writers());
            editors.addAll(b.editors());
            site = site == null ? b.site() : site;
            // a date after now is a misread or a scheduled page, not a publication date
            if (published == null && b.published() != null && !b.published().toInstant().isAfter(now)) {
                published = b.published();
            }
            if (modified == null && b.modified() != null && !b.modified().toInstant().isAfter(now)) {
                modified = b.modified();
            }
        }
        if (published != null && modified != null && modified.isBefore(published)) {
            modified = null;
        }
        return new Credits(List.copyOf(writers), List.copyOf(editors), site, published, modified);
    }

    /**
     * "id" or "en" when the text is plainly one of them: enough function words of one language and few of the
     * other. Anything less clear stays {@code null}; analysis identifies languages properly.
     */
    private static String language(String text) {
        int id = 0;
        int en = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start >= 2 && i - start <= 9) {
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (INDONESIAN.contains(w)) {
                    id++;
                } else if (ENGLISH.contains(w)) {
                    en++;
                }
            }
        }
        if (id >= 10 && id >= 4 * en) {
            return "id";
        }
        if (en >= 10 && en >= 4 * id) {
            return "en";
        }
        return null;
    }
}
