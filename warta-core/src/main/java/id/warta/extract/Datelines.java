package id.warta.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline that news agencies and sites put before the first sentence of a story
 * ("JAKARTA, KOMPAS.com - ", "TEMPO.CO, Jakarta - ", "WASHINGTON (Reuters) - ", "Grid.ID - ",
 * "Jakarta - ").
 * Shared by the HTML and plain-text extractors: the dateline is metadata, so it is cut from the body.
 */
final class Datelines {

    /**
     * A dateline found at the start of a paragraph.
     *
     * @param dateline  the prefix without its dash ("JAKARTA, KOMPAS.com", "JAKARTA (Reuters)")
     * @param place     the place it names ("JAKARTA"), or {@code null}
     * @param site      the publication or agency it names ("KOMPAS.com", "Reuters"), or {@code null}
     * @param bodyStart offset in the paragraph where the story's first sentence starts
     */
    public record Dateline(String dateline, String place, String site, int bodyStart) {
    }

    /** Publication names are short; longer text is not looked up. */
    private static final int MAX_SITE = 60;

    /** A dateline is a short prefix; anything longer is a sentence that happens to contain a dash. */
    private static final int MAX_PREFIX = 70;

    /** A host name as sites print it in datelines: "KOMPAS.com", "TEMPO.CO", "Liputan6.com", "suara.com". */
    private static final String DOMAIN = "[\\p{L}\\d][\\p{L}\\d-]*(?:\\.[\\p{L}\\d-]+)*"
            + "\\.(?i:com|co|id|net|org|news|tv|info|asia|my|sg|uk|au)(?![\\p{L}\\d])";

    private static final Pattern DOMAIN_ONLY = Pattern.compile(DOMAIN);

    /** A place: one to four capitalised words ("JAKARTA", "Banda Aceh", "NEW YORK", "St. Louis"). */
    private static final String PLACE = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";

    /**
     * The dash that ends a dateline: en or em dash, or one or two hyphens followed by a space (a hyphen touching
     * the next word joins words, as in "JAKARTA-CIKAMPEK"); text must follow.
     */
    private static final String DASH = "(?:\\s*[–—―]\\s*|\\s*--?\\s+)(?=\\S)";

    /** "PLACE, SITE -" and "SITE -": KOMPAS.com, CNN Indonesia, detikcom. */
    private static final Pattern PLACE_SITE = Pattern.compile("^(?:(" + PLACE + "),\\s*)?(" + DOMAIN + "|"
            + "\\p{L}[\\p{L}\\d]*(?:\\s+\\p{Lu}[\\p{L}\\d]*){0,2})" + DASH);

    /** "SITE, PLACE -": TEMPO.CO, Jakarta; Liputan6.com, Jakarta; Bisnis.com, JAKARTA. */
    private static final Pattern SITE_PLACE = Pattern.compile("^(" + DOMAIN + "|\\p{Lu}[\\p{L}\\d]*"
            + "(?:\\s+\\p{Lu}[\\p{L}\\d]*){0,2}),\\s*(" + PLACE + ")" + DASH);

    /** "PLACE (AGENCY) -", optionally with a date: "JAKARTA (Reuters)", "WASHINGTON, Jan 8 (AP)". */
    private static final Pattern PLACE_AGENCY = Pattern.compile("^(" + PLACE + ")(?:,\\s*[^()\\n]{3,24}?)?"
            + "\\s*\\(([\\p{L}][\\p{L}\\d.&' ]{0,30})\\)" + DASH);

    /** "(CNN) — ": the agency alone in parentheses. */
    private static final Pattern AGENCY_ONLY = Pattern.compile("^\\(([\\p{L}][\\p{L}\\d.&' ]{0,30})\\)" + DASH);

    /** "JAKARTA -": a place in capitals alone, as Okezone and Sindonews print it. */
    private static final Pattern CAPS_PLACE = Pattern.compile("^(\\p{Lu}{3,}(?:\\s+\\p{Lu}{2,}){0,2})\\s" + DASH);

    /**
     * "Jakarta - Wakil Menteri...": one capitalised word, a spaced dash, then a capital, as detik prints it. Longer
     * Title Case runs before a dash are as often a subject as a place, so they are not taken.
     */
    private static final Pattern TITLE_PLACE = Pattern.compile("^(\\p{Lu}\\p{Ll}{2,})\\s+[-–—]\\s+(?=[\\p{Lu}\\d\"“])");

    /**
     * "Jakarta. Government rice reserves...": the place alone closed by a full stop, as Jakarta Globe and Beritasatu
     * print it. One word, then a sentence starting with a capital.
     */
    private static final Pattern PLACE_DOT = Pattern.compile("^(\\p{Lu}\\p{Ll}{2,}|\\p{Lu}{3,})\\.\\s+(?=[\\p{Lu}\\d\"“])");

