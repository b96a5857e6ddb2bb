package id.warta.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates a page title from the site name pages wrap around it ("Rusia Kirim Pasukan - Kompas.com",
 * "BBC News | ...", "Tempo.co: ..."), and compares headlines.
 */
final class Titles {

    /**
     * A title with the site name removed.
     *
     * @param title the headline part
     * @param site  the removed site name as written, or null when nothing was removed
     */
    record Stripped(String title, String site) {
    }

    /** Separators between headline and site name; a hyphen only with spaces around it, so that "Covid-19" stays. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|–—·•»~]|-{1,2}|::)\\s+|\\s*\\|\\s*");
    /** A site name before a colon: "Tempo.co: ...". */
    private static final Pattern PREFIX = Pattern.compile("^([^:]{2,40}):\\s+");
    private static final Pattern DOMAIN_LIKE = Pattern.compile("(?i)^(?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

    private Titles() {
    }

    /**
     * Removes the site name from either end of a title.
     *
     * @param title     the page title, may be null
     * @param site      the site name if known (og:site_name...), may be null
     * @param hostLabel the host's distinctive label ("kompas" for www.kompas.com), may be null
     */
    static Stripped strip(String title, String site, String hostLabel) {
        if (title == null) {
            return new Stripped(null, null);
        }
        String t = clean(title);
        String removed = null;
        Matcher prefix = PREFIX.matcher(t);
        if (prefix.find() && isSite(prefix.group(1), site, hostLabel) && prefix.end() < t.length()) {
            removed = prefix.group(1).strip();
            t = t.substring(prefix.end()).strip();
        }
        List<int[]> parts = new ArrayList<>();
        Matcher sep = SEPARATOR.matcher(t);
        int pos = 0;
        while (sep.find()) {
            parts.add(new int[]{pos, sep.start()});
            pos = sep.end();
        }
        parts.add(new int[]{pos, t.length()});
        int first = 0;
        int last = parts.size() - 1;
        // drop site-name parts from the end first (the common place), then from the start
        while (last > first && isSite(part(t, parts.get(last)), site, hostLabel)) {
            removed = removed == null ? part(t, parts.get(last)) : removed;
            last--;
        }
        while (first < last && isSite(part(t, parts.get(first)), site, hostLabel)) {
            removed = removed == null ? part(t, parts.get(first)) : removed;
            first++;
        }
        String main = t.substring(parts.get(first)[0], parts.get(last)[1]).strip();
        return new Stripped(main.isEmpty() ? t : main, removed);
    }

    private static String part(String t, int[] span) {
        return t.substring(span[0], span[1]).strip();
    }

    /** Whether a title part names the site: equal to the known name, or built on the host's label. */
    static boolean isSite(String part, String site, String hostLabel) {
        String p = normal(part);
        if (p.isEmpty()) {
            return true;
        }
        if (site != null) {
            String s = normal(site);
            if (!s.isEmpty() && (p.equals(s) || s.length() >= 4 && p.startsWith(s) && p.length() <= s.length() + 8
                    || p.length() >= 4 && s.startsWith(p))) {
                return true;
            }
        }
        if (hostLabel != null && hostLabel.length() >= 3) {
            String h = normal(hostLabel);
            // "Kompas.com", "KOMPAS TV", "BBC News", "The Guardian" for kompas.com, bbc.co.uk, theguardian.com
            if (p.equals(h) || p.startsWith(h) && p.length() <= h.length() + 16 && SPACES.split(part.strip()).length <= 4
                    || p.equals("the" + h)
                    || h.equals("the" + p)) {
                return true;
            }
        }
        return DOMAIN_LIKE.matcher(part.strip()).matches() && part.length() <= 40;
    }

    /** Lower-case letters and digits only: "KOMPAS.com" and "Kompas com" are both "kompascom". */
    static String normal(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Whitespace collapsed to single spaces, ends stripped. */
    static String clean(String s) {
        return s == null ? null : SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Whether two headlines are the same one: most of their words are shared. */
    static boolean similar(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        int common = 0;
        for (String w : wa) {
            if (wb.contains(w)) {
                common++;
            }
        }
        return common >= 0.75 * Math.max(wa.size(), wb.size());
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
