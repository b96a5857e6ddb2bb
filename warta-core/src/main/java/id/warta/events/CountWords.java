package id.warta.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words {@link CasualtyCounter} reads, Indonesian and English together (they do not collide, and news mixes
 * them): casualty words with the side of the number they govern, group nouns, gathering cues, statements of no
 * casualties, and the small closed classes the attachment rules skip or stop at. Lowercase; multiword phrases are
 * matched token by token, longest first.
 */
final class CountWords {

    /** How a casualty word relates to the number it counts. */
    enum Role {
        /** An active verb: the number after it is its object ({@code menewaskan 12 orang}, {@code killing 12}). */
        ACTIVE,
        /** A state or passive: the number before it is its subject ({@code 12 orang tewas}, {@code 5 died}). */
        STATE,
        /** An English participle that is either: {@code killed 12} and {@code 12 were killed}. */
        BOTH,
        /** A noun naming the casualties: the counted noun ({@code 20 korban tewas}) or a total before a copula. */
        NOUN,
        /** A noun naming a group whose size follows a copula: {@code a crowd of 10,000}, {@code massa sebanyak}. */
        GROUP,
        /** A word saying people gathered: makes {@code ribuan warga} a crowd's size. */
        CUE,
        /** A statement that nobody was killed, hurt or arrested. */
        ZERO,
        /** People hurt in a way that does not say which kind: {@code 20 killed or wounded}, {@code casualties}. */
        MIXED
    }

    /**
     * One phrase of the lexicon.
     *
     * @param words     the lowercase tokens
     * @param kind      what it counts; null for gathering cues and for casualties of no one kind
     * @param role      how it attaches
     * @param needsAux  whether it reads as a passive only after an auxiliary ({@code were held}, not {@code held
     *                  a rally})
     * @param needsNoun whether it counts only a number with its noun: the word also means securing or holding
     *                  things ({@code mengamankan 300 TPS}, {@code 3 rallies were held})
     */
    record Entry(String[] words, Count.Kind kind, Role role, boolean needsAux, boolean needsNoun) {
    }

    private static final Map<String, List<Entry>> INDEX = index(entries());

