package id.warta.extract;

import id.warta.WartaOptions;
import id.warta.internal.Keywords;
import id.warta.model.Image;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads title, authors, dates, site, canonical URL, language and lead image from a parsed page. Sources, best
 * first: JSON-LD, meta tags, microdata and {@code <time>}, printed bylines after the headline, and the URL. The page
 * is walked once; nothing here throws on bad markup.
 *
 * <p>Dates: a date after the clock's "now" (plus a few minutes) is never taken; the modified date is reported only
 * when it is later than the published one; times without offset or zone word are read in WIB on Indonesian pages
 * (language id, a .id host, or WIB/WITA/WIT printed in a date line) and in the configured default zone otherwise.
 * Authors: persons before organisations; editors only when no writer is credited (see {@link Authors}).
 */
final class HtmlMetadata {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Clocks of publishers and of the machine differ; a date this far ahead is still accepted as now. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    /** Printed bylines and date lines are short; longer elements are containers, not bylines. */
    private static final int MAX_LINE = 200;
    private static final int MAX_CANDIDATES = 40;
    private static final int MAX_SCRIPTS = 16;

    private static final List<String> META_PUBLISHED = List.of("article:published_time", "article:published",
            "og:article:published_time", "datepublished", "parsely-pub-date", "sailthru.date", "pubdate",
            "publishdate", "publish-date", "publish_date", "article.published", "article_date_original",
            "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
            "content_publishedtime", "datecreated", "originalpublicationdate");
    private static final List<String> META_MODIFIED = List.of("article:modified_time", "article:modified",
            "og:article:modified_time",
            "datemodified", "og:updated_time", "article.updated", "dcterms.modified", "dc.date.modified",
            "last-modified", "lastmod", "sailthru.lastmodified");
    private static final List<String> META_AUTHOR = List.of("author", "article:author", "og:article:author",
            "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "content_author",
            "cxenseparse:author");
    private static final List<String> META_IMAGE = List.of("og:image", "og:image:secure_url", "og:image:url",
            "twitter:image", "twitter:image:src", "image", "thumbnailurl");

    /** Class or id words of elements that print a byline. */
    private static final Keywords BYLINE_CLASS = Keywords.of("byline|author|penulis|reporter|editor|writer|"
            + "contributor|kontributor|wartawan|creator|credit|namerep");
    /** Class or id words of elements that print a date. */
    private static final Keywords DATE_CLASS = Keywords.of("date|time|tanggal|waktu|publish|posted|updated|"
            + "timestamp|byline|meta|info|terbit");
    /** Comment threads and related-story boxes carry authors and dates of other texts. */
    private static final Keywords OTHER_TEXT_CLASS = Keywords.of("comment|related|terkait|recommend|popular|"
            + "terpopuler|trending|sidebar|widget|footer|newsletter|rekomendasi|lainnya|more-|next-|prev");
    private static final Set<String> OTHER_TEXT_TAGS = Set.of("nav", "footer", "aside", "form", "figure",
            "figcaption");
    /** Credits of pictures and videos name photographers, not authors. */
    private static final Keywords PICTURE_CLASS = Keywords.of("image|img|photo|foto|caption|gallery|media|video|"
            + "thumb|picture");

    /** Words that turn the rest of a date line into the update time. */
    private static final Pattern UPDATED = Pattern.compile("(?<!\\p{L})(?:last\\s+updated|updated|update|"
            + "diperbarui|diupdate|pembaruan|modified|revised)(?!\\p{L})", Pattern.CASE_INSENSITIVE);
    private static final Pattern INDONESIAN_ZONE = Pattern.compile("(?<!\\p{L})(?:WIB|WITA|WIT)(?!\\p{L})");
    private static final Pattern TIME_HINT = Pattern.compile("(?:T|\\s|,)\\d{1,2}[:.]\\d{2}|^\\d{10,13}$");
    private static final Pattern ROLE_LABEL = Pattern.compile("(?i)(?<!\\p{L})(?:editor|penyunting|redaktur|"
            + "oleh|by|penulis|reporter|wartawan)(?!\\p{L})");
    private static final Pattern SOCIAL_HOSTS = Pattern.compile("(?:^|\\.)(?:facebook|twitter|x|instagram|"
            + "linkedin|tiktok|youtube|threads)\\.(?:com|net)$");
    private static final Pattern SITE_TAGLINE = Pattern.compile("\\s+[|–—-]\\s+|\\s*\\|\\s*");
    /** Query, fragment and then trailing slashes of a URL, left out when its last segment is read as a name. */
    private static final Pattern QUERY = Pattern.compile("[?#].*$");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern PROFILE_SLUG = Pattern.compile("\\p{L}+(?:[-_]\\p{L}+){1,3}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*");

