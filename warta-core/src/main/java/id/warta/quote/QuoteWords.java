package id.warta.quote;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The words the quote rules look for, lower case, Indonesian and English in one table each: the two languages'
 * words hardly collide, and news in one language quotes the other. Immutable and thread-safe.
 */
final class QuoteWords {

    /** Verbs written before their speaker: {@code "...," kata Budi}, {@code "...," said Smith}. */
    static final Set<String> VERB_FIRST;
    private static final String[] VERB_FIRST_ID = {
            "kata", "ujar", "ungkap", "jelas", "tutur", "imbuh", "tambah", "tegas", "terang", "sebut", "papar",
            "lanjut", "ucap", "tulis", "tanya", "jawab", "pungkas", "tandas", "kilah", "beber", "urai", "cetus",
            "seru", "sambung", "timpal", "pinta", "keluh", "bantah", "kenang", "ajak"};
    private static final String[] VERB_FIRST_EN = {
            "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "explained", "explains",
            "continued", "recalled", "replied", "answered", "insisted", "notes"};

    /**
     * The same verbs with the clitic {@code -nya} ("he/she said"): {@code katanya}, {@code ujarnya}; the speaker
     * is the one last named. {@code akunya} ("he admitted") has no bare verb-first form, since {@code aku} is "I".
     */
    static final Set<String> VERB_NYA;

    /**
     * Passive speech verbs, followed by their agent with or without {@code oleh}: {@code Hal itu dikatakan
     * Budi}, {@code demikian disampaikan Kepala BNPB}. Without an agent the speaker is the one last named.
     */
    static final Set<String> PASSIVE = words(
            "dikatakan", "disampaikan", "diungkapkan", "dijelaskan", "ditegaskan", "disebutkan", "dituturkan",
            "diucapkan", "ditambahkan", "diutarakan", "dipaparkan", "diterangkan", "ditulis");

    /** Verbs written after their speaker: {@code Budi mengatakan}, {@code Smith said}, {@code he told Reuters}. */
    static final Set<String> SUBJECT_VERB = words(
            "mengatakan", "menyatakan", "menegaskan", "menjelaskan", "berkata", "menambahkan", "mengungkapkan",
            "menuturkan", "menyebut", "menyebutkan", "memaparkan", "mengaku", "mengakui", "menilai", "berujar",
            "bertanya", "menanyakan", "menjawab", "mengklaim", "membantah", "memperingatkan", "menekankan",
            "meminta", "mengimbau", "menulis", "mencuit", "menerangkan", "melanjutkan", "mengucapkan", "berpesan",
            "berharap", "mengeluhkan", "menceritakan", "bercerita", "mengingatkan", "menyampaikan",
            "mengutarakan", "membeberkan", "menguraikan", "bilang", "berucap", "berseru", "menyerukan",
            "menyimpulkan", "mengisahkan", "mengenang", "mengungkap", "memastikan", "menandaskan", "menimpali",
            "said", "says", "say", "added", "adds", "told", "tells", "asked", "wrote", "writes", "explained",
            "noted", "notes", "stated", "insisted", "argued", "argues", "warned", "warns", "continued",
            "recalled", "stressed", "declared", "replied", "answered", "admitted", "acknowledged", "claimed",
            "tweeted", "posted", "urged", "agreed", "complained", "predicted", "cautioned", "conceded",
            "announced", "called", "described", "explains", "comments", "commented", "responded", "testified",
            "quipped", "remarked", "observed", "concluded", "suggested", "recalls", "asks", "reported", "ordered",
            "shouted", "shouts", "yelled", "screamed", "chanted", "pleaded", "vowed", "promised");

    /** A speaker referred to by a singular pronoun: the one last named. */
    static final Set<String> PRONOUN = words("ia", "dia", "beliau", "pihaknya", "he", "she");

    /** A plural or first-person speaker: attributed, but to no one the text names. */
    static final Set<String> PLURAL = words("mereka", "kami", "kita", "they", "we");

    /** Words between a subject and its verb: {@code Budi juga mengatakan}, {@code Smith later said}. */
    static final Set<String> ADVERB = words(
            "juga", "pun", "kemudian", "lalu", "sempat", "pernah", "telah", "sudah", "lantas", "bahkan",
            "kembali", "hanya", "baru", "masih", "tetap", "langsung", "segera", "akhirnya", "justru", "malah",
            "also", "later", "then", "has", "had", "have", "previously", "once", "earlier", "again", "reportedly",
            "repeatedly", "recently", "simply", "only", "just", "still", "further");

