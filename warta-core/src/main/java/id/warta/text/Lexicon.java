package id.warta.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Per-language word lists for the splitter and tokenizer. Abbreviations are written without their final full
 * stop and matched case-sensitively ({@code dr} the physician's title and {@code Dr} are both listed).
 *
 * @param titles      abbreviations that introduce what follows (a name, a number, a street): never end a sentence
 * @param enders      abbreviations that often close a sentence (dll., etc., Inc.): end one before a capital
 * @param weakEnders  abbreviations that close a sentence only before a word that usually starts one
 * @param starters    capitalised words that usually start a sentence (Namun, Ia, The, But)
 * @param dotTimes    whether 07.45 is a time (Indonesian) rather than a decimal (English 7.45)
 * @param clitics     whether English clitics are split off ('s, n't, 're) as Universal Dependencies does
 * @param stopApart   whether an abbreviation closing a sentence gives its full stop to the sentence
 *                    ({@code dll} {@code .}, as the UD Indonesian treebanks have it; English keeps {@code etc.})
 */
record Lexicon(Set<String> titles, Set<String> enders, Set<String> weakEnders, Set<String> starters,
               boolean dotTimes, boolean clitics, boolean stopApart) {

    private static final Set<String> ID_TITLES = Set.of(
            "Jl", "JL", "Jln", "JLN", "Gg", "No", "dr", "Dr", "drg", "Drg", "Drs", "Dra", "Prof", "Ir", "Hj", "Kec",
            "Kab", "Kel", "Ds", "Sdr", "Sdri", "Bpk", "Bp", "Tn", "Ny", "Nn", "Yth", "Kol", "Letkol", "Mayjen",
            "Brigjen", "Letjen", "Jend", "Kapt", "Serka", "Pol", "Purn", "Moh", "Muh", "Mochd", "Tb", "PT", "CV",
            "Rp", "Telp", "Tlp", "Pdt", "Ust", "Tgl", "tgl", "Hlm", "hlm", "Ph", "RS");
    private static final Set<String> EN_TITLES = Set.of(
            "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "St", "Rev", "Gen", "Lt", "Col", "Capt", "Sgt", "Cmdr",
            "Adm", "Gov", "Sen", "Rep", "Pres", "Supt", "Det", "Insp", "Hon", "Mt", "Ft", "No", "Nos", "vs", "v",
            "Vol", "vol", "Fig", "fig", "pp", "Ave", "Blvd", "Rd", "Maj", "Brig", "Sec", "Atty", "Dept",
            "Univ", "approx", "ca", "cf");
    private static final Set<String> ID_ENDERS = Set.of("dll", "dsb", "dst", "dkk", "Dll", "Dsb");
    private static final Set<String> EN_ENDERS = Set.of("etc");
    /** Company suffixes: in Indonesian a capital after them starts a sentence, in English it may be a title. */
    private static final Set<String> COMPANY = Set.of(
            "Inc", "Corp", "Co", "Ltd", "LLC", "Tbk", "Pte", "Bhd", "Sdn", "Bros", "Plc", "plc");
    private static final Set<String> WEAK = Set.of(
            "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Agu", "Agt", "Sep", "Sept", "Okt", "Oct",
            "Nov", "Dec", "Des", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "Esq");
    private static final Set<String> ID_STARTERS = Set.of(
            "Ia", "Dia", "Mereka", "Kami", "Kita", "Saya", "Aku", "Beliau", "Namun", "Tetapi", "Tapi", "Akan",
            "Sementara", "Selain", "Hal", "Menurut", "Saat", "Pada", "Di", "Dalam", "Untuk", "Ini", "Itu",
            "Sedangkan", "Adapun", "Kemudian", "Lalu", "Sebelumnya", "Sejak", "Dengan", "Para", "Sebanyak", "Jika",
            "Bahkan", "Tak", "Tidak", "Setelah", "Sebelum", "Karena", "Oleh", "Meski", "Meskipun", "Walaupun",
            "Sehingga", "Selanjutnya", "Dari", "Ke", "Sebagai", "Bagi", "Apa", "Siapa", "Mengapa", "Bagaimana",
            "Kapan", "Hingga", "Sampai", "Kini", "Pihaknya", "Perusahaan", "Pemerintah",
            "Yang", "Ada", "Juga", "Sedang", "Maka", "Apalagi", "Terkait", "Berdasarkan", "Sekitar", "Lebih",
            "Sebagian", "Seluruh", "Semua", "Setiap", "Tahun", "Hari", "Atas", "Baik", "Salah", "Sejumlah",
            "Demikian", "Begitu", "Dikatakan", "Disebutkan", "Diketahui", "Sebab", "Agar", "Supaya", "Bila",
            "Apabila", "Ketika", "Waktu", "Usai", "Seusai", "Selama", "Sambil", "Kendati", "Padahal", "Jadi");
    private static final Set<String> EN_STARTERS = Set.of(
            "The", "A", "An", "It", "He", "She", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This",
            "That", "These", "Those", "There", "However", "Meanwhile", "Its", "His", "Her", "Their", "Our", "As",
            "After", "Before", "When", "While", "If", "Although", "Since", "Some", "Many", "Most", "Other", "For",
            "From", "With", "By", "According", "Last", "Earlier", "Later", "Yet", "So", "Still", "Then", "Now",
            "What", "Who", "Why", "How", "Where", "No", "Not", "Officials", "One", "Two", "Three");

    /** Indonesian; news quotes English titles (Mr., Rev., Gen.) often enough to know them too. */
    static final Lexicon ID = new Lexicon(union(ID_TITLES, EN_TITLES), union(ID_ENDERS, COMPANY), WEAK, ID_STARTERS,
            true, false, true);
    static final Lexicon EN = new Lexicon(EN_TITLES, EN_ENDERS, union(WEAK, COMPANY), EN_STARTERS, false, true,
            false);
    /** Unknown languages: both languages' abbreviations, no clitic splitting, 07.45 read as a time. */
    static final Lexicon COMMON = new Lexicon(union(ID_TITLES, EN_TITLES), union(ID_ENDERS, EN_ENDERS),
            union(WEAK, COMPANY), union(ID_STARTERS, EN_STARTERS), true, false, false);

    /** The lexicon for a BCP 47 tag: {@code id}/{@code in}/{@code ind} are Indonesian, {@code en*} English. */
    static Lexicon of(String language) {
        if (language == null) {
            return COMMON;
        }
        String l = language.toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        String primary = dash >= 0 ? l.substring(0, dash) : l;
        return switch (primary) {
            case "id", "in", "ind" -> ID;
            case "en", "eng" -> EN;
            default -> COMMON;
        };
    }

    boolean isAbbreviation(String word) {
        return titles.contains(word) || enders.contains(word) || weakEnders.contains(word);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
}