    /** URL dates: /2022/01/08/, /20220108074500-..., -2022-01-08. */
    private static final Pattern URL_DATE = Pattern.compile("(?<!\\d)(?<y>(?:19|20)\\d{2})(?<sep>[/-]?)"
            + "(?<m>[01]\\d)\\k<sep>(?<d>[0-3]\\d)(?:(?<h>[0-2]\\d)(?<mi>[0-5]\\d)(?<s>[0-5]\\d))?(?=\\d*(?:[/_.-]|$))");

    private HtmlMetadata() {
    }

    /**
     * Reads the page's metadata.
     *
     * @param doc     the parsed page
     * @param url     where the page came from, may be null
     * @param options the clock (future dates are rejected) and the default zone
     */
    public static Metadata read(Document doc, String url, WartaOptions options) {
        Scan scan = new Scan();
        NodeTraversor.filter(scan, doc);
        JsonLd.Info ld = JsonLd.read(scan.scripts, scan.meta("og:title") != null ? scan.meta("og:title")
                : scan.titleTag);

        String base = !doc.location().isEmpty() ? doc.location() : url;
        String canonical = canonical(scan, base, url);
        String host = host(canonical != null ? canonical : url);
        String hostLabel = hostLabel(host);

        String language = language(scan, ld);
        String site = siteName(scan.meta("og:site_name"), ld.publisher(), ld.website(),
                scan.meta("application-name"), scan.meta("al:android:app_name"));

        Titled titled = title(scan, ld, site, hostLabel);
        if (site == null) {
            site = titled.site != null ? titled.site : registrableDomain(host);
        }

        List<String> authors = authors(scan, ld, site, hostLabel, titled.headlineOrder);

        boolean indonesian = language != null && (language.equals("id") || language.startsWith("id-"))
                || host != null && host.endsWith(".id")
                || scan.dateLines.stream().anyMatch(l -> INDONESIAN_ZONE.matcher(l.text).find())
                || scan.bylines.stream().anyMatch(l -> INDONESIAN_ZONE.matcher(l.text).find());
        ZoneId zone = indonesian ? JAKARTA : options.defaultZone();
        Instant latest = options.clock().instant().plus(CLOCK_SKEW);
        // "01/08/2022" is 8 January on a US page and 1 August everywhere else
        boolean monthFirst = !indonesian && "en-US".equals(language);
        Dates dates = dates(scan, ld, canonical != null ? canonical : url, url, zone, monthFirst, latest,
                titled.headlineOrder);

        return new Metadata(titled.title, authors, dates.published, dates.modified, site,
                canonical != null ? canonical : url, language, image(scan, ld, base, titled.title));
    }

    // ---------------------------------------------------------------- the walk

    /** A short text of the page with its place in document order and whether it follows the headline. */
    private record Line(String text, String classes, int order) {
    }

    /** A {@code <time>} element: its datetime (or text), what its attributes say it is, and its place. */
    private record TimeTag(String value, String role, int order) {
    }

    /** One pass over the page, collecting every element the metadata may come from. */
    private static final class Scan implements NodeFilter {
        private static final int OTHER = 1;
        private static final int BYLINE = 2;
        private static final int DATED = 4;
        private static final int PICTURE = 8;

        final Map<String, List<String>> metas = new HashMap<>();
        private final Map<String, Integer> classFlags = new HashMap<>();
        final List<String> scripts = new ArrayList<>();
        final List<Line> h1s = new ArrayList<>();
        final List<Line> bylines = new ArrayList<>();
        final List<Line> dateLines = new ArrayList<>();
        final List<Line> authorProps = new ArrayList<>();
        final List<String> authorLinks = new ArrayList<>();
        final List<TimeTag> times = new ArrayList<>();
        String canonical;
        String htmlLang;
        String titleTag;
        int order;
        int otherDepth = -1;
        private int authorAttempts;