    /** Time words between a subject and its verb: {@code Budi kemarin mengatakan}, {@code Smith on Monday said}. */
    static final Set<String> TIME = words(
            "kemarin", "pagi", "siang", "sore", "malam", "hari", "ini", "pada", "yesterday", "today", "on");

    /**
     * Lower-case prepositions: a phrase right after one is its object, not a subject ({@code yang berpusat di
     * Paris menyerukan}). Matched case-sensitively: a capitalised one opens the sentence ({@code Dalam
     * konferensi pers, ...}).
     */
    static final Set<String> PREPOSITION = words(
            "di", "ke", "dari", "pada", "kepada", "dalam", "untuk", "oleh", "bagi", "terhadap", "in", "at", "on",
            "from", "to", "of", "by", "for", "with", "into");

    /**
     * People named by what they are: the head of a role ({@code kepala}, {@code juru bicara}, {@code spokesman})
     * or of a descriptive speaker ({@code seorang saksi mata}, {@code a witness}).
     */
    static final Set<String> ROLE = words(
            "kepala", "ketua", "wakil", "jurubicara", "menteri", "menko", "menlu", "mendagri", "menhan", "menkes",
            "presiden",
            "wapres", "direktur", "dirut", "juru", "bicara", "jubir", "sekretaris", "sekjen", "sekda", "anggota",
            "pengamat", "peneliti", "pakar", "ahli", "ekonom", "analis", "dosen", "guru", "profesor", "rektor",
            "dekan", "kapolri", "kapolda", "kapolres", "kapolsek", "kasat", "kasatreskrim", "kabid", "kabidhumas",
            "kasubdit", "komandan", "panglima", "pangdam", "danrem", "dandim", "gubernur", "wagub", "bupati",
            "wabup", "wali", "walkot", "camat", "lurah", "kades", "dubes", "duta", "pimpinan", "pemimpin",
            "pendiri", "manajer", "koordinator", "pelatih", "kapten", "pemain", "politikus", "politisi",
            "pengacara", "advokat", "kuasa", "jaksa", "hakim", "dokter", "perawat", "bidan", "staf", "pejabat",
            "petugas", "komisioner", "ketum", "bendahara", "humas", "plt", "plh", "warga", "saksi", "korban",
            "pedagang", "petani", "nelayan", "sopir", "pengemudi", "pengunjung", "penumpang", "mahasiswa",
            "siswa", "aktivis", "relawan", "polisi", "tentara", "prajurit", "perwira", "perdana", "kanselir",
            "raja", "ratu", "senator", "legislator", "ulama", "pendeta", "uskup", "penulis", "seniman", "aktor",
            "aktris", "penyanyi", "atlet", "orang", "ibu", "ayah", "istri", "suami", "kakak", "adik", "anak",
            "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "director",
            "chief", "head", "chairman", "chairwoman", "chair", "governor", "mayor", "senator", "lawmaker",
            "legislator", "member", "professor", "analyst", "economist", "expert", "lawyer", "attorney",
            "prosecutor", "judge", "official", "officials", "officer", "ambassador", "envoy", "commander",
            "general", "leader", "founder", "executive", "ceo", "manager", "coach", "captain", "player",
            "resident", "residents", "witness", "doctor", "nurse", "teacher", "researcher", "fellow", "deputy",
            "adviser", "advisor", "aide", "diplomat", "police", "prime", "chancellor", "king", "queen", "prince",
            "representative", "candidate", "activist", "student", "survivor", "victim", "farmer", "trader",
            "driver", "scientist", "engineer", "editor", "author", "historian", "strategist", "consultant",
            "premier", "vice", "mother", "father", "headteacher", "principal", "volunteer", "worker", "employee",
            "owner", "karyawan", "buruh", "pemilik", "pengusaha", "deputi", "asisten", "klub", "pihak", "club",
            "gelandang", "penyerang", "bek", "kiper", "striker", "pebulu", "petenis", "pebalap", "pegolf", "perenang",
            "midfielder", "defender", "goalkeeper", "forward", "winger", "singer", "guitarist", "actor", "actress",
            "aunt", "uncle", "son", "daughter", "wife", "husband", "sister", "brother", "friend", "neighbor",
            "neighbour", "spouse", "cousin", "grandmother", "grandfather", "paman", "bibi", "tante", "nenek",
            "kakek", "tetangga", "teman", "sahabat", "keponakan", "sepupu");

