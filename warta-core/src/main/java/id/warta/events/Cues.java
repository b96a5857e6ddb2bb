package id.warta.events;

import java.util.Set;

/**
 * The function words around a trigger that decide how an event is read: negation, modality, reporting, and the
 * prepositions that mark places, agents, targets and lists. Folded (lower-case) forms, Indonesian and English
 * together: a word of one language rarely means something else in the other, and a text of undetermined language
 * needs both.
 */
final class Cues {

    /** Words that say the next verb did not happen ({@code tidak menyerang}, {@code did not attack}). */
    static final Set<String> NEGATORS = Set.of("tidak", "tak", "tdk", "belum", "bukan", "tanpa", "gagal", "batal",
            "urung", "enggan", "not", "n't", "never", "no", "without", "failed", "neither", "nor");

    /** After a negator, words that turn it into something else: {@code tidak hanya}, {@code tak lama}, not only. */
    static final Set<String> NEGATION_BREAKERS = Set.of("hanya", "saja", "cuma", "sekadar", "lama", "jarang",
            "sedikit", "kurang", "only", "just", "long", "least");

    /** Verbs of denial that negate what follows them in their clause ({@code membantah menyerang}). */
    static final Set<String> DENIALS = Set.of("membantah", "bantah", "dibantah", "menyangkal", "disangkal",
            "menepis", "menampik", "deny", "denies", "denied", "denying", "refuted");

    /** Words that make the next verb an intention ({@code akan mengirim}, {@code plans to send}). */
    static final Set<String> PLANNED = Set.of("akan", "bakal", "hendak", "berencana", "rencana", "merencanakan",
            "direncanakan", "dijadwalkan", "berniat", "bersiap", "will", "'ll", "shall", "plan", "plans", "planned",
            "planning", "intend", "intends", "intended", "scheduled", "preparing", "prepares");

    /**
     * Words of willingness or commitment that make the next verb an intention ({@code is willing to withdraw},
     * {@code offered to hand over}, {@code is ready to host}).
     */
    static final Set<String> INTENT = Set.of("willing", "ready", "prepared", "offered", "offers", "offer",
            "offering", "promised", "promises", "promise", "pledged", "pledges", "pledge", "committed",
            "undertook", "undertakes", "bersedia", "siap", "berjanji", "berkomitmen");

    /** The Indonesian words of {@link #INTENT}, which take their verb without a particle. */
    static final Set<String> INTENT_ID = Set.of("bersedia", "siap", "berjanji", "berkomitmen");

    /** The future of reported speech: {@code said it would allow} is an intention, not a supposition. */
    static final Set<String> FUTURE_IN_PAST = Set.of("would", "'d");

    /** Words of obligation: after a verb of saying, what the subject must do is the speaker's demand. */
    static final Set<String> OBLIGATION = Set.of("must", "harus", "wajib", "mesti");

    /**
     * Verbs of saying and declaring that introduce what someone says must be done ({@code Russia said Sudan must
     * return}, {@code declared that}, {@code menegaskan bahwa}).
     */
    static final Set<String> DECLARING = Set.of("said", "says", "say", "saying", "declared", "declares",
            "reiterated", "reiterates", "concluded", "concludes", "announced", "announces", "insisted", "insists",
            "stated", "told", "tells", "stressed", "stresses", "repeated", "repeats", "argued", "argues",
            "maintained", "maintains", "asserted", "asserts", "added", "reminded", "mengatakan", "menyatakan",
            "menegaskan", "mengungkapkan", "menyebutkan", "menuturkan", "kata", "ujar", "tegas");

    /** Words that may stand between a verb of saying and its clause's subject ({@code said on Tuesday that}). */
    static final Set<String> LINKS = Set.of("that", "bahwa", "the", "a", "an", "on", "here", "today", "yesterday", "pada", "hari",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "senin", "selasa", "rabu",
            "kamis", "jumat", "sabtu", "minggu");

    /** Modal words that make the next verb only possible or required ({@code bisa saja}, {@code could}). */
    static final Set<String> MODALS = Set.of("mungkin", "kemungkinan", "berpotensi", "potensi", "risiko",
            "berisiko", "dikhawatirkan", "perlu", "harus", "wajib", "seharusnya", "semestinya", "mesti", "could",
            "would", "might", "should", "must", "possible", "possibly", "potential", "risk", "risks", "'d");

    /** Conjunctions that make their whole sentence a supposition ({@code jika}, {@code if}). */
    static final Set<String> CONDITIONALS = Set.of("jika", "jikalau", "kalau", "apabila", "bila", "seandainya",
            "andaikan", "andaikata", "andai", "manakala", "if", "unless", "whether");

    /** Before {@code if}, words that make it ask rather than suppose ({@code asked if}). */
    static final Set<String> ASKING = Set.of("ask", "asks", "asked", "asking", "wonder", "wondered", "know",
            "see", "decide", "decided", "even");