        String meta(String key) {
            List<String> values = metas.get(key);
            return values == null ? null : values.get(0);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            order++;
            String tag = e.normalName();
            switch (tag) {
                case "html" -> htmlLang = e.attr("lang");
                case "meta" -> meta(e);
                case "title" -> {
                    if (titleTag == null) {
                        titleTag = e.text();
                    }
                }
                case "link" -> link(e);
                case "script" -> {
                    if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json") && scripts.size() < MAX_SCRIPTS) {
                        scripts.add(e.data());
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "style", "noscript", "template", "svg" -> {
                    return FilterResult.SKIP_ENTIRELY;
                }
                default -> {
                }
            }
            if (otherDepth >= 0) {
                // inside a comment thread or related box: only the page-wide tags above are read there
                return FilterResult.CONTINUE;
            }
            String className = e.className();
            String id = e.id();
            // class strings repeat all over a page, ids do not: only the former are worth remembering
            int flags = (className.isEmpty() ? 0 : classFlags.computeIfAbsent(className, Scan::classFlags))
                    | (id.isEmpty() ? 0 : classFlags(id));
            if ((flags & PICTURE) != 0) {
                flags &= ~BYLINE;
            }
            if (OTHER_TEXT_TAGS.contains(tag) || (flags & OTHER) != 0) {
                otherDepth = depth;
                return FilterResult.CONTINUE;
            }
            if (tag.equals("h1") && h1s.size() < 3) {
                String text = shortText(e, 400);
                if (text != null && !text.isEmpty()) {
                    h1s.add(new Line(text, "", order));
                }
            }
            if (tag.equals("time")) {
                time(e);
            }
            String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
            if (!tag.equals("meta") && !itemprop.isEmpty()) {
                itemprop(e, itemprop);
            }
            if (tag.equals("a") && e.attr("rel").toLowerCase(Locale.ROOT).contains("author")) {
                String text = shortText(e, MAX_LINE);
                if (text != null && authorLinks.size() < MAX_CANDIDATES) {
                    authorLinks.add(text);
                }
                String href = e.absUrl("href");
                if (!href.isEmpty()) {
                    add("rel-author-href", href);
                }
            }
            if (flags != 0) {
                boolean byline = (flags & BYLINE) != 0;
                boolean dated = (flags & DATED) != 0;
                if ((byline && bylines.size() < MAX_CANDIDATES) || (dated && dateLines.size() < MAX_CANDIDATES)) {
                    String text = shortText(e, MAX_LINE);
                    if (text != null && !text.isEmpty()) {
                        Line line = new Line(text, (className + " " + id).toLowerCase(Locale.ROOT), order);
                        if (byline && bylines.size() < MAX_CANDIDATES) {
                            bylines.add(line);
                        }
                        if (dated && dateLines.size() < MAX_CANDIDATES) {
                            dateLines.add(line);
                        }
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        /** What an element's class and id say, as bits. */
        private static int classFlags(String classes) {
            String lower = classes.toLowerCase(Locale.ROOT);
            return (OTHER_TEXT_CLASS.in(lower) ? OTHER : 0) | (BYLINE_CLASS.in(lower) ? BYLINE : 0)
                    | (PICTURE_CLASS.in(lower) ? PICTURE : 0) | (DATE_CLASS.in(lower) ? DATED : 0);
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (depth == otherDepth && node instanceof Element) {
                otherDepth = -1;
            }
            return FilterResult.CONTINUE;
        }

        private void meta(Element e) {
            String content = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
            if (content.isBlank()) {
                return;
            }
            for (String attr : new String[]{"property", "name", "itemprop", "http-equiv"}) {
                // itemprop="datePublished dateCreated" names two properties at once
                String keys = e.attr(attr).strip();
                if (keys.isEmpty()) {
                    continue;
                }
                for (String key : keys.indexOf(' ') < 0 ? new String[] {keys} : keys.split("\\s+")) {
                    add(key.toLowerCase(Locale.ROOT), content.strip());
                }
            }
        }

        private void add(String key, String value) {
            List<String> values = metas.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (values.size() < MAX_CANDIDATES) {
                values.add(value);
            }
        }

        private void link(Element e) {
            String rel = e.attr("rel").toLowerCase(Locale.ROOT);
            if (rel.equals("canonical") && canonical == null) {
                canonical = e.absUrl("href");
            } else if (rel.contains("author")) {
                add("rel-author-href", e.absUrl("href"));
            }
        }

        private void time(Element e) {
            String value = e.attr("datetime");
            if (value.isBlank()) {
                value = shortText(e, MAX_LINE);
            }
            if (value == null || value.isBlank() || times.size() >= MAX_CANDIDATES) {
                return;
            }
            String role = e.hasAttr("pubdate") ? "published" : e.attr("itemprop") + " " + e.className();
            times.add(new TimeTag(value.strip(), role.toLowerCase(Locale.ROOT), order));
        }

        private void itemprop(Element e, String itemprop) {
            if (itemprop.contains("author") || itemprop.contains("creator")) {
                // attempts, not finds, are capped: nested author elements each search a whole subtree
                if (++authorAttempts > MAX_CANDIDATES) {
                    return;
                }
                Element name = e.selectFirst("[itemprop=name]");
                String text = name != null ? shortText(name, MAX_LINE) : shortText(e, MAX_LINE);
                if (text != null && !text.isEmpty()) {
                    authorProps.add(new Line(text, "", order));
                }
            } else if (itemprop.equals("datepublished") || itemprop.equals("datemodified")
                    || itemprop.equals("datecreated")) {
                String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
                if (value.isBlank()) {
                    value = shortText(e, MAX_LINE);
                }
                if (value != null && !value.isBlank()) {
                    add("itemprop:" + itemprop, value.strip());
                }
            }
        }
    }

    /**
     * The element's text with collapsed whitespace, or null when it is longer than max or holds more than max
     * nodes (a container, not a line): the walk stops there, so a wrapper around the whole page costs little.
     */
    private static String shortText(Element e, int max) {
        StringBuilder sb = new StringBuilder();
        boolean[] tooLong = {false};
        int[] nodes = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes[0] > max) {
                    tooLong[0] = true;
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText()).append(' ');
                } else if (node instanceof Element el && (el.normalName().equals("script")
                        || el.normalName().equals("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                } else if (node instanceof Element el && el.isBlock()) {
                    sb.append(' ');
                }
                if (sb.length() > max * 2) {
                    tooLong[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        if (tooLong[0]) {
            return null;
        }
        String text = Titles.clean(sb.toString());
        return text.length() > max ? null : text;
    }

    // ---------------------------------------------------------------- title and site

    /**
     * The headline, the site name found beside it in the title, and where the headline's h1 sits in the page (-1
     * when no h1 carries it): bylines and dates printed after that h1 are the article's own.
     */
    private record Titled(String title, String site, int headlineOrder) {
    }

    private static Titled title(Scan scan, JsonLd.Info ld, String site, String hostLabel) {
        String raw = firstNonBlank(scan.meta("og:title"), scan.meta("twitter:title"), ld.headline(),
                scan.titleTag);
        Titles.Stripped stripped = Titles.strip(raw, site, hostLabel);
        // the <title> is where the site name is most reliably written, even when og:title has none
        Titles.Stripped fromTag = Titles.strip(scan.titleTag, site, hostLabel);
        String siteFromTitle = stripped.site() != null ? stripped.site() : fromTag.site();
        String title = stripped.title();
        int order = -1;
        for (Line h1 : scan.h1s) {
            if (title == null ? !Titles.isSite(h1.text, site, hostLabel) : Titles.similar(h1.text, title)) {
                title = h1.text;
                order = h1.order;
                break;
            }
        }
        if (order < 0) {
            // a headline reworded for sharing still sits in the first h1 that is not the site's logo
            order = scan.h1s.stream().filter(h -> !Titles.isSite(h.text, site, hostLabel)).mapToInt(Line::order)
                    .findFirst().orElse(-1);
        }
        return new Titled(title == null || title.isBlank() ? null : title, siteFromTitle, order);
    }

    // ---------------------------------------------------------------- authors

    private static List<String> authors(Scan scan, JsonLd.Info ld, String site, String hostLabel,
                                        int headlineOrder) {
        List<List<String>> sources = new ArrayList<>();
        sources.add(ld.persons());
        List<String> metaAuthors = new ArrayList<>();
        for (String key : META_AUTHOR) {
            for (String v : scan.metas.getOrDefault(key, List.of())) {
                if (!v.contains("://")) {
                    metaAuthors.add(v);
                }
            }
        }
        sources.add(metaAuthors);
        sources.add(scan.authorProps.stream().map(Line::text).toList());
        sources.add(scan.authorLinks);
        List<String> bylines = new ArrayList<>();
        for (Line line : ordered(scan.bylines, headlineOrder)) {
            boolean editorOnly = line.classes.contains("editor") && !ROLE_LABEL.matcher(line.text).find();
            bylines.add(editorOnly ? "Editor: " + line.text : line.text);
        }
        sources.add(bylines);
        sources.add(ld.organisations());
        for (List<String> source : sources) {
            // a source's values are one byline each; the first source giving a name wins
            for (String raw : source) {
                List<String> names = withoutSite(Authors.clean(raw), site, hostLabel);
                if (!names.isEmpty()) {
                    return source == bylines ? names : allOf(source, site, hostLabel);
                }
            }
        }
        for (String key : List.of("article:author", "author", "rel-author-href")) {
            for (String v : scan.metas.getOrDefault(key, List.of())) {
                String name = nameFromProfileUrl(v);
                if (name != null) {
                    return List.of(name);
                }
            }
        }
        return List.of();
    }

    /** All names a structured source gives (JSON-LD and meta list one author per value), de-duplicated. */
    private static List<String> allOf(List<String> source, String site, String hostLabel) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String raw : source) {
            for (String name : withoutSite(Authors.clean(raw), site, hostLabel)) {
                names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return List.copyOf(names.values());
    }

    /** Drops names that are the site, and site words glued after a name ("Kevin McCoy USA TODAY"). */
    private static List<String> withoutSite(List<String> names, String site, String hostLabel) {
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            if (Titles.isSite(name, site, hostLabel)) {
                continue;
            }
            String[] words = name.split(" ");
            String kept = name;
            for (int k = Math.min(3, words.length - 2); k >= 1; k--) {
                String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - k, words.length));
                if (Titles.normal(tail).length() >= 3 && Titles.isSite(tail, site, hostLabel)) {
                    kept = String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - k));
                    break;
                }
            }
            out.add(kept);
        }
        return out;
    }

    /** "https://www.kompas.com/penulis/ahmad-fauzi" gives "Ahmad Fauzi"; social profiles and ids give null. */
    static String nameFromProfileUrl(String url) {
        String host = host(url);
        if (host == null || SOCIAL_HOSTS.matcher(host).find()) {
            return null;
        }
        String path = TRAILING_SLASHES.matcher(QUERY.matcher(url).replaceFirst("")).replaceFirst("");
        String slug = path.substring(path.lastIndexOf('/') + 1);
        if (!PROFILE_SLUG.matcher(slug).matches()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : slug.split("[-_]")) {
            sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        List<String> names = Authors.clean(sb.toString());
        return names.size() == 1 ? names.get(0) : null;
    }

    /** Lines after the headline first (the article's own byline), then the rest, each in page order. */
    private static List<Line> ordered(List<Line> lines, int headlineOrder) {
        List<Line> out = new ArrayList<>(lines.size());
        lines.stream().filter(l -> l.order > headlineOrder).forEach(out::add);
        lines.stream().filter(l -> l.order <= headlineOrder).forEach(out::add);
        return out;
    }

    // ---------------------------------------------------------------- dates

    private record Dates(OffsetDateTime published, OffsetDateTime modified) {
    }

    /** Picks the first acceptable candidate; a date-only one yields to a later one with a time on the same day. */
    private static final class Pick {
        final ZoneId zone;
        final Instant latest;
        final boolean monthFirst;
        OffsetDateTime value;
        boolean hasTime;

        Pick(ZoneId zone, Instant latest, boolean monthFirst) {
            this.zone = zone;
            this.latest = latest;
            this.monthFirst = monthFirst;
        }

        /** A date string from markup (meta, JSON-LD, datetime attribute). */
        void offer(String raw) {
            if (raw == null || hasTime) {
                return;
            }
            Optional<OffsetDateTime> parsed = DateTimes.parse(raw, zone, monthFirst);
            parsed.ifPresent(v -> offer(v, TIME_HINT.matcher(raw.strip()).find()));
        }

        /** The first date printed in a line of text. */
        void offerFound(String text) {
            if (!hasTime) {
                DateTimes.find(text, zone, monthFirst).ifPresent(f -> offer(f.value(), f.hasTime()));
            }
        }

        void offer(OffsetDateTime v, boolean timed) {
            if (hasTime || v.toInstant().isAfter(latest)) {
                return;
            }
            if (value == null) {
                value = v;
                hasTime = timed;
            } else if (timed && v.atZoneSameInstant(zone).toLocalDate()
                    .equals(value.atZoneSameInstant(zone).toLocalDate())) {
                value = v;
                hasTime = true;
            }
        }

        boolean done() {
            return hasTime;
        }
    }

    private static Dates dates(Scan scan, JsonLd.Info ld, String canonical, String url, ZoneId zone,
                               boolean monthFirst, Instant latest, int headlineOrder) {
        Pick published = new Pick(zone, latest, monthFirst);
        Pick modified = new Pick(zone, latest, monthFirst);
        published.offer(ld.published());
        modified.offer(ld.modified());
        for (String key : META_PUBLISHED) {
            scan.metas.getOrDefault(key, List.of()).forEach(published::offer);
        }
        for (String key : META_MODIFIED) {
            scan.metas.getOrDefault(key, List.of()).forEach(modified::offer);
        }
        published.offer(ld.created());
        scan.metas.getOrDefault("itemprop:datepublished", List.of()).forEach(published::offer);
        scan.metas.getOrDefault("itemprop:datemodified", List.of()).forEach(modified::offer);
        scan.metas.getOrDefault("itemprop:datecreated", List.of()).forEach(published::offer);
        for (TimeTag time : scan.times) {
            if (time.role.contains("publish")) {
                published.offer(time.value);
            } else if (time.role.contains("modif") || time.role.contains("updat")) {
                modified.offer(time.value);
            }
        }
        // date lines first, then bylines, which often print the date beside the name
        for (List<Line> lines : List.of(scan.dateLines, scan.bylines)) {
            for (Line line : ordered(lines, headlineOrder)) {
                if (published.done() && modified.done()) {
                    break;
                }
                printed(line.text, published, modified);
            }
        }
        // an unlabelled <time> after the headline is the article's; one before it may be the site header's clock
        for (boolean after : new boolean[]{true, false}) {
            for (TimeTag time : scan.times) {
                if (time.order > headlineOrder == after) {
                    published.offer(time.value);
                }
            }
        }
        for (String u : new String[]{canonical, url}) {
            if (published.value == null && u != null) {
                fromUrl(u, zone, published);
            }
        }
        OffsetDateTime p = published.value;
        OffsetDateTime m = modified.value;
        if (p != null && m != null && !m.isAfter(p)) {
            m = null;
        }
        return new Dates(p, m);
    }

    /** A printed date line: "Sabtu, 08 Jan 2022 07:45 WIB", "Published ... | Updated ...". */
    private static void printed(String text, Pick published, Pick modified) {
        Matcher updated = UPDATED.matcher(text);
        if (updated.find()) {
            published.offerFound(text.substring(0, updated.start()));
            modified.offerFound(text.substring(updated.end()));
        } else {
            published.offerFound(text);
        }
    }

    private static void fromUrl(String url, ZoneId zone, Pick pick) {
        String path;
        try {
            path = URI.create(url.strip().replace(" ", "%20")).getRawPath();
        } catch (IllegalArgumentException e) {
            path = url;
        }
        if (path == null) {
            return;
        }
        Matcher m = URL_DATE.matcher(path);
        while (m.find()) {
            String digits = m.group("y") + "-" + m.group("m") + "-" + m.group("d")
                    + (m.group("h") != null ? "T" + m.group("h") + ":" + m.group("mi") + ":" + m.group("s") : "");
            Optional<OffsetDateTime> v = DateTimes.parse(digits, zone);
            if (v.isPresent()) {
                pick.offer(v.get(), m.group("h") != null);
                return;
            }
        }
    }

    // ---------------------------------------------------------------- url, language, image

    private static String canonical(Scan scan, String base, String url) {
        for (String candidate : new String[]{scan.canonical, absolute(base, scan.meta("og:url"))}) {
            if (candidate == null || !candidate.startsWith("http")) {
                continue;
            }
            // some sites point every page's canonical at their home page; that is not this article
            if (url != null && isHomePage(candidate) && !isHomePage(url)) {
                continue;
            }
            return candidate;
        }
        return null;
    }

    private static boolean isHomePage(String url) {
        try {
            String path = URI.create(url.strip().replace(" ", "%20")).getRawPath();
            return path == null || path.isEmpty() || path.equals("/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String absolute(String base, String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        String r = ref.strip();
        if (r.startsWith("http://") || r.startsWith("https://")) {
            return r;
        }
        if (base == null || base.isBlank()) {
            return null;
        }
        try {
            return URI.create(base.strip().replace(" ", "%20")).resolve(r.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "www.kompas.com" gives "kompas.com", "nasional.tempo.co.id" gives "tempo.co.id". */
    static String registrableDomain(String host) {
        if (host == null) {
            return null;
        }
        String[] labels = host.split("\\.");
        if (labels.length <= 2) {
            return host;
        }
        int keep = 2;
        String second = labels[labels.length - 2];
        if (labels[labels.length - 1].length() == 2 && Set.of("co", "ac", "or", "go", "com", "net", "org", "web",
                "my", "sch", "gov", "edu", "ne", "mil").contains(second)) {
            keep = 3;
        }
        return String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
    }

    /** The distinctive label of a host: "kompas" for www.kompas.com, "bbc" for www.bbc.co.uk. */
    private static String hostLabel(String host) {
        String domain = registrableDomain(host);
        return domain == null ? null : domain.substring(0, domain.indexOf('.') < 0 ? domain.length()
                : domain.indexOf('.'));
    }

    private static String language(Scan scan, JsonLd.Info ld) {
        for (String raw : new String[]{scan.htmlLang, scan.meta("content-language"), scan.meta("language"),
                scan.meta("og:locale"), ld.language(), scan.meta("dc.language")}) {
            String tag = languageTag(raw);
            if (tag != null) {
                return tag;
            }
        }
        return null;
    }

    /** "id_ID" gives "id-ID", "in" (the old code) gives "id", "EN-us" gives "en-US"; junk gives null. */
    static String languageTag(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma).strip();
        }
        if (!LANGUAGE.matcher(s).matches()) {
            return null;
        }
        String tag = Locale.forLanguageTag(s.replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }

    private static Image image(Scan scan, JsonLd.Info ld, String base, String title) {
        String url = null;
        for (String key : META_IMAGE) {
            url = absolute(base, scan.meta(key));
            if (url != null) {
                break;
            }
        }
        if (url == null) {
            url = absolute(base, ld.image());
        }
        if (url == null) {
            return null;
        }
        String caption = firstNonBlank(ld.imageCaption(), scan.meta("og:image:alt"), scan.meta("twitter:image:alt"));
        // some sites fill the caption with the headline; that describes the article, not the picture
        if (caption != null && title != null && Titles.normal(caption).equals(Titles.normal(title))) {
            caption = null;
        }
        return new Image(url, caption);
    }

    /**
     * The first usable site name: a URL gives its domain, a handle ("@politifact") is skipped, and a tagline after
     * a separator is dropped ("LinkNaija | Nigeria's popular news platform" gives "LinkNaija").
     */
    private static String siteName(String... values) {
        for (String v : values) {
            if (v == null || v.isBlank() || v.strip().startsWith("@")) {
                continue;
            }
            String s = Titles.clean(v);
            if (s.startsWith("http://") || s.startsWith("https://")) {
                String domain = registrableDomain(host(s));
                if (domain != null) {
                    return domain;
                }
                continue;
            }
            String[] parts = SITE_TAGLINE.split(s, 2);
            return parts[0].isBlank() ? s : parts[0].strip();
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Titles.clean(v);
            }
        }
        return null;
    }
}
