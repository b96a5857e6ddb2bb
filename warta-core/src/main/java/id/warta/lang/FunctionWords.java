package id.warta.lang;

import java.util.Set;

/**
 * The commonest function words of English and of Indonesian/Malay, to tell which of the two a stretch of some
 * thirty words is written in. The n-gram model sees a text as one bag and settles on one language even when half
 * of it is the other (measured: a text of Indonesian then English paragraphs often comes out at 0.9999 for one of
 * them), so the identifier counts these words block by block to see a mixed text. Words shared by the two
 * languages' news or ambiguous in either are left out: {@code a}, {@code an} (Indonesian {@code 90-an}),
 * {@code as} ({@code AS}, the United States in Indonesian).
 */
final class FunctionWords {

    static final Set<String> ENGLISH = Set.of(
            "the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "by", "at", "from", "it",
            "be", "are", "were", "has", "have", "had", "this", "which", "not", "but", "or", "will", "would",
            "said", "he", "she", "they", "their", "his", "her", "its", "been", "who");

    static final Set<String> MALAY_GROUP = Set.of(
            "yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "dalam", "pada", "tidak", "akan",
            "oleh", "juga", "telah", "sudah", "ada", "adalah", "atau", "tersebut", "kata", "katanya", "mereka", "kami",
            "kita", "saya", "ia", "serta", "antara", "lebih", "masih", "hingga", "setelah", "selepas", "sebagai",
            "bagi", "tetapi", "namun", "karena", "kerana", "bahwa", "bahawa");

    private FunctionWords() {
    }
}
