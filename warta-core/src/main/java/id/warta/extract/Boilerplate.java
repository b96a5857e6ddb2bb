package id.warta.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises lines that pages put around and inside stories but that are not part of them: calls to follow the
 * site, advertising markers, share buttons, tag lists, copyright notices, "read the rest" links, source notes and
 * agency editor codes. Each rule matches a whole line, so a sentence that merely mentions such words stays.
 * <p>
 * "Sumber: ..." lines are dropped: in news dumps they name where the story or picture came from, which is
 * attribution, not prose, and they are never long enough to be a paragraph.
 */
final class Boilerplate {

    /** Longer lines are prose, whatever words they start with. */
    private static final int MAX_LENGTH = 240;

    private static final String SOCIAL = "facebook|twitter|x|whatsapp|wa|telegram|line|instagram|youtube|tiktok|"
            + "linkedin|pinterest|reddit|threads|email|e-mail|surel|print|cetak|copy\\s+link|salin\\s+(?:link|tautan)|"
            + "google\\s+news|kakaotalk";

    private static final Pattern LINE = Pattern.compile("^(?:"
            // follow-the-site calls
            + "find\\s+us\\s+on\\b.*|follow\\s+us\\b.*|connect\\s+with\\s+us\\b.*"
            + "|ikuti\\s+(?:kami|kita|kanal|akun|berita|update|informasi|channel|terus)\\b.*"
            // the lead-in of an embedded player: "Simak juga Video 'Api Lalap Gudang':"
            + "|(?:simak|saksikan|tonton|lihat|watch)\\s+(?:juga\\s+|pula\\s+)?(?:the\\s+)?video\\b.{0,200}:"
            + "|simak\\s+(?:berita|artikel|update|informasi|video|breaking\\s+news|juga\\s+berita)\\b.*"
            + "(?:google\\s+news|whatsapp|telegram|channel|youtube|instagram|di\\s+sini)\\W*"
            + "|dapatkan\\s+(?:update|informasi|info|berita|notifikasi|kabar)\\b.*"
            + "(?:telegram|whatsapp|google\\s+news|channel|aplikasi|app|newsletter)\\b.*"
            + "|(?:gabung|bergabung|join)\\b.{0,80}(?:channel|telegram|whatsapp|grup|group|komunitas|newsletter)\\b.*"
            + "|(?:sign\\s+up|subscribe|daftar)\\b.{0,80}(?:newsletter|buletin)\\b.*"
            // advertising and reading-flow markers
            + "|advertisement|advertisements|iklan|sponsored(?:\\s+content)?|advertorial|konten\\s+bersponsor"
            + "|scroll\\s+(?:down\\s+)?to\\s+(?:continue|resume)(?:\\s+(?:reading|with\\s+content|content))?"
            + "|lanjut(?:kan)?\\s+(?:membaca|baca)(?:\\s+artikel)?(?:\\s+di\\s+bawah(?:\\s+ini)?)?"
            + "|continue\\s+reading(?:\\s+below)?|(?:story|article)\\s+continues\\s+(?:below|after\\s+advertisement)"
            + "|listen\\s+to\\s+this\\s+(?:article|story)|dengarkan(?:\\s+artikel\\s+ini)?"
            + "|(?:waktu\\s+baca|reading\\s+time)\\s*:?\\s*\\d+\\s*(?:menit|min(?:ute)?s?)|\\d+\\s+min(?:ute)?s?\\s+read"
            + "|loading\\W*|memuat\\W*|load\\s+more|tampilkan\\s+(?:lebih\\s+banyak|semua)|lihat\\s+(?:foto|semua|video)"
            + "|baca\\s+berita\\s+dengan\\s+sedikit\\s+iklan.*"
            // share bars and social links
            + "|(?:share|bagikan|sebarkan)(?:\\s+(?:this|ini|artikel\\s+ini|berita\\s+ini|this\\s+article|"
            + "this\\s+story))?(?:\\s*:.{0,80}|\\s+(?:on|via|ke)\\s+\\w+)?"
            + "|tweet|komentar|comments?|\\d+\\s+(?:komentar|comments?)|tulis\\s+komentar"
            + "|(?:(?:" + SOCIAL + ")[\\s,|•·/]*){1,12}"
            // tags, copyright, read-the-rest, source notes
            + "|(?:tags?|topik|topics?|kata\\s+kunci|keywords?|label)\\s*:.*"
            // a notice has the sign, a year or the reserved-rights formula (see also RIGHTS_RESERVED);
            // "Hak cipta lagu itu..." is prose
            + "|(?:copyright|hak\\s+cipta)\\s*(?:©|\\(c\\)|\\d{4}).*|©.*|\\(c\\)\\s*\\d{4}.*"
            + "|hak\\s+cipta\\s+dilindungi.*"
            + "|our\\s+standards\\s*:.*|(?:pedoman\\s+media\\s+siber|kode\\s+etik)\\W*"
            + "|\\(?\\s*baca\\s+(?:selengkapnya|artikel\\s+selengkapnya|berita\\s+selengkapnya)\\b.*"
            + "|(?:sumber|source)\\s*:.{0,120}"
            // section headings of link boxes
            + "|(?:video|berita|artikel)\\s+(?:pilihan|rekomendasi|terkait|terpopuler|populer|terkini)"
            + "|terpopuler|rekomendasi(?:\\s+untuk\\s+anda)?|pilihan\\s+(?:untukmu|editor|redaksi)|most\\s+read"
            + "|most\\s+popular|trending(?:\\s+now)?|editor'?s\\s+picks?"
            // a bare address, pagination
            + "|(?:https?://|www\\.)\\S+|(?:halaman|page)\\s*:?\\s*(?:\\d+\\s*)+(?:selanjutnya|berikutnya|next)?"
            + "|halaman\\s+(?:selanjutnya|berikutnya|sebelumnya)|selanjutnya|sebelumnya|next\\s+page|previous\\s+page"
            // breadcrumbs and hashtag rows
            + "|(?:home|beranda)\\s*(?:[>»/|›]\\s*[^>»/|›]+)+|#\\S+(?:\\s+#\\S+)*"
            // agency and editor codes closing a story: "(ant/ida)", "(rdn)"
            + "|\\(\\s*\\p{Ll}{2,5}(?:\\s*/\\s*\\p{Ll}{2,5})*\\s*\\)"
            // separators and ornaments between sections: "___", "* * *", "•••"
            + "|[^\\p{L}\\p{N}]+"
            + ")$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A line closing with the reserved-rights formula. Apart from {@link #LINE} because its leading {@code .*}
     * makes the engine walk the whole line: it runs only on lines holding the word.
     */
    private static final Pattern RIGHTS_RESERVED = Pattern.compile(".*\\ball\\s+rights\\s+reserved\\W*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "Artikel ini telah tayang di Kompas.com dengan judul ...": the note closing a story shared across a network
     * of sites, often long because it repeats the headline and the address.
     */
    private static final Pattern SYNDICATION = Pattern.compile("(?:artikel|berita|tulisan)\\s+ini\\s+"
            + "(?:telah\\s+|sudah\\s+)?(?:tayang|terbit|dimuat|dipublikasikan|diterbitkan)\\s+(?:di|pada|dalam)\\s",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_SYNDICATION_LENGTH = 600;

    /** "Klik di sini" anywhere in a short line makes it a link, not prose. */
    private static final int MAX_CLICK_LENGTH = 160;

    private Boilerplate() {
    }

    private static boolean clickHere(String lower) {
        return lower.contains("klik di sini") || lower.contains("click here");
    }

    /** Whether the whole line is boilerplate. */
    public static boolean is(String line) {
        if (line == null) {
            return false;
        }
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (s.length() <= MAX_LENGTH) {
            if (LINE.matcher(s).matches()) {
                return true;
            }
            String lower = s.toLowerCase(Locale.ROOT);
            // "rved": the letters of "reserved" that have no other case form under Unicode rules (s has: ſ)
            if (lower.contains("rved") && RIGHTS_RESERVED.matcher(s).matches()
                    || s.length() <= MAX_CLICK_LENGTH && clickHere(lower)) {
                return true;
            }
        }
        return s.length() <= MAX_SYNDICATION_LENGTH && SYNDICATION.matcher(s).lookingAt();
    }
}
