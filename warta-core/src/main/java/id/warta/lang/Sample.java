package id.warta.lang;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the identifier reads of a text, gathered in one pass over its first {@value #SCAN_LIMIT} characters, so the
 * cost is bounded whatever the input's size (a 500-word article, some 3,500 characters, is read whole).
 *
 * <p>Words are runs of letters and combining marks (Thai and Devanagari vowels are marks); everything else
 * separates them. A word in capitals ({@code PEMERINTAH}) is lower-cased: the model's profiles come from running
 * text, and shouted text otherwise reads as another language (measured: an all-caps Indonesian headline came out
 * Somali).
 *
 * @param modelText      the words joined by single spaces, for the n-gram model: the whole of them when they fit
 *                       in {@value #WINDOWS} × {@value #WINDOW_CHARS} characters, else that many windows spread
 *                       evenly over them (the model's cost grows with its input, and one window at the start would
 *                       see only a title or dateline)
 * @param letters        letters read, a Han, kana or Hangul character counting as {@value #SYLLABIC_LETTERS}: each
 *                       stands for a syllable or a word, where an alphabet needs two to five letters
 * @param script         the script of most letters in {@code modelText}, {@code UNKNOWN} when it has none
 * @param indonesian     Indonesian marker words read (see {@link IndonesianOrMalay})
 * @param malay          Malay marker words read
 * @param englishBlocks  blocks of {@value #BLOCK_WORDS} words that read as English by their function words
 * @param malayanBlocks  blocks that read as Indonesian or Malay
 */
record Sample(String modelText, int letters, UnicodeScript script, int indonesian, int malay, int englishBlocks,
              int malayanBlocks) {

    static final int SCAN_LIMIT = 16_384;
    static final int WINDOWS = 4;
    static final int WINDOW_CHARS = 256;
    static final int SYLLABIC_LETTERS = 3;
    static final int BLOCK_WORDS = 30;
    /** Function words a block needs, and twice as many as of the other language's, to count for one language. */
    static final int BLOCK_MIN_HITS = 4;

    private static final int INDONESIAN = 1;
    private static final int MALAY = 2;
    private static final int ENGLISH_FUNCTION = 4;
    private static final int MALAYAN_FUNCTION = 8;
    private static final int PAIR_END = 16;
    /** What each listed word is, so that a word costs one look-up. */
    private static final Map<String, Integer> FLAGS = flags();
    /** Longer words are not looked up. */
    private static final int LONGEST_LISTED = FLAGS.keySet().stream().mapToInt(String::length).max().orElseThrow();

    /** Reads {@code text}. */
    static Sample of(String text) {
        Scanner scanner = new Scanner();
        scanner.scan(text);
        return scanner.sample();
    }

    /** The script of most letters in {@code s}; {@code UNKNOWN} when it has no letter. */
    private static UnicodeScript script(CharSequence s) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        int latin = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            if (cp < 0x250) { // Basic Latin to Latin Extended-B: most letters, without the script table's search
                latin++;
            } else {
                counts.merge(UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        counts.merge(UnicodeScript.LATIN, latin, Integer::sum);
        UnicodeScript best = UnicodeScript.UNKNOWN;
        int most = 0;
        for (Map.Entry<UnicodeScript, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static Map<String, Integer> flags() {
        Map<String, Integer> flags = new HashMap<>();
        IndonesianOrMalay.INDONESIAN.forEach(w -> flags.merge(w, INDONESIAN, (a, b) -> a | b));
        IndonesianOrMalay.MALAY.forEach(w -> flags.merge(w, MALAY, (a, b) -> a | b));
        IndonesianOrMalay.PAIR_ENDS.forEach(w -> flags.merge(w, PAIR_END, (a, b) -> a | b));
        FunctionWords.ENGLISH.forEach(w -> flags.merge(w, ENGLISH_FUNCTION, (a, b) -> a | b));
        FunctionWords.MALAY_GROUP.forEach(w -> flags.merge(w, MALAYAN_FUNCTION, (a, b) -> a | b));
        return Map.copyOf(flags);
    }

    /** The mutable state of one pass; confined to the calling thread. */
    private static final class Scanner {
        private final StringBuilder words = new StringBuilder();
        private final char[] folded = new char[LONGEST_LISTED];
        private int letters;
        private int indonesian;
        private int malay;
        private String previous;
        private int blockWords;
        private int blockEnglish;
        private int blockMalayan;
        private int englishBlocks;
        private int malayanBlocks;

        void scan(String text) {
            int end = Math.min(text.length(), SCAN_LIMIT);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            int i = 0;
            while (i < end) {
                char first = text.charAt(i);
                if (first < 128 ? !isAsciiLetter(first) : !isWordChar(text.codePointAt(i))) {
                    i += first < 128 ? 1 : Character.charCount(text.codePointAt(i));
                    continue;
                }
                int start = i;
                int upper = 0;
                boolean lower = false;
                boolean ascii = true;
                while (i < end) {
                    char c = text.charAt(i);
                    if (c < 128) { // ASCII without the Unicode tables: most of the text
                        if (c >= 'a' && c <= 'z') {
                            lower = true;
                        } else if (c >= 'A' && c <= 'Z') {
                            upper++;
                        } else {
                            break;
                        }
                        letters++;
                        i++;
                        continue;
                    }
                    int cp = text.codePointAt(i);
                    if (!isWordChar(cp)) {
                        break;
                    }
                    ascii = false;
                    if (Character.isLetter(cp)) {
                        letters += isSyllabic(cp) ? SYLLABIC_LETTERS : 1;
                        upper += Character.isUpperCase(cp) ? 1 : 0;
                        lower |= Character.isLowerCase(cp);
                    }
                    i += Character.charCount(cp);
                }
                word(text, start, i, upper >= 2 && !lower, ascii);
            }
            if (blockWords >= BLOCK_WORDS / 2) {
                closeBlock();
            }
        }

        private void word(String text, int start, int end, boolean capitals, boolean ascii) {
            if (!words.isEmpty()) {
                words.append(' ');
            }
            if (capitals && !ascii) {
                words.append(text.substring(start, end).toLowerCase(Locale.ROOT));
            } else if (capitals) {
                for (int i = start; i < end; i++) {
                    words.append(lower(text.charAt(i)));
                }
            } else {
                words.append(text, start, end);
            }
            String current = null;
            if (ascii && end - start <= LONGEST_LISTED) {
                for (int i = start; i < end; i++) {
                    folded[i - start] = lower(text.charAt(i));
                }
                current = new String(folded, 0, end - start);
                listed(current);
            }
            previous = current;
            if (++blockWords == BLOCK_WORDS) {
                closeBlock();
            }
        }

        private void listed(String current) {
            Integer flags = FLAGS.get(current);
            if (flags == null) {
                return;
            }
            int side = (flags & INDONESIAN) != 0 ? 1 : (flags & MALAY) != 0 ? -1 : 0;
            if ((flags & PAIR_END) != 0) {
                side += IndonesianOrMalay.pairMarker(previous, current);
            }
            indonesian += Math.max(0, side);
            malay += Math.max(0, -side);
            blockEnglish += (flags & ENGLISH_FUNCTION) != 0 ? 1 : 0;
            blockMalayan += (flags & MALAYAN_FUNCTION) != 0 ? 1 : 0;
        }

        private static boolean isAsciiLetter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }

        private void closeBlock() {
            if (blockEnglish >= BLOCK_MIN_HITS && blockEnglish >= 2 * blockMalayan) {
                englishBlocks++;
            } else if (blockMalayan >= BLOCK_MIN_HITS && blockMalayan >= 2 * blockEnglish) {
                malayanBlocks++;
            }
            blockWords = 0;
            blockEnglish = 0;
            blockMalayan = 0;
        }
        Sample sample() {
            String modelText = windows(words);
            return new Sample(modelText, letters, script(modelText), indonesian, malay, englishBlocks,
                    malayanBlocks);
        }

        private static String windows(StringBuilder words) {
            int n = words.length();
            if (n <= WINDOWS * WINDOW_CHARS) {
                return words.toString();
            }
            StringBuilder out = new StringBuilder(WINDOWS * (WINDOW_CHARS + 1));
            for (int k = 0; k < WINDOWS; k++) {
                int start = (int) ((long) n * k / WINDOWS);
                if (k > 0) { // start on a word
                    int space = words.indexOf(" ", start);
                    start = space < 0 ? n : space + 1;
                }
                int end = Math.min(n, start + WINDOW_CHARS);
                if (end < n && Character.isHighSurrogate(words.charAt(end - 1))) {
                    end--;
                }
                if (start < end) {
                    out.append(words, start, end).append(' ');
                }
            }
            return out.toString();
        }

        private static boolean isWordChar(int cp) {
            if (Character.isLetter(cp)) {
                return true;
            }
            int type = Character.getType(cp);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
        }

        private static boolean isSyllabic(int cp) {
            return cp >= 0x3040 && (Character.isIdeographic(cp) || cp <= 0x30FF // hiragana, katakana
                    || (cp >= 0xAC00 && cp <= 0xD7AF)); // Hangul syllables
        }
    }
}