    private static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        Count.Kind k = Count.Kind.KILLED;
        add(out, k, Role.ACTIVE, "menewaskan", "membunuh", "menembak mati", "merenggut nyawa", "menelan nyawa",
                "membantai", "killing", "kills", "claimed the lives of", "claiming the lives of", "murdering",
                "massacring");
        add(out, k, Role.STATE, "tewas", "meninggal", "meninggal dunia", "terbunuh", "dibunuh", "gugur", "wafat",
                "ditembak mati", "tertembak mati", "kehilangan nyawa", "died", "dead", "have died", "lost their lives");
        add(out, k, Role.BOTH, "killed", "shot dead", "murdered", "massacred", "slaughtered");
        add(out, k, Role.STATE, "dibantai");
        add(out, null, Role.MIXED, "killed or wounded", "killed or injured", "dead or wounded", "dead or injured",
                "killed and wounded", "killed and injured", "dead and wounded", "dead and injured", "casualties",
                "tewas atau luka", "tewas atau luka-luka", "tewas atau terluka", "tewas dan luka",
                "tewas dan luka-luka", "tewas dan terluka", "meninggal dan luka-luka", "meninggal atau luka-luka",
                "korban tewas dan luka", "korban tewas dan luka-luka", "korban tewas maupun luka",
                "korban tewas maupun luka-luka");
        add(out, k, Role.NOUN, "korban jiwa", "korban tewas", "korban meninggal", "korban meninggal dunia",
                "korban yang tewas", "korban yang meninggal", "korban yang meninggal dunia",
                "death toll", "toll", "deaths", "fatalities", "tewasnya", "meninggalnya", "terbunuhnya", "kematian",
                "the deaths of", "the death of");
        Count.Kind i = Count.Kind.INJURED;
        add(out, i, Role.ACTIVE, "melukai", "mencederai", "wounding", "injuring");
        add(out, i, Role.STATE, "luka", "luka-luka", "terluka", "luka berat", "luka ringan", "cedera", "mengalami luka",
                "menderita luka", "mengalami luka-luka");
        add(out, i, Role.BOTH, "wounded", "injured");
        add(out, i, Role.STATE, "hurt");
        add(out, i, Role.NOUN, "korban luka", "korban luka-luka", "korban luka berat", "korban luka ringan",
                "korban cedera", "korban yang terluka", "korban yang luka-luka", "injuries");
        Count.Kind a = Count.Kind.ARRESTED;
        add(out, a, Role.ACTIVE, "menangkap", "membekuk", "meringkus", "menciduk", "arresting", "detaining");
        add(out, a, Role.STATE, "ditangkap", "dibekuk", "diringkus", "diciduk", "taken into custody");
        for (String w : List.of("mengamankan", "menahan")) {
            out.add(new Entry(new String[] {w}, a, Role.ACTIVE, false, true));
        }
        for (String w : List.of("diamankan", "ditahan")) {
            out.add(new Entry(new String[] {w}, a, Role.STATE, false, true));
        }
        add(out, a, Role.BOTH, "arrested", "detained", "rounded up", "apprehended");
        out.add(new Entry(new String[] {"held"}, a, Role.STATE, true, true));
        add(out, a, Role.NOUN, "arrests", "jumlah yang ditangkap", "penangkapan", "penahanan", "the arrest of",
                "the arrests of", "the detention of");
        add(out, Count.Kind.SIZE, Role.GROUP, "crowd", "crowds", "force", "contingent", "massa", "pasukan",
                "kontingen", "rombongan");
        add(out, null, Role.CUE, "unjuk rasa", "berunjuk rasa", "demo", "berdemo", "demonstrasi", "berdemonstrasi",
                "aksi", "protes", "memprotes", "turun ke jalan", "berkumpul", "berorasi", "mengepung",
                "menggeruduk", "long march", "mogok", "pawai", "rally", "rallies", "rallied", "protest",
                "protests", "protested", "protesting", "demonstration", "demonstrations", "demonstrated",
                "demonstrating", "marched", "march", "gathered", "took to the streets", "strike", "sit-in");
        for (String neg : List.of("tidak ada", "tak ada", "belum ada", "tanpa")) {
            add(out, k, Role.ZERO, neg + " korban jiwa", neg + " korban tewas", neg + " korban meninggal",
                    neg + " yang tewas", neg + " yang meninggal");
            add(out, i, Role.ZERO, neg + " korban luka", neg + " korban luka-luka", neg + " yang terluka");
        }
        add(out, k, Role.ZERO, "tidak menimbulkan korban jiwa", "tak menimbulkan korban jiwa", "no one was killed",
                "nobody was killed", "no one died", "no deaths", "no fatalities");
        add(out, i, Role.ZERO, "no one was injured", "nobody was injured", "no one was hurt", "nobody was hurt",
                "no injuries");
        add(out, a, Role.ZERO, "no one was arrested", "no arrests", "tidak ada yang ditangkap");
        return out;
    }

    /** Nouns of armed or protesting groups: a number of them is a size when no casualty word claims it. */
    static final Set<String> GROUPS = Set.of(
            "pasukan", "tentara", "prajurit", "personel", "aparat", "polisi", "anggota polisi", "anggota tni",
            "marinir", "brimob", "militan", "pemberontak", "milisi", "pengunjuk rasa", "demonstran", "pendemo",
            "massa", "perusuh", "orang bersenjata", "penyerang", "relawan bersenjata",
            "troops", "soldiers", "paratroopers", "police", "police officers", "policemen", "officers",
            "security forces", "security personnel", "personnel", "protesters", "protestors", "demonstrators",
            "militants", "rebels", "fighters", "insurgents", "peacekeepers", "marines", "rioters", "gunmen",
            "attackers", "militiamen");

    /** Ordinary nouns of people: a number of them is a crowd's size only beside a gathering cue. */
    static final Set<String> PEOPLE = Set.of(
            "orang", "warga", "mahasiswa", "buruh", "pekerja", "pelajar", "siswa", "petani", "nelayan",
            "pengemudi", "sopir", "guru", "pendukung", "simpatisan", "peserta", "karyawan", "pedagang", "jiwa",
            "people", "persons", "residents", "students", "workers", "farmers", "supporters", "participants",
            "teachers", "drivers", "employees", "civilians", "villagers", "activists", "fans");

    /**
     * Counted nouns that are not people: a casualty word next to {@code 5 rumah}, {@code 45 tahun} or
     * {@code 3 kendaraan} counts nothing.
     */
    static final Set<String> THINGS = Set.of(
            "rumah", "bangunan", "gedung", "kendaraan", "mobil", "motor", "sepeda", "desa", "ton", "hektare",
            "hektar", "ha", "km", "kilometer", "meter", "kg", "kilogram", "liter", "barel", "senjata", "pucuk",
            "tank", "pesawat", "kapal", "rudal", "roket", "bom", "suara", "kursi", "kali", "tahun", "bulan",
            "hari", "jam", "menit", "detik", "minggu", "pekan", "negara", "provinsi", "kota", "kabupaten",
            "perusahaan", "sekolah", "masjid", "gereja", "saham", "lembar", "ekor", "buah", "unit", "gol", "poin",
            "kasus", "kepala", "keluarga", "kk", "mm", "cm", "persen", "titik", "lokasi", "kecamatan", "kampung",
            "houses", "homes", "buildings", "vehicles", "cars", "villages", "tonnes", "tons", "hectares",
            "kilometres", "kilometers", "miles", "metres", "meters", "barrels", "weapons", "tanks", "aircraft",
            "planes", "jets", "ships", "vessels", "missiles", "rockets", "bombs", "votes", "seats", "times",
            "years", "year", "months", "days", "hours", "minutes", "weeks", "countries", "provinces", "cities",
            "companies", "schools", "mosques", "churches", "families", "households", "jobs", "units", "shares",
            "points", "goals", "cases", "sites", "locations", "districts", "towns", "animals", "cattle", "cows");

    /** Classifiers of things inside a quantity ({@code 5 unit motor}, {@code 3 ekor sapi}). */
    static final Set<String> THING_CLASSIFIERS = Set.of("unit", "buah", "ekor", "pucuk", "lembar", "batang",
            "biji", "helai");

    /** Auxiliaries: a participle after one of them is passive ({@code were killed}). */
    static final Set<String> AUX = Set.of("were", "was", "are", "is", "been", "being", "be", "get", "got");

    /**
     * Words that may stand between a number and the state word after it: auxiliaries, adverbs, hedges and the
     * leftover of a classifier ({@code 12 orang dilaporkan tewas}, {@code 5 people have reportedly been killed}).
     */
    static final Set<String> RIGHT_GAP = Set.of(
            "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "also", "all",
            "allegedly", "later", "subsequently", "confirmed", "reported", "believed", "feared", "to",
            "juga", "telah", "sudah", "dilaporkan", "diduga", "dikabarkan", "ikut", "turut", "yang",
            "lainnya", "others", "other", "more", "orang", "people", "kemudian", "akhirnya", "langsung", "pun",
            "semuanya", "seluruhnya", "dinyatakan", "dipastikan", "tercatat", "lagi", "menjadi", "became",
            "mengalami", "menderita", "berhasil", "sempat", "masih");

    /** Possessives and articles after {@code of}: {@code 4 of its soldiers died}. */
    static final Set<String> OF_DETERMINERS = Set.of("its", "their", "the", "his", "her", "our", "those");

    /** Words that may stand between an active verb and its number: {@code menewaskan sebanyak 12 orang}. */
    static final Set<String> LEFT_FILLERS = Set.of("sebanyak", "sejumlah", "total", "another", "a", "an", "the",
            "further", "additional", "lagi", "setidaknya", "sedikitnya", "its");

    /**
     * Copulas and verbs of tallying: through one of them a total names what it counts from farther back
     * ({@code korban tewas dalam kerusuhan itu mencapai 20 orang}, {@code the death toll rose to 20}).
     */
    static final Set<String> COPULAS = Set.of(
            "mencapai", "menjadi", "sebanyak", "berjumlah", "tercatat", "yakni", "yaitu", "adalah", "ialah",
            "bertambah", "naik", "meningkat", "melonjak", "numbered", "numbering", "totalled", "totaled",
            "totalling", "totaling", "rose", "risen", "climbed", "jumped", "reached", "hit", "stood", "stands",
            "is", "was", "now", "to", "at", "of", "has", "had", "have");

    /** Verbs of an updated tally: after them {@code from 12 to 20} is a change, not a range. */
    static final Set<String> RISING = Set.of("rose", "risen", "climbed", "jumped", "increased", "grew", "rising",
            "bertambah", "naik", "meningkat", "melonjak");

    /** Words after which the counted people are a part of a total already given ({@code termasuk 3 anak}). */
    static final Set<String> SUBSET_BEFORE = Set.of("termasuk", "including", "included", "includes", "yakni",
            "yaitu", "namely", "comprising", "antaranya", "diantaranya", "whom", "them");

    /** Words that open an aside between a number and its verb: {@code 32 people, most of them civilians, died}. */
    static final Set<String> ASIDE = Set.of("most", "many", "mostly", "mainly", "all", "both", "among",
            "sebagian", "kebanyakan", "mayoritas", "semuanya", "seluruhnya", "umumnya");

    /** Collective numerals before a noun (or with -nya alone): {@code kedua korban}, {@code both officers}. */
    static final Map<String, Integer> COLLECTIVE = Map.ofEntries(
            Map.entry("kedua", 2), Map.entry("ketiga", 3), Map.entry("keempat", 4), Map.entry("kelima", 5),
            Map.entry("keenam", 6), Map.entry("ketujuh", 7), Map.entry("kedelapan", 8), Map.entry("kesembilan", 9),
            Map.entry("kesepuluh", 10), Map.entry("keduanya", 2), Map.entry("ketiganya", 3), Map.entry("both", 2));

    /** Words after {@code salah} that make one person: {@code salah satunya}, {@code salah seorang korban}. */
    static final Set<String> ONE_OF_ID = Set.of("satunya", "seorang", "satu");

    /** Words that close a clause for the attachment rules. */
    static final Set<String> BOUNDARIES = Set.of(
            "dan", "and", "serta", "atau", "or", "but", "tetapi", "tapi", "namun", "sementara", "sedangkan",
            "while", "whereas", "bahwa", "that", "setelah", "after", "sebelum", "before", "karena", "because",
            "ketika", "when", "saat", "said", "says", "kata", "ujar", "katanya", "menurut", "according", "if",
            "jika", "although", "meski", "meskipun");

    /** Age words before a number: {@code berusia 45 tahun}, {@code aged 45}. */
    static final Set<String> AGE_BEFORE = Set.of("berusia", "berumur", "usia", "umur", "aged", "age");

    /** Words after a number that make it a time of day. */
    static final Set<String> CLOCK_AFTER = Set.of("am", "pm", "a.m.", "p.m.", "a.m", "p.m", "wib", "wita", "wit",
            "gmt", "utc", "hrs");

    /** Words that may follow a participle used passively without an auxiliary ({@code 12 killed in clashes}). */
    static final Set<String> PASSIVE_FOLLOW = Set.of(
            "in", "on", "at", "by", "during", "after", "before", "when", "as", "and", "while", "since", "near",
            "across", "overnight", "yesterday", "today", "last", "this", "earlier", "following", "inside",
            "outside", "around", "amid", "including", "according", "so", "over", "with", "from", "or",
            "late", "early", "were", "was", "are", "is", "had", "have", "has");

    /** Singular nouns of people an English {@code a}, {@code an} or {@code one} makes one casualty of. */
    static final Set<String> PERSON_EN = Set.of(
            "man", "woman", "boy", "girl", "child", "baby", "infant", "toddler", "teenager", "teen", "youth",
            "person", "civilian", "resident", "villager", "farmer", "student", "teacher", "worker", "protester",
            "protestor", "demonstrator", "policeman", "policewoman", "officer", "soldier", "trooper", "guard",
            "journalist", "reporter", "photographer", "doctor", "nurse", "driver", "passenger", "suspect",
            "militant", "rebel", "fighter", "gunman", "attacker", "bystander", "pedestrian", "activist",
            "official", "volunteer", "employee", "miner", "fisherman", "shopkeeper", "pilgrim", "worshipper",
            "priest", "imam", "tourist", "migrant", "refugee", "prisoner", "inmate", "detainee", "minor",
            "mother", "father", "member", "leader", "commander", "paramedic", "medic", "rioter", "men", "women",
            "children", "youths", "people");

    /** Nouns of people that with an age after them mean one person: {@code pria 45 tahun}, {@code bocah (7)}. */
    static final Set<String> PERSON_ID = Set.of(
            "pria", "wanita", "perempuan", "laki-laki", "bocah", "anak", "remaja", "pemuda", "pemudi", "nenek",
            "kakek", "ibu", "bapak", "balita", "bayi", "siswa", "siswi", "pelajar", "mahasiswa", "mahasiswi",
            "warga", "petani", "nelayan", "sopir", "pengemudi", "pedagang", "buruh", "polisi", "prajurit",
            "tentara", "guru", "korban", "pelaku", "tersangka", "pengendara", "penumpang", "pejalan", "terduga",
            "terdakwa", "suporter", "preman", "pengedar", "bandar", "pencuri", "begal", "anggota", "aktivis",
            "jurnalis", "wartawan", "pendemo", "demonstran", "pengunjuk");

    /** Nouns of people that look like Indonesian verbs by their first letters (ter-, me-, di-, ber-). */
    static final Set<String> PREFIXED_NOUNS = Set.of("tersangka", "terdakwa", "terpidana", "terduga",
            "tertuduh", "menteri", "direktur", "diplomat", "dirut");

    /** Words that make the next word a single person in Indonesian: {@code seorang pria}, {@code sesosok}. */
    static final Set<String> ONE_ID = Set.of("seorang", "sesosok", "satu");

    /** Words that make a following noun of {@link #PERSON_EN} a single person in English. */
    static final Set<String> ONE_EN = Set.of("a", "an", "one");

    /** Prepositions and particles that end a noun phrase after {@code seorang}. */
    static final Set<String> PHRASE_END = Set.of(
            "di", "ke", "dari", "pada", "dalam", "untuk", "dengan", "oleh", "yang", "itu", "ini", "tersebut",
            "juga", "telah", "sudah", "akibat", "saat", "ketika", "setelah", "usai", "berusia", "berumur", "adalah",
            "ialah", "merupakan");

    /** Words an English noun phrase after {@code a} does not run across: {@code a spokesman for the man}. */
    static final Set<String> PHRASE_END_EN = Set.of("of", "for", "in", "on", "at", "from", "with", "to", "by",
            "the", "a", "an", "who", "which", "that", "said", "says");

    private CountWords() {
    }

    /** The longest entry starting at token {@code i} of {@code lower}, or null. */
    static Entry match(String[] lower, int i) {
        List<Entry> candidates = INDEX.get(lower[i]);
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            String[] w = e.words();
            if (i + w.length > lower.length) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < w.length && all; k++) {
                all = lower[i + k].equals(w[k]);
            }
            if (all) {
                return e;
            }
        }
        return null;
    }

    private static void add(List<Entry> out, Count.Kind kind, Role role, String... phrases) {
        for (String p : phrases) {
            out.add(new Entry(p.split(" "), kind, role, false, false));
        }
    }

    private static Map<String, List<Entry>> index(List<Entry> entries) {
        Map<String, List<Entry>> m = new HashMap<>();
        for (Entry e : entries) {
            m.computeIfAbsent(e.words()[0], x -> new ArrayList<>()).add(e);
        }
        Map<String, List<Entry>> frozen = new HashMap<>();
        for (Map.Entry<String, List<Entry>> e : m.entrySet()) {
            List<Entry> l = new ArrayList<>(e.getValue());
            l.sort(Comparator.comparingInt((Entry x) -> x.words().length).reversed());
            frozen.put(e.getKey(), List.copyOf(l));
        }
        return Map.copyOf(frozen);
    }
}
