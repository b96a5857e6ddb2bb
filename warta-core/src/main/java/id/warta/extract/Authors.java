package id.warta.extract;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an author string or a printed byline into person names, in Indonesian and English: "By Jane Doe and John
 * Roe" gives [Jane Doe, John Roe]; "Penulis: Ahmad Fauzi | Editor: Budi Santoso" gives [Ahmad Fauzi].
 *
 * <p>Roles: writers ("By", "Oleh", "Penulis", "Reporter", "Wartawan", "Kontributor") are the authors. Editors
 * ("Editor", "Penyunting", "Redaktur") are reported only when the byline names no writer, because some
 * Indonesian sites credit only the editor and the editor is then the only person answerable for the text.
 * Photographers, videographers, translators and sources are never authors.
 *
 * <p>Stateless; patterns are compiled once.
 */
final class Authors {

    /** Longer inputs are not bylines; only their start is read. */
    private static final int MAX_INPUT = 1000;
    private static final int MAX_NAME_LENGTH = 60;
    private static final int MAX_NAME_WORDS = 6;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+", FLAGS);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@\\w{1,30}");
    /** Site names written as domains: "Kompas.com", "Tribunnews.com", "tempo.co". */
    private static final Pattern DOMAIN = Pattern.compile("(?<![\\w.-])[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*"
            + "\\.(?:com|co\\.id|or\\.id|go\\.id|ac\\.id|web\\.id|my\\.id|id|net|org|co\\.uk|co|news|tv|info|my|sg|asia)"
            + "(?![\\w.])", FLAGS);
    private static final Pattern BRACKETS = Pattern.compile("\\([^()]{0,80}\\)|\\[[^\\[\\]]{0,80}]");
    private static final Pattern AGO = Pattern.compile("(?<![\\p{L}\\d])\\d{1,3}\\s{0,3}(?:seconds?|secs?|minutes?|"
            + "mins?|hours?|hrs?|days?|weeks?|months?|years?|detik|menit|jam|hari|minggu|bulan|tahun)\\s{1,3}"
            + "(?:ago|yang\\s+lalu|lalu)(?!\\p{L})", FLAGS);
    private static final Pattern TIME = Pattern.compile("(?<![\\d.:])\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?![\\d])"
            + "(?:\\s{0,3}[ap]\\.?\\s?m(?!\\p{L})\\.?)?(?:\\s{0,3}(?:WITA|WIB|WIT|GMT|UTC|ET|EST|EDT|BST)(?!\\p{L}))?",
            FLAGS);
    /** Words around bylines that are never part of a name; replaced by a separator. */
    private static final Pattern NOISE = Pattern.compile("(?<!\\p{L})(?:email\\s+the\\s+author|e-?mail|"
            + "follow(?:\\s+(?:on|us\\s+on)\\s+(?:twitter|x|instagram|facebook))?|view\\s+(?:all\\s+)?"
            + "(?:posts|articles|stories|profile)|more\\s+(?:from|by)|lihat\\s+(?:semua\\s+)?(?:artikel|berita|profil)|"
            + "artikel\\s+lainnya|last\\s+updated|published(?:\\s+on)?|updated(?:\\s+on)?|posted(?:\\s+on)?|"
            + "diperbarui|dipublikasikan|diterbitkan|terbit|ditulis\\s+pada|share|bagikan|twitter|facebook|"
            + "instagram|linkedin|whatsapp|rss)(?!\\p{L})", FLAGS);

    /**
     * A job title after a name ("Sam Hill News reporter", "Jane Doe, AP Auto Writer"), with what the comma
     * introduced: not a role label, since no name follows it.
     */
    private static final Pattern JOB_TITLE = Pattern.compile("(?:,[^,;|/•·\\n\\r]{0,40}?|(?<=\\p{L}))\\s+"
            + "(?:(?:senior|chief|staff|news|political|foreign|business|sports?|deputy|associate|managing|executive|"
            + "contributing|special|science|health|technology|tech|digital|investigative|national|international|"
            + "world|local|entertainment|markets?|economics?)\\s+){0,3}(?:reporters?|editors?|correspondents?|"
            + "writers?|journalists?|columnists?|contributors?|producers?)(?=\\s*(?:$|[,;|/•·\\n\\r]))", FLAGS);

    private enum Role { WRITER, EDITOR, OTHER }

    /** Role labels; a label starts a segment that lasts until the next label. */
    private static final Pattern LABEL = Pattern.compile("(?<!\\p{L})(?:"
            + "(?<editor>edited\\s+by|editors?|penyunting|redaktur|editing|red(?=\\s{0,3}[:：]))"
            + "|(?<other>photos?\\s+by|photographs?\\s+by|photographer|fotografer|foto|photos?|video(?:\\s+by)?|"
            + "videografer|videographer|kamerawan|translated\\s+by|translator|penerjemah|alih\\s+bahasa|"
            + "illustrations?(?:\\s+by)?|ilustrasi|ilustrator|grafis|graphics?(?:\\s+by)?|sumber|source|"
            + "produser|producer|desain|design(?:ed\\s+by)?)"
            + "|(?<writer>written\\s+by|words\\s+by|story\\s+by|reported\\s+by|posted\\s+by|text\\s+by|"
            + "ditulis\\s+oleh|oleh|by|penulis|authors?|reporters?|laporan\\s+wartawan|wartawan|kontributor|"
            + "contributors?|koresponden|correspondent|teks|rep(?=\\s{0,3}[:：])))"
            + "(?!\\p{L})\\s{0,3}[:：]?", FLAGS);

    /** Conjunctions split only in lower case or in an all-capitals byline, and only after a name: "Dan Brown". */
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[,;|/•·\\n\\r\\t]|\\s[-–—]\\s|(?<=\\s)[-–—](?=\\s)|"
            + "(?<=\\p{L}\\.?\\s{1,3})(?-i:and|dan|serta|with|bersama|AND|DAN)(?=\\s)|&|\\+)\\s*", FLAGS);

    /** Lower-case names that are placeholders or teams, not people. */
    private static final Set<String> NOT_NAMES = Set.of("tim", "team", "admin", "administrator", "staff", "staf",
            "anonymous", "anonim", "unknown", "guest", "null", "undefined", "none", "n/a", "na", "author",
            "the", "of", "in", "at", "on", "di", "pada", "untuk", "from", "dari", "news", "berita", "editorial",
            "newsroom", "redaksi", "our reporter", "our correspondent", "wire", "wires", "agencies", "agency",
            "analysis", "opinion", "commentary", "review", "column", "kolom", "opini", "sponsored", "advertorial",
            "partner", "guest post", "contributor",
            // datelines beside bylines name the city the story was filed from
            "jakarta", "bandung", "surabaya", "medan", "semarang", "yogyakarta", "makassar", "denpasar", "palembang",
            "malang", "bogor", "depok", "tangerang", "bekasi", "pekanbaru", "padang", "balikpapan", "manado",
            "jayapura", "pontianak", "banjarmasin", "mataram", "kupang", "ambon", "batam", "washington", "london",
            "new york", "beijing", "singapore", "singapura", "kuala lumpur", "sydney", "tokyo", "paris", "moscow");

    /** A name containing one of these words is an organisation, desk or role, not a person. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("redaksi", "admin", "administrator", "staff", "staf",
            "writer", "writers", "correspondent", "correspondents", "koresponden", "journalist", "jurnalis",
            "wartawan", "columnist", "kolumnis", "contributor", "kontributor", "newsroom", "desk", "editorial",
            "team", "agency", "agencies", "wire", "wires", "services", "press", "pers", "humas", "reporter",
            "reporters", "editor", "editors", "penulis", "liputan", "reuters", "afp", "antara", "antaranews",
            "bernama", "xinhua", "bloomberg", "cnn", "bbc", "kompas", "tempo", "detik", "detikcom", "liputan6",
            "tribun", "tribunnews", "okezone", "sindonews", "kumparan", "tirto", "cnbc", "republika", "viva",
            "jpnn", "idntimes", "media", "network", "newsletter", "online", "digital", "senior", "associated",
            "news", "international", "magazine", "journal", "daily", "times", "herald", "gazette", "tribune",
            "weekly", "radio", "television", "channel", "group", "foundation", "institute", "university",
            "ministry", "ministries", "kementerian", "committee", "department", "council", "desa");

    private static final Pattern SENTENCE_END = Pattern.compile("(\\p{L}+)\\.\\s+(?=\\p{Lu})");
    /** Titles written with a period before a name. */
    private static final Set<String> ABBREVIATIONS = Set.of("prof", "drs", "dra", "ing", "mrs", "gen", "col", "capt",
            "sgt", "rev", "gov", "sen", "rep", "pres", "hon", "kol", "brigjen", "irjen", "kombes", "ustadz", "lt");
    /** A name never starts with an article: "The Water Coolest", "The Russian, Syrian defense ministries". */
    private static final Set<String> LEADING_ARTICLE = Set.of("the", "a", "an", "our", "this", "para", "sang");
    /** Academic degrees printed after Indonesian names ("S.H.", "M.Si.", "Ph.D."), split off by the comma. */
    private static final Pattern DEGREE = Pattern.compile("(?:\\p{L}{1,4}\\.){1,3}\\p{L}{0,4}\\.?");
    /** A word starting lower case with capitals inside is a brand ("detikNews", "iNews"); names start upper case. */
    private static final Pattern BRAND = Pattern.compile("(?<!\\p{L})\\p{Ll}+\\p{Lu}");
    /** "Jane Doe in Jakarta": where a foreign correspondent files from. */
    private static final Pattern IN_PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}.*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\d]");

    private Authors() {
    }

    /**
     * Cleans an author string or byline into person names: "By Jane Doe and John Roe" gives [Jane Doe, John Roe].
     * Strips labels, roles, dates, times, site names, handles and boilerplate; names in ALL CAPS become Title Case;
     * duplicates (ignoring case) are dropped. Never throws; {@code null} gives an empty list.
     */
    public static List<String> clean(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String s = raw.length() > MAX_INPUT ? raw.substring(0, MAX_INPUT) : raw;
        s = s.replace('\u00a0', ' ');
        s = URL.matcher(s).replaceAll(" | ");
        s = EMAIL.matcher(s).replaceAll(" | ");
        s = HANDLE.matcher(s).replaceAll(" | ");
        s = BRACKETS.matcher(s).replaceAll(" | ");
        s = removeDates(s);
        s = AGO.matcher(s).replaceAll(" | ");
        s = TIME.matcher(s).replaceAll(" | ");
        s = DOMAIN.matcher(s).replaceAll(" | ");
        s = NOISE.matcher(s).replaceAll(" | ");
        s = JOB_TITLE.matcher(s).replaceAll(" | ");
        s = splitSentences(s);

        Map<String, String> writers = new LinkedHashMap<>();
        Map<String, String> editors = new LinkedHashMap<>();
        Matcher label = LABEL.matcher(s);
        int pos = 0;
        Role role = Role.WRITER;
        while (label.find()) {
            addNames(s.substring(pos, label.start()), role, writers, editors);
            role = label.group("editor") != null ? Role.EDITOR : label.group("other") != null ? Role.OTHER
                    : Role.WRITER;
            pos = label.end();
        }
        addNames(s.substring(pos), role, writers, editors);
        return List.copyOf(writers.isEmpty() ? editors.values() : writers.values());
    }

    /** "Martin Cole. Global Affairs" is two pieces; "Prof. Dr. Hendra" and "Michael J. Fisher" are one. */
    private static String splitSentences(String s) {
        Matcher m = SENTENCE_END.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String word = m.group(1);
            boolean end = word.length() >= 3 && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
            m.appendReplacement(sb, Matcher.quoteReplacement(end ? word + " | " : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String removeDates(String s) {
        String out = s;
        // each pass removes one date; bylines carry one or two (published and updated)
        for (int i = 0; i < 4; i++) {
            Optional<DateTimes.Found> f = DateTimes.find(out, ZoneOffset.UTC);
            if (f.isEmpty()) {
                break;
            }
            out = out.substring(0, f.get().start()) + " | " + out.substring(f.get().end());
        }
        return out;
    }

    private static void addNames(String segment, Role role, Map<String, String> writers,
                                 Map<String, String> editors) {
        if (role == Role.OTHER || segment.isBlank()) {
            return;
        }
        Map<String, String> target = role == Role.WRITER ? writers : editors;
        Matcher sep = SPLIT.matcher(segment);
        int pos = 0;
        boolean afterComma = false;
        boolean fullNameSeen = false;
        while (pos <= segment.length()) {
            boolean found = sep.find();
            int end = found ? sep.start() : segment.length();
            String name = name(segment.substring(pos, end));
            // "Jane Doe, Reuters", "Jane Doe, Jakarta": one word after a comma and a full name is an outlet or place
            if (name != null && !(afterComma && fullNameSeen && name.indexOf(' ') < 0)) {
                target.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                fullNameSeen |= name.indexOf(' ') > 0;
            }
            if (!found) {
                break;
            }
            afterComma = sep.group().strip().equals(",");
            pos = sep.end();
        }
    }

    /** The person name in one piece of a byline, or null when it is not one. */
    static String name(String part) {
        String t = SPACES.matcher(part.strip()).replaceAll(" ");
        t = IN_PLACE.matcher(t).replaceFirst("");
        t = trim(t);
        if (t.length() < 2 || t.length() > MAX_NAME_LENGTH) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c) || "@#=<>{}\"“”:?!*_\\".indexOf(c) >= 0) {
                return null;
            }
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(lower) || DEGREE.matcher(t).matches()) {
            return null;
        }
        String[] words = lower.split(" ");
        if (words.length > MAX_NAME_WORDS) {
            return null;
        }
        for (String w : words) {
            if (ORGANISATION_WORDS.contains(NOT_LETTER_OR_DIGIT.matcher(w).replaceAll(""))) {
                return null;
            }
        }
        if (BRAND.matcher(t).find()) {
            return null;
        }
        boolean hasLower = t.chars().anyMatch(Character::isLowerCase);
        boolean hasUpper = t.chars().anyMatch(Character::isUpperCase);
        if (!hasLower) {
            // a lone short capitalised word is an agency ("AP", "AFP"), not a person
            if (words.length == 1 && t.length() <= 4) {
                return null;
            }
            return titleCase(t);
        }
        // a lower-case single word is a user name ("webnata", "kevin-r"); names are capitalised
        if (!hasUpper && words.length == 1) {
            return null;
        }
        if (words.length > 1 && LEADING_ARTICLE.contains(words[0])) {
            return null;
        }
        return t;
    }

    /** Strips punctuation at both ends, keeping the period of a final initial or "Jr.". */
    private static String trim(String t) {
        int start = 0;
        int end = t.length();
        while (start < end && !Character.isLetter(t.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(t.charAt(end - 1))) {
            end--;
        }
        if (end < t.length() && t.charAt(end) == '.') {
            int wordStart = t.lastIndexOf(' ', end - 1) + 1;
            if (end - wordStart <= 2) {
                end++;
            }
        }
        return t.substring(start, end);
    }

    /** "JANE O'NEIL-DOE" gives "Jane O'Neil-Doe". */
    private static String titleCase(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        boolean startOfWord = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(startOfWord ? c : Character.toLowerCase(c));
                startOfWord = false;
            } else {
                sb.append(c);
                // after an apostrophe only a one-letter prefix starts a new word: O'Neil, but not Jum'at
                startOfWord = c != '\'' && c != '’' || i == 1 || i >= 2 && !Character.isLetter(t.charAt(i - 2));
            }
        }
        return sb.toString();
    }
}