    /**
     * Words that end with a full stop at the start of a paragraph without being a place: titles and address
     * abbreviations ("Prof. Budi", "Jln. Sudirman", "Kab. Bogor") and one-word sentences.
     */
    private static final Set<String> NOT_PLACES = Set.of("prof", "gen", "sen", "rep", "gov", "capt", "col", "sgt",
            "brig", "maj", "cmdr", "adm", "supt", "insp", "drs", "hon", "rev", "mrs", "messrs", "jend", "kol",
            "jln", "kab", "kec", "kel", "prov", "tbk", "inc", "ltd", "corp", "yes", "well", "okay", "now",
            "then", "still", "again", "update", "updated", "breaking", "tidak", "benar", "betul", "oke",
            "baik", "nah", "wah", "amin", "note", "catatan", "editor", "sumber", "foto");

    /**
     * Publications and agencies that print their name without a domain. A name from this list, or one with a
     * domain, is a site; other capitalised words before the dash are only accepted as a place in capitals.
     */
    private static final Set<String> NAMES = Set.of("cnn indonesia", "cnbc indonesia", "reuters", "ap", "afp",
            "associated press", "antara", "antara news", "bernama", "xinhua", "kyodo", "yonhap", "bloomberg",
            "detikcom", "detiknews", "detikfinance", "detikinet", "detiksport", "detikhealth", "detiktravel",
            "tempo", "kompas", "republika", "okezone", "sindonews", "viva", "kontan", "bisnis", "suara",
            "idn times", "kumparan", "jawapos", "merdeka", "tribunnews", "beritasatu", "inews", "tvonenews",
            "metro tv", "medcom", "voa", "bbc", "bbc news indonesia", "upi", "dpa", "tass", "ria novosti",
            "efe", "anadolu", "al jazeera", "cnn", "nbc news", "abc news", "cbs news", "fox news", "the guardian",
            "nikkei", "straits times", "the jakarta post");

    private Datelines() {
    }

    /** Whether a name is a publication or agency: it has a domain ("Tribunnews.com") or is a known name. */
    public static boolean isSite(String name) {
        if (name == null) {
            return false;
        }
        String s = name.strip();
        return !s.isEmpty() && s.length() <= MAX_SITE && (DOMAIN_ONLY.matcher(s).matches() || NAMES.contains(s.toLowerCase(Locale.ROOT)));
    }

    /** The dateline at the start of a story's first paragraph, if it has one followed by text. */
    public static Optional<Dateline> split(String paragraph) {
        return split(paragraph, true);
    }

    /**
     * The dateline at the start of a line that may sit anywhere in a story: the place closed by a full stop is
     * left out, since a wrapped line often starts with the last word of a sentence ("...tinggal di\nJakarta. Ia").
     */
    public static Optional<Dateline> splitAnywhere(String line) {
        return split(line, false);
    }

    private static Optional<Dateline> split(String paragraph, boolean first) {
        if (paragraph == null || paragraph.isEmpty()) {
            return Optional.empty();
        }
        int lead = 0;
        while (lead < paragraph.length() && Character.isWhitespace(paragraph.charAt(lead))) {
            lead++;
        }
        String s = paragraph.substring(lead, Math.min(paragraph.length(), lead + MAX_PREFIX + 8));
        Matcher m = PLACE_AGENCY.matcher(s);
        // "Presiden Joko Widodo (Jokowi) - ..." is a sentence: the parenthesis must hold an agency, or the place
        // must be in capitals as agencies print it
        if (m.find() && m.end() <= MAX_PREFIX && (isSite(m.group(2)) || isCaps(m.group(1)))) {
            return Optional.of(make(paragraph, lead, m, m.group(1), m.group(2).strip()));
        }
        m = SITE_PLACE.matcher(s);
        if (m.find() && isSite(m.group(1))) {
            return Optional.of(make(paragraph, lead, m, m.group(2), m.group(1)));
        }
        m = PLACE_SITE.matcher(s);
        if (m.find() && isSite(m.group(2))) {
            return Optional.of(make(paragraph, lead, m, m.group(1), m.group(2)));
        }
        m = AGENCY_ONLY.matcher(s);
        if (m.find() && (isSite(m.group(1)) || isCaps(m.group(1)))) {
            return Optional.of(make(paragraph, lead, m, null, m.group(1).strip()));
        }
        m = CAPS_PLACE.matcher(s);
        if (m.find()) {
            // "VIVA – ..." names the site, "JAKARTA - ..." the place
            String word = m.group(1);
            return Optional.of(isSite(word) ? make(paragraph, lead, m, null, word)
                    : make(paragraph, lead, m, word, null));
        }
        m = TITLE_PLACE.matcher(s);
        if (m.find()) {
            return Optional.of(make(paragraph, lead, m, m.group(1), null));
        }
        m = PLACE_DOT.matcher(s);
        if (first && m.find() && !NOT_PLACES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.of(make(paragraph, lead, m, m.group(1), null));
        }
        return Optional.empty();
    }

    private static boolean isCaps(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    private static Dateline make(String paragraph, int lead, Matcher m, String place, String site) {
        String prefix = paragraph.substring(lead, lead + m.end()).strip();
        // the text before the dash is the dateline proper
        String dateline = prefix.replaceFirst("\\s*(?:--?|–|—|―|\\.)$", "").strip();
        return new Dateline(dateline, place, site, lead + m.end());
    }
}
