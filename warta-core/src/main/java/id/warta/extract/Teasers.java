package id.warta.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises related-article teasers that publishers put inside the body ("Baca Juga: ...", "Read more: ...").
 * Shared by the HTML and plain-text extractors so both remove the same lines.
 */
final class Teasers {

    /** The label alone, as a box heading or a line of its own, possibly followed by a colon or dash. */
    private static final String LABEL = "(?:baca\\s+(?:juga|pula|selengkapnya)|"
            + "baca\\s+berita\\s+(?:menarik\\s+)?(?:lainnya|menarik)|baca|lihat\\s+juga|simak\\s+juga|"
            + "simak\\s+pula|artikel\\s+terkait|berita\\s+terkait|artikel\\s+lainnya|berita\\s+lainnya|"
            + "read\\s+also|also\\s+read|read\\s+more|see\\s+also|related(?:\\s+(?:articles?|stories|news|coverage))?|"
            + "more\\s+on\\s+this(?:\\s+story)?|recommended(?:\\s+stories)?|you\\s+may\\s+also\\s+like|"
            + "pilihan\\s+(?:editor|redaksi)|editor'?s\\s+picks?)";

    private static final Pattern LINE = Pattern.compile("^\\s*[\\[(>»•*-]?\\s*" + LABEL
            + "\\s*[\\])]?\\s*(?:[:：>»|–—-]+\\s*|\\s+(?=(?-i:\\p{Lu})|[\"“'‘]))(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    private static final Pattern LABEL_ONLY = Pattern.compile("^\\s*[\\[(]?\\s*" + LABEL + "\\s*[\\])]?\\s*[:：>»]*\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "Baca" alone is also an ordinary verb ("Baca buku"), so without a colon it needs "juga"/"pula" after it. */
    private static final Pattern BARE_BACA = Pattern.compile("^\\s*baca\\s+(?!juga|pula|selengkapnya)",
            Pattern.CASE_INSENSITIVE);

    private Teasers() {
    }

    /**
     * If the line is a teaser, the headline it advertises ("Baca Juga: Rusia Kirim Pasukan" gives
     * "Rusia Kirim Pasukan").
     */
    public static Optional<String> headline(String line) {
        // a bare label would otherwise read as "Baca" advertising the headline "Juga"
        if (line == null || line.length() > 400 || isLabel(line)) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (BARE_BACA.matcher(line).find() && !line.contains(":")) {
            return Optional.empty();
        }
        String title = m.group(1).strip();
        // "Simak juga Video 'Banjir di Bekasi':" introduces the player below it; a headline never ends so
        return title.isEmpty() || title.endsWith(":") ? Optional.empty() : Optional.of(title);
    }

    /** Whether the line is only a teaser label ("Baca Juga", "Related:"), heading a box of links. */
    public static boolean isLabel(String line) {
        return line != null && line.length() < 60 && LABEL_ONLY.matcher(line).matches();
    }
}