    /**
     * Words that mark the sentence as relaying someone's claim: {@code menurut polisi}, {@code reportedly}, and
     * verbs of saying ({@code Tokayev mengatakan ...}, {@code ..., officials said}).
     */
    static final Set<String> REPORTING = Set.of("menurut", "dilaporkan", "kabarnya", "konon", "reportedly",
            "allegedly", "diduga", "mengatakan", "menyatakan", "menyebutkan", "menuturkan", "menjelaskan",
            "mengklaim", "menegaskan", "mengungkapkan", "katanya", "ujarnya", "tuturnya", "ungkapnya", "said", "says", "saying",
            "told", "claimed", "claims", "stated");

    /** Verbs of saying that follow what was said ({@code ..., kata juru bicara}); only after a comma or quote. */
    static final Set<String> SAID_AFTER = Set.of("kata", "ujar", "tutur", "ungkap", "jelas", "tegas");

    /** Prepositions before a place ({@code di Kazakhstan}, {@code in Kabul}). */
    static final Set<String> LOCATIVE = Set.of("di", "ke", "menuju", "dekat", "sekitar", "kawasan", "wilayah",
            "daerah", "kota", "provinsi", "kabupaten", "sepanjang", "in", "at", "into", "to", "near", "across",
            "inside", "outside", "around", "towards", "toward", "onto", "through", "throughout", "along", "via");

    /** Of the locatives, those naming a destination: a MOBILIZE or AID sent there is sent to that country. */
    static final Set<String> DESTINATION = Set.of("ke", "menuju", "into", "to", "towards", "toward", "onto");

    /** Prepositions before where something comes from ({@code pasukan dari Rusia}). */
    static final Set<String> ORIGIN = Set.of("dari", "asal", "from");

    /** Words introducing the agent of a passive verb. */
    static final Set<String> AGENT = Set.of("oleh", "by");

    /** Prepositions introducing the target of an active verb or a noun ({@code terhadap}, {@code against}). */
    static final Set<String> TARGET = Set.of("terhadap", "kepada", "pada", "dengan", "atas", "menentang", "melawan",
            "against", "on", "upon", "with", "at", "to", "toward", "towards");

    /** Words and marks joining the items of a list ({@code Armenia, Belarusia, dan Tajikistan}). */
    static final Set<String> LIST = Set.of(",", "dan", "serta", "maupun", "&", "and");

    /** Words before an actor that leave it out of what follows ({@code Selain Rusia, ...}, {@code besides}). */
    static final Set<String> EXCEPT = Set.of("selain", "kecuali", "besides", "except");

    /** Words that end a clause: no actor or target is looked for across them. */
    static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "yang", "karena", "sebab", "setelah", "sesudah",
            "sebelum", "ketika", "saat", "sementara", "sedangkan", "namun", "tetapi", "tapi", "sehingga",
            "supaya", "agar", "hingga", "sampai", "seraya", "sambil", "who", "which", "that", "because",
            "after", "before", "when", "while", "whereas", "but", "although", "though", "since", "so", "until",
            "unless", "saying", "citing", "amid", "despite");

    /** Forms of {@code be} and {@code get} that make an English participle passive. */
    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "got", "gets",
            "get", "'s", "'re");

    /** English participles that after {@code be} say a state, not a passive: {@code is opposed to}. */
    static final Set<String> STATES = Set.of("opposed", "committed", "prepared", "determined", "concerned",
            "involved", "interested", "ready", "willing", "united", "divided", "allied", "engaged", "resolved",
            "disposed", "inclined", "poised", "set", "bound", "supposed", "expected");

    /** Words that open an apposition after a comma: {@code Pakistan, a key U.S. ally, ...}. */
    static final Set<String> APPOSITION = Set.of("a", "an", "the", "seorang", "sebuah", "salah", "sang", "selaku",
            "yakni", "yaitu");

    /** Adverbs that may stand between a subject, an auxiliary or a negator and its verb. */
    static final Set<String> ADVERBS = Set.of("juga", "pun", "telah", "sudah", "sempat", "pernah", "masih",
            "kembali", "langsung", "segera", "lalu", "kemudian", "pula", "sedang", "tengah", "baru", "also",
            "reportedly", "allegedly", "already", "still", "again", "then", "later", "recently", "has", "have",
            "had", "did", "does", "do", "yet", "ever", "officially", "formally", "jointly", "finally");

    /** Words of number or grouping before {@code of} whose noun acts: hundreds of protesters, a group of leaders. */
    static final Set<String> COUNTS_OF = Set.of("hundreds", "thousands", "dozens", "scores", "tens", "millions",
            "group", "groups", "band", "number", "crowd", "crowds", "members", "some", "many", "most", "all",
            "several");

    /** Personal pronouns: a subject the coder does not resolve. */
    static final Set<String> PRONOUNS = Set.of("ia", "dia", "beliau", "mereka", "kami", "kita", "saya", "aku",
            "he", "she", "they", "we", "i", "it");

    /** The last words of the sequences of {@link #REQUESTED_BY}: the requester follows them. */
    static final Set<String> REQUESTED_BY_LAST = Set.of("permintaan", "permohonan", "of");

    /** Token sequences naming who asked for what the sentence reports: {@code atas permintaan Tokayev}. */
    static final String[][] REQUESTED_BY = {
            {"atas", "permintaan"}, {"atas", "permohonan"}, {"at", "the", "request", "of"},
            {"upon", "the", "request", "of"}, {"at", "request", "of"}};

    private Cues() {
    }
}
