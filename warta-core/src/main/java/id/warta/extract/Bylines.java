package id.warta.extract;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads byline, credit and date lines as news pages print them: "By Dewi Anggraini, Minggu, 5 Desember 2021 | 09:10
 * WIB", "Oleh Ahmad - detikNews", "Penulis: A | Editor: B", "Laporan wartawan Tribunnews.com, Reza Deni",
 * "By Jane Doe | Jan. 8, 2022", "Jane Doe, Reuters", "(Reporting by A; Editing by B)", "Sabtu, 8 Januari 2022 07:45
 * WIB". A line is a byline only when every part of it is a name, a role, a site, a date or a date label; any
 * other words make it a sentence, which is left alone.
 */
final class Bylines {

    /**
     * What a byline, credit or date line says.
     *
     * @param writers   people who wrote or reported the story
     * @param editors   people credited as editors
     * @param site      the publication named in the line ("detikNews", "Tribunnews.com", "Reuters"), or {@code null}
     * @param published the date-time the line gives, or {@code null}
     * @param modified  the date-time the line labels as an update ("Diperbarui", "Updated"), or {@code null}
     * @param marked    whether a role word or "By"/"Oleh" says this is a byline; a bare "Name - site" is not marked
     *                  and should only be trusted where a byline is expected
     */
    public record Byline(List<String> writers, List<String> editors, String site, OffsetDateTime published,
                         OffsetDateTime modified, boolean marked) {

        public Byline {
            writers = List.copyOf(writers);
            editors = List.copyOf(editors);
        }

        /** Whether the line names nobody and only dates the story. */
        public boolean dateOnly() {
            return writers.isEmpty() && editors.isEmpty();
        }
    }

    /** Bylines are short; a longer line is body text even when it starts with "Oleh". */
    private static final int MAX_LENGTH = 200;
    /** Several names, roles and a date fit in this many words; a Title Case headline needs more. */
    private static final int MAX_WORDS = 20;

    private static final String WRITER_ROLES = "reporting\\s+by|writing\\s+by|"
            + "written\\s+by|ditulis\\s+oleh|by|oleh|penulis|reporter|pewarta|wartawan|kontributor|koresponden|"
            + "jurnalis|writer|author|correspondent";
    private static final String EDITOR_ROLES = "editing\\s+by|edited\\s+by|editor|penyunting|redaktur|"
            + "editor\\s+in\\s+charge";
    /**
     * Credits that are not the story's writers (wire stories list helpers as "additional reporting"); recognised
     * so the line leaves the body, names not kept.
     */
    private static final String OTHER_ROLES = "additional\\s+reporting\\s+by|editor\\s+foto|pewarta\\s+foto|fotografer|photographer|penerjemah|translator|"
            + "videografer|infografis";

    /** "Laporan: Yohanes Kurniawan" names the reporter; without the colon "Laporan" starts a headline. */
    private static final String REPORT_LABEL = "laporan(?=\\s*:)";

