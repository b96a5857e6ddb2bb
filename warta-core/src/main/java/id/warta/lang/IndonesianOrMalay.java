package id.warta.lang;

import java.util.Set;

/**
 * Tells Indonesian from Malay by words and spellings that standard news in one language uses and the other does
 * not. The n-gram model cannot: the two share most of their vocabulary and spelling, so Warta merges their
 * profiles into one class and this check splits it.
 *
 * <p>The lists are short on purpose: only words frequent in news and (nearly) absent from the other language's
 * news. Left out because both languages use them in news: {@code semalam} (Malay "yesterday", Indonesian "last
 * night"), {@code boleh}, {@code sangat}, {@code ialah}, {@code daripada}, {@code beliau}, {@code kenyataan},
 * {@code mengatakan}; because the word means something else on the other side: {@code pejabat} (Malay "office",
 * Indonesian "official"), {@code polisi} (Indonesian "police", Malay "policy"), {@code rapat} (Indonesian
 * "meeting", Malay "close"), {@code kerajaan} (Malay "government", Indonesian "kingdom": measured, it made two
 * Indonesian Wikipedia chunks of UD GSD Malay); and {@code wang} (Malay "money") because Indonesian news writes
 * Chinese names with it.
 *
 * <p>The decision is a small Bayesian one: prior odds of {@value #PRIOR_ODDS_INDONESIAN} to 1 for Indonesian
 * (Warta reads Indonesian news first) and a likelihood ratio of {@value #MARKER_LIKELIHOOD_RATIO} per marker word
 * (conservative: a quoted or borrowed word of the other language is not rare). With no marker the answer is
 * Indonesian at 0.75; two Malay markers and no Indonesian one make it Malay at 0.84.
 */
final class IndonesianOrMalay {

    static final double PRIOR_ODDS_INDONESIAN = 3.0;
    static final double MARKER_LIKELIHOOD_RATIO = 4.0;

    /** Indonesian words whose Malay equivalents differ (Malay in brackets in the comments). */
    static final Set<String> INDONESIAN = Set.of(
            "bahwa", "karena", "yaitu", // bahawa, kerana, iaitu
            "uang", "kantor", "pemerintah", "kepolisian", // wang, pejabat, kerajaan (government), polis
            "kemarin", "besok", "bisa", "mantan", // semalam, esok, boleh, bekas
            "kasus", "proyek", "resmi", "kendaraan", "kampanye", "tentara", "kebijakan", "sekretaris",
            // kes, projek, rasmi, kenderaan, kempen, tentera, dasar, setiausaha
            "universitas", "kualitas", "aktivitas", "fasilitas", "komunitas", "mayoritas", // -iti in Malay
            "serikat", // Amerika Serikat: Amerika Syarikat
            "persen", "miliar", "triliun", "nomor", "komisi", "tersangka", "kabupaten", // peratus, bilion, trilion,
            // nombor, suruhanjaya, suspek, daerah
            "justru", "jadwal", "dijadwalkan", // justeru, jadual, dijadualkan
            "senin", "kamis", "jumat", "juli", "agustus", "desember"); // Isnin, Khamis, Jumaat, Julai, Ogos, Disember

    /** Malay words whose Indonesian equivalents differ (Indonesian in brackets in the comments). */
    static final Set<String> MALAY = Set.of(
            "bahawa", "kerana", "iaitu", // bahwa, karena, yaitu
            "polis", "baharu", "sahaja", "mahu", // polisi, baru, saja, mau
            "kes", "projek", "rasmi", "kenderaan", "kempen", "tentera", // kasus, proyek, resmi, ...
            "mesyuarat", "jawatankuasa", "setiausaha", "timbalan", "pengerusi", "kakitangan", "pelancongan",
            // rapat, komite, sekretaris, wakil, ketua, karyawan, pariwisata
            "universiti", "kualiti", "aktiviti", "fasiliti", "komuniti", "majoriti",
            "syarikat", // Amerika Syarikat; also "company" (perusahaan)
            "peratus", "bilion", "trilion", "nombor", "suruhanjaya", "suspek", // persen, miliar, triliun, ...
            "justeru", "jadual", "dijadualkan",
            "isnin", "khamis", "jumaat", "julai", "ogos", "disember"); // Senin, Kamis, Jumat, Juli, ...

    /** Two-word markers, written "first second". */
    private static final Set<String> INDONESIAN_PAIRS = Set.of(
            "saat ini", "rumah sakit", // kini, hospital
            "pekan ini", "pekan lalu", "pekan depan", "akhir pekan"); // minggu: Malay "pekan" is a town
    private static final Set<String> MALAY_PAIRS = Set.of(
            "tahun lepas", "bulan lepas", "minggu lepas", // tahun lalu...
            "pihak berkuasa"); // pihak berwenang

    /** Second words of the pairs, so that a pair is looked up only after one of them. */
    static final Set<String> PAIR_ENDS = Set.of("ini", "sakit", "lalu", "depan", "pekan", "lepas",
            "berkuasa");

    private IndonesianOrMalay() {
    }

    /** Whether the pair {@code previous current} (both lower case) is an Indonesian (+1) or Malay (-1) marker. */
    static int pairMarker(String previous, String current) {
        if (previous == null || !PAIR_ENDS.contains(current)) {
            return 0;
        }
        String pair = previous + ' ' + current;
        return INDONESIAN_PAIRS.contains(pair) ? 1 : MALAY_PAIRS.contains(pair) ? -1 : 0;
    }

    /** The probability that a text of the Indonesian–Malay class is Indonesian, given its marker counts. */
    static double indonesianProbability(int indonesianMarkers, int malayMarkers) {
        // bounded so that the power stays finite on huge inputs; 30 markers already decide beyond doubt
        int lead = Math.max(-30, Math.min(30, indonesianMarkers - malayMarkers));
        double odds = PRIOR_ODDS_INDONESIAN * Math.pow(MARKER_LIKELIHOOD_RATIO, lead);
        return odds / (1 + odds);
    }
}
