package id.warta.extract;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tag names, class/id/role attributes and short lines say about an element: boilerplate, content, caption.
 * Generic rules drawn from how CMSs name their parts; no site-specific names.
 */
final class BoilerplateRules {

    /** Tag categories used by the page statistics and the body writer. */
    static final byte INLINE = 0;
    static final byte BLOCK = 1;
    /** Never text: scripts, styles, embedded objects, form controls. */
    static final byte SKIP = 2;
    static final byte HEADING = 3;
    static final byte LIST_ITEM = 4;
    static final byte QUOTE = 5;
    static final byte PRE = 6;
    static final byte TABLE = 7;
    static final byte BR = 8;
    static final byte IMG = 9;
    static final byte FIGURE = 10;
    static final byte CAPTION = 11;
    static final byte LINK = 12;
    static final byte LIST = 13;
    static final byte CELL = 14;

    /** Attribute verdicts. */
    static final byte NEUTRAL = 0;
    static final byte BOILER = 1;
    static final byte CONTENT = 2;
    /** A caption or image credit: goes to the captions, never to the text. */
    static final byte CAPTION_CLASS = 3;
    /** A box of related-article links, whose links are reported as teasers. */
    static final byte RELATED = 4;
    /** Hidden from readers (display:none, hidden attribute). */
    static final byte HIDDEN = 5;
    /**
     * A paywall: the subscription prompt when it holds little prose, but some sites give the same name to the
     * locked article text itself, so the scorer decides by the amount of prose.
     */
    static final byte PAYWALL = 6;