    /** A role word and the names after it; without a colon the names must start with a capital. */
    private static final Pattern ROLE = Pattern.compile("^(" + OTHER_ROLES + "|" + EDITOR_ROLES + "|"
            + WRITER_ROLES + "|" + REPORT_LABEL + ")(?:\\s*:\\s*|\\s+(?=\\p{Lu}))(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WRITER = Pattern.compile("^(?:" + WRITER_ROLES + "|laporan)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EDITOR = Pattern.compile("^(?:" + EDITOR_ROLES + ")$", Pattern.CASE_INSENSITIVE);

    /** "Laporan wartawan Tribunnews.com, Reza Deni": the site, then the names. */
    private static final Pattern REPORT = Pattern.compile("^laporan\\s+(?:wartawan|reporter|koresponden|"
            + "kontributor|jurnalis)\\s+(\\S+?),?\\s+(\\p{Lu}.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Separators between the parts of a byline: pipes, bullets, semicolons, spaced dashes. */
    private static final Pattern PARTS = Pattern.compile("\\s*[|•·;]\\s*|\\s+[-–—]+\\s+");

    private static final String DAYS = "senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|minggu|ahad|monday|"
            + "tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun";
    private static final Pattern EDGE_DAYS = Pattern.compile("^(?:[\\s,]|(?:" + DAYS + ")\\b\\.?)+|"
            + "(?:[\\s,]+(?:" + DAYS + ")\\.?)+[\\s,]*$|[\\s,]+$", Pattern.CASE_INSENSITIVE);

    /** Words that label a date or its zone; a part made only of them carries no name. */
    private static final Pattern STAMP = Pattern.compile("^(?:(?:" + DAYS + "|wib|wita|wit|gmt|utc|et|est|edt|pt|"
            + "pst|pdt|diperbarui|diupdate|update|updated|last|published|publikasi|dipublikasikan|diterbitkan|"
            + "terbit|posted|tayang|dibuat|pukul|jam|on|at|pada|tanggal|date)\\b[\\s.:,]*)*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATE_LABEL = Pattern.compile("(?:diperbarui|diupdate|update|updated|diubah|"
            + "modified)\\W*(?:pada\\W*|on\\W*)?(?:(?:" + DAYS + ")\\W*)?$", Pattern.CASE_INSENSITIVE);

    /** Particles that stay lower case inside personal names. */
    private static final Pattern PARTICLE = Pattern.compile("bin|binti|van|von|der|den|de|da|di|al|el|la|le|"
            + "dan|and|&");
    private static final Set<String> BY_WORDS = Set.of("by", "oleh", "and", "dan", "in", "reporting", "editing",
            "writing", "written", "edited", "additional", "ditulis", "laporan", "wartawan", "reporter", "editor",
            "penulis", "pewarta", "penyunting", "redaktur", "kontributor", "koresponden", "pukul", "jam", "on",
            "at", "pada", "bin", "binti", "van", "von", "der", "den", "de", "da", "di", "al", "el", "la", "le",
            "am", "pm", "a.m", "p.m", "diperbarui", "diupdate", "updated", "update", "published", "posted",
            "terbit", "dipublikasikan", "diterbitkan", "tayang", "last", "wib", "wita", "wit", "jan", "feb", "mar",
            "apr", "mei", "may", "jun", "jul", "agu", "agt", "aug", "sep", "okt", "oct", "nov", "des", "dec");

    /** English wire credits add where the reporter was: "Reporting by Jane Doe in Jakarta". */
    private static final Pattern IN_PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L} ]*$");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[,.:]+$");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\p{Punct}]+$");
    private static final Pattern LEADING_DASHES = Pattern.compile("^[\\s–—-]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private Bylines() {
    }

    /** What the line says when it is a byline, credit or date line; empty for any other line. */
    public static Optional<Byline> parse(String line, ZoneId zone) {
        if (line == null) {
            return Optional.empty();
        }
        String s = line.strip();
        // wire credits come in parentheses: "(Reporting by Jane Doe; Editing by John Roe)"
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty() || s.length() > MAX_LENGTH || prose(s)) {
            return Optional.empty();
        }
        if (!dated(s) && !ROLE.matcher(s).lookingAt() && !REPORT.matcher(s).lookingAt() && !endsWithSite(s)) {
            // with no date to find, only a role, a report line or a named site can make it a byline
            return Optional.empty();
        }
        List<String> writers = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        String site = null;
        boolean marked = false;
        Matcher report = REPORT.matcher(s);
        if (report.matches()) {
            String named = TRAILING_MARKS.matcher(report.group(1)).replaceAll("");
            if (!Datelines.isSite(named)) {
                return Optional.empty();
            }
            site = named;
            marked = true;
            s = report.group(2);
        }
        // dates first: their commas and pipes would otherwise split them into parts
        OffsetDateTime published = null;
        OffsetDateTime modified = null;
        StringBuilder rest = new StringBuilder(s);
        for (int i = 0; i < 2 && dated(rest); i++) {
            Optional<DateTimes.Found> found = DateTimes.find(rest.toString(), zone);
            if (found.isEmpty()) {
                break;
            }
            DateTimes.Found f = found.get();
            String before = rest.substring(0, f.start());
            int lastBar = Math.max(before.lastIndexOf('|'), before.lastIndexOf(';'));
            if (UPDATE_LABEL.matcher(before.substring(lastBar + 1)).find()) {
                modified = modified == null ? f.value() : modified;
            } else if (published == null) {
                published = f.value();
            }
            rest.replace(f.start(), f.end(), " | ");
        }
        String[] parts = PARTS.split(rest);
        boolean hasDate = published != null || modified != null;
        List<String> bare = new ArrayList<>();
        for (String raw : parts) {
            String part = EDGE_DAYS.matcher(raw).replaceAll("").strip();
            if (part.isEmpty() || STAMP.matcher(part).matches()) {
                continue;
            }
            Matcher role = ROLE.matcher(part);
            if (role.matches()) {
                String kind = SPACES.matcher(role.group(1)).replaceAll(" ");
                String names = role.group(2).strip();
                int comma = names.lastIndexOf(',');
                if (comma > 0 && Datelines.isSite(names.substring(comma + 1))) {
                    site = site == null ? names.substring(comma + 1).strip() : site;
                    names = names.substring(0, comma);
                }
                names = IN_PLACE.matcher(names).replaceFirst("");
                if (!namesLike(names)) {
                    return Optional.empty();
                }
                marked = true;
                if (WRITER.matcher(kind).matches()) {
                    writers.addAll(Authors.clean(names));
                } else if (EDITOR.matcher(kind).matches()) {
                    editors.addAll(Authors.clean(names));
                }
                continue;
            }
            if (Datelines.isSite(part)) {
                site = site == null ? part : site;
                continue;
            }
            int comma = part.lastIndexOf(',');
            if (comma > 0 && Datelines.isSite(part.substring(comma + 1))) {
                // "Jane Doe, Reuters"
                site = site == null ? part.substring(comma + 1).strip() : site;
                part = part.substring(0, comma).strip();
            }
            if (!namesLike(part)) {
                return Optional.empty();
            }
            bare.add(part);
        }
        if (!bare.isEmpty()) {
            // a bare name is a writer only beside something that makes the line a byline: a role, a site, a date
            if (!marked && site == null && !hasDate) {
                return Optional.empty();
            }
            for (String b : bare) {
                writers.addAll(Authors.clean(b));
            }
        }
        if (writers.isEmpty() && editors.isEmpty() && !hasDate && !marked) {
            return Optional.empty();
        }
        return Optional.of(new Byline(writers, editors, site, published, modified, marked));
    }

    /**
     * A cheap first look, so that body lines do not pay for date search: bylines are names, dates and a few role
     * and label words; two or more other words starting in lower case make the line a sentence.
     */
    private static boolean prose(String s) {
        int lower = 0;
        int words = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetter(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != ';' && s.charAt(i) != ',') {
                i++;
            }
            if (start < n && ++words > MAX_WORDS) {
                return true;
            }
            if (start < n && Character.isLowerCase(s.charAt(start)) && !byWord(s.substring(start, i))) {
                lower++;
                if (lower >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every written date has a digit in it. */
    private static boolean dated(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "... - detikNews", "..., Reuters". */
    private static boolean endsWithSite(String s) {
        int cut = Math.max(Math.max(s.lastIndexOf(" - "), s.lastIndexOf(',')), Math.max(s.lastIndexOf(" – "),
                Math.max(s.lastIndexOf(" — "), s.lastIndexOf('|'))));
        return cut > 0 && Datelines.isSite(LEADING_DASHES.matcher(s.substring(cut + 1)).replaceFirst(""));
    }

    /** Lower-case words a byline may hold: roles, particles, date labels, brands ("detikNews"), domains. */
    private static boolean byWord(String w) {
        String t = TRAILING_PUNCT.matcher(w).replaceAll("");
        return BY_WORDS.contains(t.toLowerCase(Locale.ROOT)) || t.indexOf('.') > 0
                || !t.equals(t.toLowerCase(Locale.ROOT));
    }

    /** Whether text is one or more personal names: short, capitalised words, no sentence punctuation. */
    private static boolean namesLike(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 120) {
            return false;
        }
        for (String name : COMMA.split(t)) {
            String[] words = SPACES.split(name.strip());
            if (words.length > 6 || name.isBlank()) {
                return false;
            }
            for (String w : words) {
                if (w.isEmpty() || PARTICLE.matcher(w.toLowerCase(Locale.ROOT)).matches()) {
                    continue;
                }
                char c = w.charAt(0);
                if (!(Character.isUpperCase(c) || Character.isDigit(c) || c == '(' || c == '\'')) {
                    return false;
                }
            }
            // a full stop ends sentences, not names, except after an initial ("M.", "Jr.")
            String last = words[words.length - 1];
            if ((last.endsWith(".") && last.length() > 4) || last.endsWith("!") || last.endsWith("?")) {
                return false;
            }
        }
        return true;
    }
}