    /** Words before a role or a descriptive speaker: {@code seorang saksi}, {@code a spokesman}. */
    static final Set<String> DETERMINER = words(
            "seorang", "salah", "satu", "sang", "para", "beberapa", "sejumlah", "mantan", "eks", "a", "an", "the",
            "one", "another", "former", "senior", "top", "founding", "managing", "acting", "interim", "associate",
            "assistant", "lead", "his", "her", "their");

    /**
     * Capitalised words inside a role before a name: organisations and portfolios ({@code Menteri Luar Negeri
     * Retno Marsudi}, {@code juru bicara Kementerian Kesehatan Siti Nadia}).
     */
    static final Set<String> ROLE_PART = words(
            "kementerian", "kemenlu", "badan", "dewan", "komisi", "partai", "universitas", "kantor", "dinas",
            "kepolisian", "polda", "polres", "polsek", "pemerintah", "pemkot", "pemprov", "pemkab", "bank",
            "lembaga", "institut", "pusat", "direktorat", "bidang", "urusan", "umum", "utama", "besar",
            "eksekutif", "harian", "luar", "negeri", "dalam", "koordinator", "keuangan", "pertahanan",
            "kesehatan", "pendidikan", "kebudayaan", "agama", "perhubungan", "perdagangan", "perindustrian",
            "pertanian", "sosial", "politik", "hukum", "keamanan", "perekonomian", "kemaritiman", "investasi",
            "pariwisata", "ketenagakerjaan", "energi", "lingkungan", "kehutanan", "kelautan", "perikanan",
            "komunikasi", "informatika", "perumahan", "riset", "teknologi", "negara", "kabinet", "agraria",
            "koperasi", "ministry", "department", "university", "council", "party", "institute", "agency",
            "office", "bureau", "committee", "commission", "foreign", "defense", "defence", "interior", "finance",
            "state", "national", "senior", "deputy", "vice", "prime", "chief");

    /** Place words that take the next word as their name inside a role: {@code Wali Kota Surabaya}. */
    static final Set<String> PLACE_HEAD = words(
            "desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi", "kampung", "dusun", "distrik");

    /** Titles and ranks before a name, part of neither the name nor the role; matched without a full stop. */
    static final Set<String> HONORIFIC = words(
            "pak", "bu", "bapak", "ibu", "mr", "mrs", "ms", "dr", "prof", "h", "hj", "kh", "drs", "ir", "ust",
            "ustaz", "ustadz", "gus", "mbak", "mas", "sir", "irjen", "brigjen", "kombes", "akbp", "akp", "iptu",
            "ipda", "aiptu", "kompol", "letjen", "mayjen", "marsekal", "laksamana", "laksma", "kolonel", "letkol",
            "jenderal", "pol", "gen", "lt", "col", "sgt", "maj", "adm", "rev");

    /** Lower-case words inside names: {@code Ahmad bin Abdullah}, {@code Ursula von der Leyen}. */
    static final Set<String> PARTICLE = words(
            "bin", "binti", "van", "von", "der", "den", "de", "da", "del", "dos", "du", "le", "la", "al", "el");

    /**
     * Words that end a speaker's phrase: prepositions, conjunctions, time words and the openers of a clause
     * ({@code kata Budi kepada wartawan}, {@code said Smith on Monday}).
     */
    static final Set<String> STOP = words(
            "kepada", "pada", "di", "ke", "dari", "dalam", "saat", "ketika", "seusai", "usai", "setelah",
            "sebelum", "sesudah", "sambil", "seraya", "melalui", "lewat", "via", "dengan", "yang", "dan", "atau",
            "tetapi", "tapi", "namun", "sedangkan", "sementara", "seperti", "sebagaimana", "bahwa", "untuk",
            "terkait", "soal", "mengenai", "tentang", "kemarin", "hari", "malam", "pagi", "siang", "sore",
            "tadi", "itu", "ini", "tersebut", "selaku", "sebagai", "adapun", "selanjutnya", "terpisah",
            "selain", "akan", "menurut", "kini", "saat", "demikian", "begitu", "hal",
            "to", "in", "on", "during", "when", "while", "after", "before", "as", "with", "who", "which",
            "that", "and", "or", "but", "yesterday", "today", "tonight", "last", "this", "adding", "noting",
            "referring", "speaking", "told", "meanwhile", "however", "separately", "from", "by", "about",
            "there", "here", "it", "so", "if", "because");