    private static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "video", "audio", "map", "button", "input", "select", "option",
            "textarea", "label", "head", "title", "meta", "link", "nav", "aside", "footer", "dialog", "menu");

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "body", "html", "dl", "dt", "dd", "address", "center", "hr", "details", "summary", "form", "fieldset",
            "tr", "thead", "tbody", "tfoot", "hgroup", "picture", "legend", "noframes", "frameset", "frame");

    /**
     * Class/id words meaning "not the article". Matched as substrings of one class name (so "comment" finds
     * "comments-area", "commentlist"); words short enough to occur inside ordinary words are in
     * {@link #BOILER_TOKENS} instead and must be a whole token.
     */
    private static final String[] BOILER_WORDS = {"comment", "share", "sharing", "social", "related", "newsletter",
            "subscri", "cookie", "consent", "gdpr", "promo", "advert", "sponsor", "sidebar", "breadcrumb", "navbar",
            "navigation", "popup", "modal", "masthead", "footer", "disqus", "outbrain", "taboola", "recommend",
            "trending", "popular", "pagination", "pager", "signup", "sign-up", "login", "toolbar", "byline",
            "dateline", "timestamp", "author", "tagcloud", "tag-list", "taglist", "widget", "banner", "skip-link",
            "sr-only", "screen-reader", "visually-hidden", "overlay", "interstitial", "most-read",
            "mostread", "read-next", "readnext", "more-stories", "morestories", "baca-juga", "bacajuga", "terkait",
            "lainnya", "topik", "follow", "donate", "newsfeed", "bottom-bar", "topbar", "top-bar", "crumbs", "rating",
            "reaction", "feedback", "jump-link", "print", "dropdown", "offcanvas", "off-canvas", "hamburger",
            "tooltip", "alert", "notification", "register", "copyright", "disclaimer", "headline-list",
            "teaser", "upsell", "inline-ad", "adslot", "ad-slot", "ad-container", "ad-wrapper", "adsense", "dfp",
            "gpt-ad", "marketing", "affiliate", "flyout", "carousel", "slider", "ticker", "meta"};

    private static final String[] BOILER_TOKENS = {"ad", "ads", "adv", "advt", "nav", "tag", "tags", "menu",
            "bio", "share", "date", "time", "tools", "utility", "utilities", "aside", "extra",
            "extras", "links", "more", "header", "top", "bottom", "credit", "credits", "bar", "tab", "tabs",
            "iklan", "info", "byline", "rail", "related", "promo", "subnav", "social", "cta", "lang", "search",
            "logo", "brand", "badge", "label", "kicker", "eyebrow", "tagline", "avatar", "profile", "counter",
            "button", "btn", "icon", "icons"};

    /** Class/id words of the article container. */
    private static final String[] CONTENT_WORDS = {"article", "content", "body", "entry", "post", "story", "main",
            "text", "blog", "detail", "isi", "berita", "read", "prose", "rich", "markdown", "txt", "konten", "artikel"};

    private static final String[] CAPTION_WORDS = {"caption", "credit", "figcaption", "keterangan", "photo-source",
            "image-source", "img-source", "foto-source", "wp-caption-text"};

    private static final String[] PAYWALL_WORDS = {"paywall", "regwall", "piano-offer", "subscription-box",
            "subscribe-box"};

    private static final String[] RELATED_WORDS = {"related", "baca-juga", "bacajuga", "baca_juga", "terkait",
            "read-also", "readalso", "read-more", "readmore", "also-read", "see-also", "lihat-juga", "inline-link",
            "recommend", "more-stories", "read-next"};

    /** Bits of {@link #scan}: which word lists a class name hits. */
    private static final int CAPTION_BIT = 1;
    private static final int RELATED_BIT = 2;
    private static final int BOILER_BIT = 4;
    private static final int CONTENT_BIT = 8;
    private static final int EMBED_BIT = 16;
    private static final int PAYWALL_BIT = 32;

    /** All class-name words indexed by their first two characters (all ASCII), with the lists each belongs to. */
    private static final String[][] WORDS = new String[128 * 128][];
    private static final int[][] WORD_BITS = new int[128 * 128][];
    /** The whole-token words, indexed the same way and looked for only where a token starts. */
    private static final String[][] TOKENS = new String[128 * 128][];
    private static final int[][] TOKEN_BITS = new int[128 * 128][];

    static {
        add(CAPTION_WORDS, CAPTION_BIT, WORDS, WORD_BITS);
        add(RELATED_WORDS, RELATED_BIT, WORDS, WORD_BITS);
        add(BOILER_WORDS, BOILER_BIT, WORDS, WORD_BITS);
        add(CONTENT_WORDS, CONTENT_BIT, WORDS, WORD_BITS);
        add(new String[] {"embed"}, EMBED_BIT, WORDS, WORD_BITS);
        add(PAYWALL_WORDS, PAYWALL_BIT, WORDS, WORD_BITS);
        add(BOILER_TOKENS, BOILER_BIT, TOKENS, TOKEN_BITS);
    }

    /** Class names that hide an element from readers (utility classes of common CSS frameworks). */
    private static final Set<String> HIDDEN_NAMES = Set.of("hidden", "hide", "d-none", "sr-only", "visually-hidden",
            "screen-reader-text", "invisible", "visuallyhidden", "element-invisible", "structured-data",
            "u-hidden", "is-hidden");

    /** Which verdict wins when class and id disagree. */
    private static final byte[] VERDICT_ORDER = {HIDDEN, CAPTION_CLASS, CONTENT, RELATED, BOILER, PAYWALL};

    private static final Set<String> BOILER_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "menu", "menubar", "dialog", "alertdialog", "alert", "toolbar", "tablist", "form");

    /** Short lines that are page furniture wherever they stand. */
    private static final Pattern FURNITURE = Pattern.compile("(?iu)^[\\s\\p{Punct}]*(?:"
            + "adverts?|advertisements?|advertisement\\s*-\\s*scroll to continue|adverti[sz]ing|"
            + "sponsored(?: content)?|iklan|"
            + "scroll to continue(?: with content)?|continue reading(?: below| the main story)?|"
            + "story continues below(?: advertisement)?|article continues below(?: advertisement)?|"
            + "share(?: this(?: article| story| post| page)?)?(?: on \\w+)?|tweet(?: this)?|email(?: this)?|"
            + "print(?: this)?|"
            + "follow us\\b.*|follow .{1,60} on (?:facebook|twitter|instagram|youtube|linkedin|tiktok).*|"
            + "(?:like|enjoy)(?:d)? this (?:story|article|post)\\?.*|"
            + "(?:image|photo|slide|foto) \\d+ (?:of|dari) \\d+|write to .{1,60} at.*|sign up\\b.*|subscribe\\b.*|"
            + "click here\\b.*|read more|read (?:the )?full (?:story|article)|"
            + "\\d*\\s*comments?|leave a (?:comment|reply).*|(?:tags?|topics?|filed under|categories|category|"
            + "kategori|topik|tag)\\s*:.*|©.*|\\(c\\)\\s*\\d{4}.*|copyright.*|all rights reserved.*|hak cipta.*|"
            + "(?:editor|penulis|reporter|penyunting|pewarta|video)\\s*:.*|"
            + "ikuti .* (?:di|on) google news.*|simak (?:video|berita|breaking news) .*|"
            + "dapatkan (?:update|informasi).*|"
            + "\\[gambas:[^\\]]*\\]|laporan wartawan .{1,80}|artikel ini telah tayang di .*|"
            + "scroll to resume content|(?:baca |lanjut(?:kan)? (?:ke )?)?halaman (?:selanjutnya|berikutnya)|"
            + "next page|continue to page \\d+|\\(\\p{L}{2,5}(?:/\\p{L}{2,5})+\\)|"
            + "\\(?(?:additional |with )?(?:reporting|writing|editing|research) (?:by|from) .*|"
            + "(?:like this|sukai ini|more|see also|share this)\\s*:|"
            + "back to top|skip to (?:main )?content|loading\\W*|related(?: articles?| stories| posts)?|"
            + "you may also like|recommended(?: for you)?|more from .{1,40}|"
            + "(?:by|oleh)\\s+(?-i:\\p{Lu}[\\p{L}.'-]*)(?:\\s+(?:(?-i:\\p{Lu}[\\p{L}.'-]*)|and|dan|&|van|de|bin)){0,5}"
            + "(?:\\s*[,|/–-]\\s*(?-i:\\p{Lu}).{0,40})?)[\\s\\p{Punct}]*$");

    /** A line that is only a web or mail address. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)[\\p{Punct}]*(?:[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|"
            + "(?:https?://|www\\.)\\S+|[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|id|co|uk|io|gov|edu|info|news|tv)"
            + "(?:/\\S*)?)[\\p{Punct}]*");

    /** A publication stamp near the start of a short line ("New Delhi | Updated: 19 November 2019, 09:01"). */
    private static final Pattern STAMP = Pattern.compile("\\b(?:Updated|UPDATED|Published|PUBLISHED|Posted|POSTED|"
            + "Diperbarui|Dipublikasikan)\\b\\s*(?:on|at|:)?\\s*[^\\d]{0,40}\\d");

    /** "Posted by", "ditulis oleh" near the start of a short line. */
    private static final Pattern POSTED_BY = Pattern.compile("\\b(?:posted|published|written|"
            + "diposting|ditulis|dipublikasikan) (?:by|oleh)\\b");

    /** The closing credit of a wire story ("Jane Doe contributed to this report."). */
    private static final Pattern CONTRIBUTED = Pattern.compile("\\bcontributed (?:to )?(?:this|the) "
            + "(?:report|story|article)\\W*$");

    /** Words one of which every call to action contains; lines without any skip the costly pattern. */
    private static final String[] CALL_WORDS = {"click", "sign up", "subscribe", "join our", "follow", "inbox",
            "download", "reached at", "let us know", "klik", "ikuti", "berlangganan", "simak", "whatsapp",
            "dapatkan", "artikel ini", "commission"};

    /** Photo credits standing as lines of their own: they belong with the captions. */
    private static final Pattern CREDIT = Pattern.compile("(?iu)^[\\s\\[(]*(?:"
            + "(?:sumber )?(?:foto|photo|gambar|image|picture|ilustrasi)(?: credit| source| by)?\\s*[:=].*|"
            + "(?:photo|foto|image)s? (?:by|courtesy of|oleh|dok\\.?) .*|lihat foto|"
            + "[\\p{L} .&/|-]{0,60}getty images[\\p{L} .&/|-]{0,40})[\\s\\])]*$");

    /** Calls to action and contact lines that close many articles; only short blocks are tested. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?iu)\\b(?:click here|sign up now|subscribe now|"
            + "join our (?:newsletter|mailing list|community|forums?|facebook|telegram|whatsapp|discord|\\w+ forums?)|"
            + "follow (?:us|him|her|them|me) (?:on|at|@)|(?:delivered|straight|right) "
            + "(?:to|in|into) your inbox|download (?:our|the) app|(?:may|can) be reached at|let us know at|"
            + "klik di ?sini|ikuti (?:kami|kanal|akun)|berlangganan (?:sekarang|"
            + "newsletter)|simak (?:breaking news|berita|video) .{0,40}(?:di|langsung)|whatsapp channel|"
            + "dapatkan (?:update|informasi|berita) .{0,40}(?:di|setiap|langsung)|artikel ini telah tayang di|"
            + "affiliate commission|commission (?:if|when) you (?:buy|purchase|click)|"
            + "earn (?:an? )?(?:small )?commission from (?:some of )?(?:the )?(?:products|links|purchases|sales))");

    private static final Pattern COMMENTS_LABEL = Pattern.compile("(?iu)^[\\s\\p{Punct}]*(?:\\d+\\s+)?(?:"
            + "komentar|comments?|tanggapan|reader comments|discussion|diskusi)(?:\\s+(?:pembaca|anda|readers?))?"
            + "\\s*(?:\\(\\d+\\))?[\\s\\p{Punct}]*$");

    /** Headings of link lists that follow an article ("More Great Stories", "Most Popular", "Read Next"). */
    private static final Pattern SECTION_LABEL = Pattern.compile("(?iu)^[\\s\\p{Punct}]*(?:"
            + "(?:more|most)\\b.{0,30}\\b(?:stories|news|articles|posts|reads|popular|viewed|shared|read)|"
            + "(?:top|latest|trending|popular|recommended|related|featured)\\s+"
            + "(?:stories|news|articles|posts|videos|now)|"
            + "further reading|you (?:might|may) also like|don'?t miss|read next|what to read next|editor'?s picks|"
            + "(?:from )?around the web|recommended for you|berita (?:populer|terpopuler|terbaru|pilihan)|"
            + "terpopuler|pilihan redaksi)[\\s\\p{Punct}]*$");

    private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "januari", "februari", "maret", "mei", "juni", "juli",
            "agustus", "oktober", "desember", "agu", "okt", "des", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
            "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "at", "pukul", "am", "pm", "wib", "wita", "wit", "utc",
            "gmt", "est", "edt", "pst", "pdt", "et", "on", "the", "of", "updated", "published", "posted", "diperbarui",
            "terbit", "last", "dipublikasikan");

    private BoilerplateRules() {
    }

    static byte tagKind(String tag) {
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                return HEADING;
            case "li":
                return LIST_ITEM;
            case "ul", "ol":
                return LIST;
            case "blockquote":
                return QUOTE;
            case "pre":
                return PRE;
            case "table":
                return TABLE;
            case "td", "th", "caption":
                return CELL;
            case "br":
                return BR;
            case "img", "amp-img":
                return IMG;
            case "figure":
                return FIGURE;
            case "figcaption":
                return CAPTION;
            case "a":
                return LINK;
            default:
                if (SKIP_TAGS.contains(tag)) {
                    return SKIP;
                }
                return BLOCK_TAGS.contains(tag) ? BLOCK : INLINE;
        }
    }

    /** Whether an element of this kind starts a new block of text. */
    static boolean isBlock(byte kind) {
        return kind != INLINE && kind != LINK && kind != BR && kind != IMG && kind != SKIP;
    }

    /**
     * The verdict of an element's class, id, role and inline style. {@code names} caches the verdicts of class
     * and id values, which repeat across a page; it belongs to one extraction.
     */
    static byte verdict(Element e, Map<String, Byte> names) {
        if (e.attributesSize() == 0) {
            return NEUTRAL;
        }
        Attributes a = e.attributes();
        if (a.hasKey("hidden") || hiddenStyle(a.get("style"))) {
            return HIDDEN;
        }
        String role = a.get("role");
        if (!role.isEmpty()) {
            role = role.toLowerCase(Locale.ROOT);
            if (BOILER_ROLES.contains(role)) {
                return BOILER;
            }
            if (role.equals("main") || role.equals("article")) {
                return CONTENT;
            }
        }
        String itemprop = a.get("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) {
            return CONTENT;
        }
        byte byClass = names(a.get("class"), names);
        byte byId = names(a.get("id"), names);
        for (byte v : VERDICT_ORDER) {
            if (byClass == v || byId == v) {
                return v;
            }
        }
        return NEUTRAL;
    }

    private static byte names(String value, Map<String, Byte> cache) {
        if (value.isEmpty()) {
            return NEUTRAL;
        }
        Byte cached = cache.get(value);
        if (cached == null) {
            cached = names(value.toLowerCase(Locale.ROOT));
            cache.put(value, cached);
        }
        return cached;
    }

    /** Verdict of a space-separated list of names: a caption or related name wins, then content, then boiler. */
    private static byte names(String all) {
        boolean boiler = false;
        boolean content = false;
        boolean caption = false;
        boolean related = false;
        boolean paywall = false;
        int i = 0;
        int n = all.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(all.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(all.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            String name = all.substring(start, i);
            if (HIDDEN_NAMES.contains(name)) {
                return HIDDEN;
            }
            if (name.startsWith("has-") || name.startsWith("with-") || name.startsWith("no-")
                    || name.startsWith("is-") || name.startsWith("js-")) {
                continue;
            }
            int bits = scan(name);
            if ((bits & CAPTION_BIT) != 0) {
                caption = true;
            } else if ((bits & EMBED_BIT) != 0) {
                // an embedded post or video ("social-media-embed") is part of the story it illustrates
                continue;
            } else if ((bits & RELATED_BIT) != 0) {
                related = true;
            } else if ((bits & PAYWALL_BIT) != 0) {
                paywall = true;
            } else if ((bits & BOILER_BIT) != 0) {
                boiler = true;
            } else if ((bits & CONTENT_BIT) != 0) {
                content = true;
            }
        }
        if (caption) {
            return CAPTION_CLASS;
        }
        if (content) {
            return CONTENT;
        }
        if (related) {
            return RELATED;
        }
        if (boiler) {
            return BOILER;
        }
        return paywall ? PAYWALL : NEUTRAL;
    }

    /** Whether the element is a known article container (schema.org articleBody or a body-ish class). */
    static boolean isArticleBodyHint(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        Attributes a = e.attributes();
        if (a.get("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        String cls = (a.get("class") + " " + a.get("id")).toLowerCase(Locale.ROOT);
        if (cls.isBlank()) {
            return false;
        }
        boolean article = cls.contains("article") || cls.contains("post") || cls.contains("entry")
                || cls.contains("story") || cls.contains("detail") || cls.contains("read") || cls.contains("news")
                || cls.contains("berita") || cls.contains("artikel");
        boolean body = cls.contains("body") || cls.contains("content") || cls.contains("text")
                || cls.contains("isi") || cls.contains("konten");
        return article && body || cls.contains("txt-article") || cls.contains("articlebody");
    }

    /**
     * Whether a short line is page furniture. The patterns with free text before their keyword are run only
     * after a cheap test, as most lines of a page reach this check.
     */
    static boolean isFurniture(String line) {
        int n = line.length();
        if (n >= 250) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (n < 120) {
            if (FURNITURE.matcher(line).matches() || isDateLine(line)) {
                return true;
            }
            if (line.indexOf(' ') < 0 && line.indexOf('.') > 0 && ADDRESS.matcher(line).matches()) {
                return true;
            }
            boolean publication = lower.contains("publi") || lower.contains("post") || lower.contains("updated")
                    || lower.contains("diperbarui") || lower.contains("written")
                    || lower.contains("ditulis");
            if (publication) {
                Matcher stamp = STAMP.matcher(line);
                if (stamp.find() && stamp.start() <= 50) {
                    return true;
                }
                Matcher by = POSTED_BY.matcher(lower);
                if (by.find() && by.start() <= 40 && n - by.end() <= 80 && !lower.contains("originally")) {
                    return true;
                }
            }
        }
        if (lower.contains("contributed") && CONTRIBUTED.matcher(lower).find()) {
            return true;
        }
        for (String w : CALL_WORDS) {
            if (lower.contains(w)) {
                return CALL_TO_ACTION.matcher(line).find();
            }
        }
        return false;
    }

    static boolean isCredit(String line) {
        if (line.length() >= 150) {
            return false;
        }
        if (line.indexOf('©') >= 0) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.contains("photo") || lower.contains("foto") || lower.contains("image")
                    || lower.contains("courtesy")) {
                return true;
            }
        }
        return CREDIT.matcher(line).matches();
    }

    /** The heading of a readers' comments section ("Komentar Pembaca (2)", "3 Comments"). */
    static boolean isCommentsLabel(String line) {
        return line != null && line.length() < 60 && COMMENTS_LABEL.matcher(line).matches();
    }

    static boolean isSectionLabel(String line) {
        return line.length() < 60 && SECTION_LABEL.matcher(line).matches();
    }

    /** A line made only of a date and time ("Tuesday, 19 November 2019 08:38 AM", "06/03/2024 10.42 WIB"). */
    static boolean isDateLine(String line) {
        if (line.length() > 70) {
            return false;
        }
        int digits = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && Character.isLetter(line.charAt(i))) {
                    i++;
                }
                if (!DATE_WORDS.contains(line.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return false;
                }
            } else {
                if (Character.isDigit(c)) {
                    digits++;
                }
                i++;
            }
        }
        return digits >= 4;
    }

    private static void add(String[] words, int bit, String[][] table, int[][] tableBits) {
        for (String w : words) {
            int key = w.charAt(0) * 128 + w.charAt(1);
            String[] old = table[key] == null ? new String[0] : table[key];
            int[] oldBits = tableBits[key] == null ? new int[0] : tableBits[key];
            table[key] = Arrays.copyOf(old, old.length + 1);
            table[key][old.length] = w;
            tableBits[key] = Arrays.copyOf(oldBits, oldBits.length + 1);
            tableBits[key][old.length] = bit;
        }
    }

    /**
     * The lists whose words occur in the name, in one pass over it. A whole-token word counts only between
     * characters that are not letters or digits ("ad" in "top-ad", not in "header").
     */
    private static int scan(String name) {
        int bits = 0;
        for (int i = 0, n = name.length() - 1; i < n; i++) {
            char c = name.charAt(i);
            char d = name.charAt(i + 1);
            if (c < 128 && d < 128) {
                int key = c * 128 + d;
                if (WORDS[key] != null) {
                    bits |= matches(name, i, WORDS[key], WORD_BITS[key], false);
                }
                if (TOKENS[key] != null && (i == 0 || !Character.isLetterOrDigit(name.charAt(i - 1)))) {
                    bits |= matches(name, i, TOKENS[key], TOKEN_BITS[key], true);
                }
            }
        }
        return bits;
    }

    private static int matches(String name, int at, String[] words, int[] wordBits, boolean wholeToken) {
        int bits = 0;
        for (int w = 0; w < words.length; w++) {
            int end = at + words[w].length();
            if (name.startsWith(words[w], at)
                    && (!wholeToken || end == name.length() || !Character.isLetterOrDigit(name.charAt(end)))) {
                bits |= wordBits[w];
            }
        }
        return bits;
    }

    private static boolean hiddenStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