    /** Day names: {@code kata Budi Senin (10/1)} ends the phrase at the day. */
    static final Set<String> DAY = words(
            "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum\u2019at", "sabtu", "minggu", "ahad",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** English words that may join a descriptive speaker before a name: {@code a spokesman for the ministry}. */
    static final Set<String> LINK = words("of", "for", "at", "the", "with");

    /** Words inside a role written before its name: {@code Pengamat politik dari Universitas Indonesia, X,}. */
    static final Set<String> ROLE_LINK = words("dari", "di", "of", "for", "at", "the");

    /** Lower-case words allowed in a title: {@code Laskar Pelangi}, {@code The Lord of the Rings}. */
    static final Set<String> FUNCTION = words(
            "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada", "dalam", "atas", "bagi", "oleh", "para",
            "sang", "si", "the", "of", "a", "an", "and", "in", "on", "at", "for", "to", "from", "with", "by", "or");

    /**
     * Words right before a quotation that make it a name, title or term rather than speech: {@code berjudul
     * "..."}, {@code film "..."}, {@code the so-called "..."}.
     */
    static final Set<String> NAMING = words(
            "berjudul", "bertajuk", "bertema", "bernama", "dijuluki", "julukan", "istilah", "slogan", "tagar",
            "semboyan", "motto", "jargon", "film", "buku", "novel", "lagu", "album", "singel", "single",
            "program", "acara", "sinetron", "serial", "kolom", "rubrik", "kampanye", "gerakan", "operasi", "kata",
            "frasa", "bertuliskan", "titled", "entitled", "dubbed", "nicknamed", "so-called", "term", "word",
            "phrase", "hashtag", "movie", "book", "song", "series", "show", "campaign", "operation", "reading");

    /** Words opening the sentence after a quotation that carries its attribution: {@code Hal itu dikatakan X}. */
    static final Set<String> LEAD = words("demikian", "begitu");

    static {
        VERB_FIRST = set(VERB_FIRST_ID, VERB_FIRST_EN);
        Set<String> nya = new HashSet<>();
        for (String v : VERB_FIRST_ID) {
            nya.add(v + "nya");
        }
        nya.add("akunya");
        VERB_NYA = Set.copyOf(nya);
    }

    private QuoteWords() {
    }

    /** A set of words; a word listed under both languages is kept once. */
    private static Set<String> words(String... words) {
        return Set.copyOf(new HashSet<>(Arrays.asList(words)));
    }

    private static Set<String> set(String[] a, String[] b) {
        Set<String> all = new HashSet<>(Arrays.asList(a));
        all.addAll(Arrays.asList(b));
        return Set.copyOf(all);
    }

    /**
     * Whether {@code w} names a role: a listed word, also in the English plural ({@code officers}) or as the last
     * part of a compound ({@code co-author}, {@code ex-menteri}), or an English occupation in {@code -ist}
     * ({@code geologist}, {@code columnist}; not {@code insist}, {@code checklist}).
     */
    static boolean role(String w) {
        if (ROLE.contains(w) || w.length() > 3 && w.endsWith("s") && ROLE.contains(w.substring(0, w.length() - 1))) {
            return true;
        }
        if (w.length() >= 7 && w.endsWith("ist") && !w.endsWith("sist") && !w.endsWith("list")
                && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return true;
        }
        int dash = w.lastIndexOf('-');
        return dash > 0 && dash + 1 < w.length() && ROLE.contains(w.substring(dash + 1));
    }

    /** Whether {@code w} may stand between a subject and its verb: a listed adverb or an English one in -ly. */
    static boolean adverb(String w) {
        return ADVERB.contains(w)
                || w.length() > 5 && w.endsWith("ly") && w.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** Whether {@code w} is a speech verb of any kind, which ends a speaker's phrase. */
    static boolean speech(String w) {
        return VERB_FIRST.contains(w) || SUBJECT_VERB.contains(w) || PASSIVE.contains(w) || VERB_NYA.contains(w);
    }

    /** {@code w} without a final full stop, for titles written either way ({@code Dr.}, {@code Dr}). */
    static String bare(String w) {
        return w.length() > 1 && w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }
}
