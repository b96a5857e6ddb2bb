package id.warta.events;

import id.warta.internal.Fold;
import id.warta.internal.FoldedTokens;
import id.warta.internal.NameTokens;
import id.warta.internal.TokenTrie;
import id.warta.text.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The words and phrases that report events, per language, with their PLOVER category, mode and CAMEO code: the
 * English table derived from the PETRARCH2 CAMEO verb dictionary ({@code triggers-en.tsv}, rebuilt by
 * {@code warta build lexicon}) and Warta's own Indonesian table ({@code triggers-id.tsv}). Loaded once from the
 * jar; immutable and thread-safe.
 *
 * <p>A table groups trigger words into blocks sharing patterns. Each word form ({@code sent}, {@code dikirimkan})
 * has a lemma, a {@link TriggerMatch.Voice voice} and a meaning of its own, and each pattern of its block adds
 * words that must stand near it: after it ({@code * ... troops}: {@code sent 3,000 troops}) or before it
 * ({@code &PASUKAN ... *}: {@code pasukan Rusia mendarat}), at most {@link #GAP} words apart. For a passive or
 * past form the words after may also stand before ({@code troops were sent}, {@code pasukan dikirim}). The
 * pattern covering the most tokens wins; a pattern without event (CAMEO statements, {@code serangan jantung})
 * blocks the word's other readings.
 *
 * <p>File format, tab-separated, {@code #} comments:
 * <ul>
 *   <li>{@code S &NAME alternatives}: a set of phrases, {@code |}-separated;</li>
 *   <li>{@code L block lemma cameo event mode target count}: a lemma of a block, with the meaning of its bare
 *       forms and the kind of number it reports;</li>
 *   <li>{@code F lemma form voice}: one form ({@code active}, {@code passive}, {@code noun} or {@code past});</li>
 *   <li>{@code P block before after cameo event mode target count}: a pattern. {@code before} and {@code after}
 *       are pieces separated by {@code " ... "}, each a set name or {@code |}-separated phrases, which may name
 *       sets inline ({@code spy &AIRCRAFT}); a leading {@code =} makes a piece touch the trigger word or the
 *       piece before it.</li>
 * </ul>
 * {@code -} stands for an empty side, no code, no event (a blocker), no mode or no kind of number;
 * {@code target} is 1 when the event needs a target; {@code count} is {@code killed}, {@code injured},
 * {@code arrested}, {@code size} or {@code -}, and for a pattern {@code *} keeps the lemma's.
 */
public final class TriggerLexicon {

    /** At most this many words between the parts of a pattern: {@code sent about 3,000 troops}. */
    public static final int GAP = 4;

    /** PLOVER's 16 event categories and the modes of each (the PLOVER manual, CC BY-SA 4.0). */
    static final Map<String, Set<String>> MODES = Map.ofEntries(
            Map.entry("AGREE", Set.of()),
            Map.entry("CONSULT", Set.of("visit", "third-party", "multilateral", "phone")),
            Map.entry("SUPPORT", Set.of()),
            Map.entry("CONCEDE", Set.of()),
            Map.entry("COOPERATE", Set.of()),
            Map.entry("AID", Set.of()),
            Map.entry("RETREAT", Set.of("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
            Map.entry("REQUEST", Set.of("assist", "change", "yield", "meet")),
            Map.entry("ACCUSE", Set.of("disapprove", "investigate", "allege")),
            Map.entry("REJECT", Set.of("assist", "change", "yield", "meet")),
            Map.entry("THREATEN", Set.of("restrict", "arrest", "relations", "expel", "territory", "violence")),
            Map.entry("PROTEST", Set.of("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize")),
            Map.entry("SANCTION", Set.of("convict", "expel", "withdraw", "discontinue")),
            Map.entry("MOBILIZE", Set.of("troops", "weapons", "police", "militia")),
            Map.entry("COERCE", Set.of("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
                    "withhold", "misinformation", "cyber")),
            Map.entry("ASSAULT", Set.of("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                    "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                    "unconventional")));

    static final String ENGLISH = "triggers-en.tsv";
    static final String ENGLISH_CURATED = "triggers-en-curated.tsv";
    static final String INDONESIAN = "triggers-id.tsv";
    /** The Indonesian possessive clitic: {@code pasukannya} is {@code pasukan} with {@code -nya}. */
    static final String NYA = "nya";

    private static final TriggerLexicon EMPTY = new TriggerLexicon(TokenTrie.<Form>builder().build(), 0, 0);

    private final TokenTrie<Form> anchors;
    private final int forms;
    private final int patterns;

    private TriggerLexicon(TokenTrie<Form> anchors, int forms, int patterns) {
        this.anchors = anchors;
        this.forms = forms;
        this.patterns = patterns;
    }

    /** The English table, loaded on first use. */
    public static TriggerLexicon english() {
        return English.LEXICON;
    }

    /** The Indonesian table, loaded on first use. */
    public static TriggerLexicon indonesian() {
        return Indonesian.LEXICON;
    }

    /**
     * The table for a BCP 47 language tag: Indonesian for {@code id} (and Malay, which news writes alike),
     * English for {@code en}; for any other language an empty table, which finds nothing.
     */
    public static TriggerLexicon of(String language) {
        return switch (table(language)) {
            case INDONESIAN -> indonesian();
            case ENGLISH -> english();
            case NONE -> EMPTY;
        };
    }

    /** Which language's tables the events lexicons use. */
    enum Table { INDONESIAN, ENGLISH, NONE }

    /**
     * The tables for a BCP 47 language tag, one choice for every events lexicon: Indonesian for {@code id} (and
     * Malay, which news writes alike), English for {@code en}, none for any other language.
     */
    static Table table(String language) {
        return switch (primary(language)) {
            case "id", "in", "ind", "ms", "msa", "zsm" -> Table.INDONESIAN;
            case "en", "eng" -> Table.ENGLISH;
            default -> Table.NONE;
        };
    }

    static String primary(String language) {
        if (language == null) {
            return "";
        }
        String l = language.toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        return dash >= 0 ? l.substring(0, dash) : l;
    }

    /** Number of word forms. */
    public int forms() {
        return forms;
    }

    /** Number of patterns. */
    public int patterns() {
        return patterns;
    }

    /**
     * The triggers of one sentence, in text order: at each token the form and pattern covering the most tokens,
     * then, where matches share tokens, the one covering more (the earlier on a tie).
     *
     * @param tokens the tokens of one sentence (patterns never reach past them)
     */
    public List<TriggerMatch> matches(FoldedTokens tokens) {
        Objects.requireNonNull(tokens, "tokens");
        Scratch scratch = new Scratch(titleCase(tokens));
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Candidate c = best(tokens, i, scratch);
            if (c != null) {
                candidates.add(c);
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.score).thenComparingInt(c -> c.anchorStart));
        boolean[] taken = new boolean[tokens.size()];
        List<TriggerMatch> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.overlaps(taken)) {
                continue;
            }
            c.take(taken);
            if (c.trigger != null) {
                out.add(c.match());
            }
        }
        out.sort(Comparator.comparingInt(TriggerMatch::anchorStart));
        return out;
    }

    /**
     * The trigger whose word starts at token {@code from}, with the pattern covering the most tokens; empty when
     * no trigger word starts there or its best reading is no event.
     */
    public Optional<TriggerMatch> match(FoldedTokens tokens, int from) {
        Objects.requireNonNull(tokens, "tokens");
        if (from < 0 || from >= tokens.size()) {
            throw new IndexOutOfBoundsException("token " + from + " of " + tokens.size());
        }
        Candidate c = best(tokens, from, new Scratch(titleCase(tokens)));
        return c == null || c.trigger == null ? Optional.empty() : Optional.of(c.match());
    }

    private Candidate best(FoldedTokens tokens, int i, Scratch s) {
        if (!s.titleCase && i > 0 && isCapitalised(tokens, i) && tokens.token(i - 1).kind() != Token.Kind.PUNCT) {
            return null; // a capitalised word inside a sentence is part of a name: United States, Storm Ciara
        }
        int end = anchors.longest(tokens, i, false, s.forms);
        if (end < 0) {
            return null;
        }
        Candidate best = null;
        for (Form f : s.forms) {
            if (best == null || end - i > best.score) {
                best = new Candidate(f, f.bare, f.count, i, end, new int[0], end - i);
            }
            for (Rule r : f.rules) {
                Candidate c = apply(r, f, tokens, i, end, s);
                if (c != null && c.score > best.score) {
                    best = c;
                }
            }
        }
        return best;
    }

    private Candidate apply(Rule r, Form f, FoldedTokens tokens, int start, int end, Scratch s) {
        int[] after = forward(r.after, tokens, end, s);
        if (after != null && after.length > 0 && f.voice == TriggerMatch.Voice.PAST && afterBe(tokens, start)) {
            // a passive's object stands before it: after by comes its agent (attacked by the government)
            for (int k = end; k < after[0]; k++) {
                if (tokens.folded(k).equals("by")) {
                    after = null;
                    break;
                }
            }
        }
        int[] afterBefore = null;
        if (after == null) {
            if (f.voice != TriggerMatch.Voice.PASSIVE && f.voice != TriggerMatch.Voice.PAST) {
                return null;
            }
            // Passive: the object stands before the word (troops were sent, pasukan dikirim), or its first
            // pieces do and the rest follows (police were rushed to the border). An English past form is
            // passive only after be or get, or right after its object (troops sent to the border):
            // in Government forces attacked, government is no object.
            boolean passive = f.voice == TriggerMatch.Voice.PASSIVE || afterBe(tokens, start);
            for (int split = r.after.length; split >= 1 && after == null; split--) {
                int[] pre = backward(Arrays.copyOfRange(r.after, 0, split), tokens, start, s);
                if (pre != null && !passive && pre[pre.length - 1] != start) {
                    continue;
                }
                int[] post = pre == null ? null
                        : forward(Arrays.copyOfRange(r.after, split, r.after.length), tokens, end, s);
                if (post != null) {
                    afterBefore = pre;
                    after = post;
                }
            }
            if (after == null) {
                return null;
            }
        }
        int limit = afterBefore != null && afterBefore.length > 0 ? afterBefore[0] : start;
        int[] before = backward(r.before, tokens, limit, s);
        if (before == null) {
            return null;
        }
        int[] spans = new int[before.length + (afterBefore == null ? 0 : afterBefore.length) + after.length];
        int k = 0;
        for (int[] part : new int[][] {before, afterBefore == null ? new int[0] : afterBefore, after}) {
            System.arraycopy(part, 0, spans, k, part.length);
            k += part.length;
        }
        int score = end - start;
        for (int j = 0; j < spans.length; j += 2) {
            score += spans[j + 1] - spans[j];
        }
        return new Candidate(f, r.trigger, r.ownCount ? r.count : f.count, start, end, spans, score);
    }

    /**
     * Spans of {@code pieces} in order from token {@code from}, each at most {@link #GAP} words after the last (an
     * adjacent piece right after it). A last piece that starts a longer trigger phrase takes the whole phrase
     * ({@code mendesak Presiden mundur dari jabatannya}: the demand covers the resignation), and none starts a
     * phrase that codes nothing ({@code menggelar demo masak}).
     */
    private int[] forward(Piece[] pieces, FoldedTokens tokens, int from, Scratch s) {
        int[] spans = new int[pieces.length * 2];
        int cur = from;
        for (int k = 0; k < pieces.length; k++) {
            int found = -1;
            int last = pieces[k].adjacent ? cur : cur + GAP;
            for (int p = cur; p <= last && p < tokens.size(); p++) {
                if (p > cur && !isGap(tokens, p - 1, false)) {
                    break;
                }
                int e = pieces[k].phrases.longest(tokens, p, false, s.flags);
                if (e > 0) {
                    int phrase = anchors.longest(tokens, p, false, s.inner);
                    if (phrase > e && isBlocker(s.inner)) {
                        continue;
                    }
                    spans[2 * k] = p;
                    // only the last piece takes a longer phrase: pieces after it are looked for inside it
                    // (lifted a state of emergency: state, then of, then emergency)
                    spans[2 * k + 1] = k == pieces.length - 1 ? Math.max(e, phrase) : e;
                    found = spans[2 * k + 1];
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            cur = found;
        }
        return spans;
    }

    /**
     * Spans of {@code pieces} in order before token {@code limit}, the last at most {@link #GAP} words before it
     * (an adjacent piece right before it); a relative clause may stand between ({@code mobil yang mereka tumpangi
     * mogok}).
     */
    private int[] backward(Piece[] pieces, FoldedTokens tokens, int limit, Scratch s) {
        int[] spans = new int[pieces.length * 2];
        int lim = limit;
        for (int k = pieces.length - 1; k >= 0; k--) {
            int found = -1;
            int first = pieces[k].adjacent ? lim : lim - GAP;
            search:
            for (int e = lim; e >= first && e > 0; e--) {
                if (e < lim && !isGap(tokens, e, true)) {
                    break;
                }
                // The longest phrase ending at e: pasukan penjaga perdamaian, not penjaga perdamaian.
                for (int p = Math.max(0, e - pieces[k].longest); p < e; p++) {
                    if (pieces[k].phrases.longest(tokens, p, false, s.flags) == e) {
                        spans[2 * k] = phraseStart(tokens, p, e, s);
                        spans[2 * k + 1] = e;
                        found = spans[2 * k];
                        break search;
                    }
                }
            }
            if (found < 0) {
                return null;
            }
            lim = found;
        }
        return spans;
    }

    /**
     * Where the trigger phrase ending at {@code end} that holds a piece found at {@code start} begins, so that the
     * piece takes the whole phrase ({@code car bomb exploded}: the explosion covers the car bomb); {@code start}
     * when no longer phrase ends there.
     */
    private int phraseStart(FoldedTokens tokens, int start, int end, Scratch s) {
        for (int q = Math.max(0, start - 3); q < start; q++) {
            if (anchors.longest(tokens, q, false, s.inner) == end && !isBlocker(s.inner)) {
                return q;
            }
        }
        return start;
    }

    /**
     * Words, numbers and quotation marks may stand between the parts of a pattern; other punctuation, symbols
     * and the words that join clauses end it, so that a complement belongs to its own verb ({@code arrested 12
     * protesters and fired tear gas} is no seizure of weapons).
     */
    private static boolean isGap(FoldedTokens tokens, int i, boolean relative) {
        Token.Kind kind = tokens.token(i).kind();
        if (kind == Token.Kind.PUNCT) {
            return QUOTES.indexOf(tokens.folded(i).charAt(0)) >= 0 && tokens.folded(i).length() == 1;
        }
        return kind == Token.Kind.NUMBER || kind == Token.Kind.WORD && (!CLAUSE_WORDS.contains(tokens.folded(i))
                || relative && RELATIVE_WORDS.contains(tokens.folded(i)));
    }

    /** Forms of be and get that make an English past participle passive ({@code were sent}, {@code got hit}). */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "got", "gets",
            "get", "'s", "'re");

    /** Whether a form of be or get stands at most three words before token {@code at}. */
    private static boolean afterBe(FoldedTokens tokens, int at) {
        for (int k = at - 1; k >= 0 && at - k <= 3; k--) {
            if (BE.contains(tokens.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /** Quotation marks, which news puts around a quoted phrase without ending the clause. */
    private static final String QUOTES = "\"'\u201C\u201D\u00AB\u00BB";

    /** Words opening a relative clause, which may stand between a subject and its verb. */
    private static final Set<String> RELATIVE_WORDS = Set.of("yang", "which", "who", "that");

    /** Whether all the forms found are phrases that code nothing in any context ({@code demo masak}). */
    private static boolean isBlocker(List<Form> forms) {
        for (Form f : forms) {
            if (f.bare != null || f.rules.length > 0) {
                return false;
            }
        }
        return !forms.isEmpty();
    }

    /** English and Indonesian words that join clauses: a pattern does not reach across them. */
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "and", "or", "but", "while", "whereas", "which", "who", "whom", "that", "because", "although",
            "though", "after", "before", "when", "where", "as", "if", "unless", "until", "since",
            "dan", "atau", "tetapi", "tapi", "namun", "serta", "lalu", "kemudian", "sementara", "sedangkan",
            "yang", "karena", "sebab", "setelah", "sebelum", "ketika", "saat", "sejak", "hingga", "sehingga",
            "jika", "bila", "apabila", "meski", "meskipun", "walaupun", "agar", "supaya", "bahwa");

    /** Whether the token starts with a capital and is not all capitals (which headlines and shouting use). */
    private static boolean isCapitalised(FoldedTokens tokens, int i) {
        Token t = tokens.token(i);
        String text = tokens.text();
        if (!Character.isUpperCase(text.codePointAt(t.start()))) {
            return false;
        }
        for (int k = t.start(); k < t.end(); k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence is written in title case, as headlines are ({@code Russia Sends Troops to
     * Kazakhstan}): after its first word, at least 70% of its words of four letters or more capitalised. There
     * capitals say nothing about names.
     */
    private static boolean titleCase(FoldedTokens tokens) {
        int words = 0;
        int capitalised = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.token(i);
            if (t.kind() == Token.Kind.WORD && t.length() > 3) {
                words++;
                if (Character.isUpperCase(tokens.text().codePointAt(t.start()))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    /**
     * One form of a lemma, with the meaning of the bare form, the kind of number the lemma reports and the
     * patterns of the lemma's blocks.
     */
    private record Form(String lemma, TriggerMatch.Voice voice, Trigger bare, Count.Kind count, Rule[] rules) {
    }

    /**
     * A pattern: pieces before and after the trigger word; a null trigger is a blocker. {@code ownCount} tells
     * whether {@code count} replaces the lemma's kind of number.
     */
    private record Rule(Piece[] before, Piece[] after, Trigger trigger, boolean ownCount, Count.Kind count) {
    }

    /**
     * A set of phrases one of which must stand in the pattern's place; {@code longest} is its longest phrase,
     * {@code adjacent} whether it must touch the word before it.
     */
    private record Piece(TokenTrie<Boolean> phrases, int longest, boolean adjacent) {
    }

    /** Per-call working lists, so that the lexicon itself stays immutable. */
    private static final class Scratch {
        final List<Form> forms = new ArrayList<>(2);
        final List<Form> inner = new ArrayList<>(2);
        final List<Boolean> flags = new ArrayList<>(2);
        final boolean titleCase;

        Scratch(boolean titleCase) {
            this.titleCase = titleCase;
        }
    }

    private static final class Candidate {
        final Form form;
        final Trigger trigger;
        final Count.Kind count;
        final int anchorStart;
        final int anchorEnd;
        final int[] spans;
        final int score;

        Candidate(Form form, Trigger trigger, Count.Kind count, int anchorStart, int anchorEnd, int[] spans,
                  int score) {
            this.form = form;
            this.trigger = trigger;
            this.count = count;
            this.anchorStart = anchorStart;
            this.anchorEnd = anchorEnd;
            this.spans = spans;
            this.score = score;
        }

        boolean overlaps(boolean[] taken) {
            for (int i = anchorStart; i < anchorEnd; i++) {
                if (taken[i]) {
                    return true;
                }
            }
            for (int j = 0; j < spans.length; j += 2) {
                for (int i = spans[j]; i < spans[j + 1]; i++) {
                    if (taken[i]) {
                        return true;
                    }
                }
            }
            return false;
        }

        void take(boolean[] taken) {
            Arrays.fill(taken, anchorStart, anchorEnd, true);
            for (int j = 0; j < spans.length; j += 2) {
                Arrays.fill(taken, spans[j], spans[j + 1], true);
            }
        }

        TriggerMatch match() {
            int start = anchorStart;
            int end = anchorEnd;
            for (int j = 0; j < spans.length; j += 2) {
                start = Math.min(start, spans[j]);
                end = Math.max(end, spans[j + 1]);
            }
            return new TriggerMatch(trigger, form.lemma, form.voice, count, start, end, anchorStart, anchorEnd);
        }
    }

    private static final class English {
        static final TriggerLexicon LEXICON = load(false, ENGLISH_CURATED, ENGLISH);
    }

    private static final class Indonesian {
        static final TriggerLexicon LEXICON = load(true, INDONESIAN);
    }

    private static TriggerLexicon load(boolean clitic, String... resources) {
        Reader reader = new Reader(clitic);
        for (String resource : resources) {
            try (InputStream in = TriggerLexicon.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the trigger table is missing from the jar: " + resource);
                }
                reader.read(resource, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the trigger table " + resource, e);
            }
        }
        return reader.build();
    }

    /**
     * A lexicon from tables in the format above, in order: a form given by an earlier table replaces the forms
     * spelled alike in later ones, and the first L row of a lemma gives the meaning of its bare forms (later ones
     * add their blocks). With {@code clitic}, the phrases of patterns also match with {@code -nya} on
     * their last word ({@code menarik pasukannya}), as Indonesian writes a possessor.
     */
    static TriggerLexicon read(boolean clitic, Map<String, InputStream> tables) throws IOException {
        Reader reader = new Reader(clitic);
        for (Map.Entry<String, InputStream> t : tables.entrySet()) {
            reader.read(t.getKey(), t.getValue());
        }
        return reader.build();
    }

    /** Reads a table; a malformed line is a defect of the shipped data, reported with its number. */
    private static final class Reader {

        private final boolean clitic;
        /** The forms of the tables read so far, folded, and those of the table being read. */
        private final Set<String> earlierForms = new HashSet<>();
        private final Set<String> tableForms = new HashSet<>();
        private String name;
        private final Map<String, Piece> sets = new HashMap<>();
        private final Map<String, List<String>> setPhrases = new HashMap<>();
        private final Map<String, Piece> pieces = new HashMap<>();
        private final Map<String, List<Rule>> blocks = new HashMap<>();
        /** Per lemma, its blocks and the meaning of its bare forms (from its first block). */
        private final Map<String, List<String>> lemmaBlocks = new LinkedHashMap<>();
        /** Lemmas that some table gives forms for, even forms an earlier table replaced. */
        private final Set<String> formed = new HashSet<>();
        /** The meaning of each lemma's bare forms (null for none) and the kind of number it reports. */
        private final Map<String, Trigger> bare = new HashMap<>();
        private final Map<String, Count.Kind> counts = new HashMap<>();
        private final List<String[]> forms = new ArrayList<>();
        private final Map<String, Trigger> triggers = new HashMap<>();
        private int line;
        private int patterns;

        Reader(boolean clitic) {
            this.clitic = clitic;
        }

        void read(String table, InputStream in) throws IOException {
            name = table;
            line = 0;
            earlierForms.addAll(tableForms);
            tableForms.clear();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                line++;
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\t", -1);
                switch (f[0]) {
                    case "S" -> set(f);
                    case "L" -> lemma(f);
                    case "F" -> {
                        fields(f, 4);
                        formed.add(f[1]);
                        String folded = Fold.fold(f[2]);
                        if (!earlierForms.contains(folded)) {
                            tableForms.add(folded);
                            forms.add(f);
                        }
                    }
                    case "P" -> pattern(f);
                    default -> throw bad("unknown row type " + f[0]);
                }
            }
        }

        TriggerLexicon build() {
            for (String lemma : lemmaBlocks.keySet()) {
                if (!formed.contains(lemma)) {
                    throw new IllegalStateException("lemma " + lemma + " has no form in any table");
                }
            }
            TokenTrie.Builder<Form> trie = TokenTrie.builder();
            Map<String, Rule[]> rulesOf = new HashMap<>();
            for (String[] f : forms) {
                String lemma = f[1];
                List<String> of = lemmaBlocks.get(lemma);
                if (of == null) {
                    throw new IllegalStateException(name + ": form " + f[2] + " of lemma " + lemma
                            + " which no L row names");
                }
                Rule[] rules = rulesOf.computeIfAbsent(lemma, k -> {
                    List<Rule> all = new ArrayList<>();
                    for (String block : of) {
                        all.addAll(blocks.getOrDefault(block, List.of()));
                    }
                    return all.toArray(new Rule[0]);
                });
                Form form = new Form(lemma, voice(f[3]), bare.get(lemma), counts.get(lemma), rules);
                for (List<String> tokens : NameTokens.of(f[2])) {
                    trie.add(tokens, form, false);
                }
            }
            return new TriggerLexicon(trie.build(), forms.size(), patterns);
        }

        private void set(String[] f) {
            fields(f, 3);
            if (!f[1].startsWith("&") || sets.containsKey(f[1])) {
                throw bad("set name must start with & and be new: " + f[1]);
            }
            List<String> phrases = List.of(f[2].split("\\|"));
            if (phrases.stream().anyMatch(p -> p.contains("&"))) {
                throw bad("a set cannot name another set: " + f[1]);
            }
            setPhrases.put(f[1], phrases);
            sets.put(f[1], phrases(f[2]));
        }

        private void lemma(String[] f) {
            fields(f, 8);
            lemmaBlocks.computeIfAbsent(f[2], k -> new ArrayList<>()).add(f[1]);
            Trigger t = trigger(f[3], f[4], f[5], f[6], "*");
            if (!bare.containsKey(f[2])) {
                bare.put(f[2], t);
                counts.put(f[2], count(f[7]));
            }
        }

        private void pattern(String[] f) {
            fields(f, 9);
            Piece[] before = pieces(f[2]);
            Piece[] after = pieces(f[3]);
            if (before.length + after.length == 0) {
                throw bad("a pattern needs words before or after the trigger");
            }
            String text = (f[2].equals("-") ? "" : f[2] + " ... ") + "*" + (f[3].equals("-") ? "" : " ... " + f[3]);
            blocks.computeIfAbsent(f[1], k -> new ArrayList<>())
                    .add(new Rule(before, after, trigger(f[4], f[5], f[6], f[7], text), !f[8].equals("*"),
                            f[8].equals("*") ? null : count(f[8])));
            patterns++;
        }

        private Trigger trigger(String cameo, String event, String mode, String target, String pattern) {
            if (!target.equals("0") && !target.equals("1")) {
                throw bad("target must be 0 or 1: " + target);
            }
            if (event.equals("-")) {
                return null;
            }
            Set<String> modes = MODES.get(event);
            if (modes == null) {
                throw bad("not a PLOVER event category: " + event);
            }
            if (!mode.equals("-") && !modes.contains(mode)) {
                throw bad("not a PLOVER mode of " + event + ": " + mode);
            }
            Trigger t = new Trigger(event, mode.equals("-") ? null : mode, cameo.equals("-") ? null : cameo,
                    target.equals("1"), pattern);
            return triggers.computeIfAbsent(cameo + '\t' + event + '\t' + mode + '\t' + target + '\t' + pattern,
                    k -> t);
        }

        private Piece[] pieces(String field) {
            if (field.equals("-")) {
                return new Piece[0];
            }
            String[] parts = field.split(" \\.\\.\\. ", -1);
            Piece[] out = new Piece[parts.length];
            for (int k = 0; k < parts.length; k++) {
                String p = parts[k];
                if (p.startsWith("&") && p.indexOf(' ') < 0 && p.indexOf('|') < 0) {
                    out[k] = sets.get(p);
                    if (out[k] == null) {
                        throw bad("undefined set " + p);
                    }
                } else if (p.startsWith("=")) {
                    Piece loose = pieces.computeIfAbsent(p.substring(1), this::phrases);
                    out[k] = new Piece(loose.phrases, loose.longest, true);
                } else {
                    out[k] = pieces.computeIfAbsent(p, this::phrases);
                }
            }
            return out;
        }

        private Piece phrases(String alternatives) {
            TokenTrie.Builder<Boolean> trie = TokenTrie.builder();
            int longest = 0;
            for (String alternative : alternatives.split("\\|")) {
                if (alternative.isBlank()) {
                    throw bad("empty phrase in " + alternatives);
                }
                for (String phrase : expand(alternative)) {
                    for (List<String> tokens : NameTokens.of(phrase)) {
                        trie.add(tokens, Boolean.TRUE, false);
                        longest = Math.max(longest, tokens.size());
                        String last = tokens.get(tokens.size() - 1);
                        if (clitic && Character.isLowerCase(last.charAt(0)) && !last.endsWith(NYA)) {
                            List<String> possessed = new ArrayList<>(tokens);
                            possessed.set(possessed.size() - 1, last + NYA);
                            trie.add(possessed, Boolean.TRUE, false);
                        }
                    }
                }
            }
            return new Piece(trie.build(), longest, false);
        }

        /** The phrases a phrase naming sets inline stands for ({@code spy &AIRCRAFT}: spy plane, spy drone…). */
        private List<String> expand(String phrase) {
            if (phrase.indexOf('&') < 0) {
                return List.of(phrase);
            }
            List<String> out = new ArrayList<>(List.of(""));
            for (String word : phrase.split(" ")) {
                List<String> options = word.startsWith("&") ? setPhrases.get(word) : List.of(word);
                if (options == null) {
                    throw bad("undefined set " + word);
                }
                List<String> next = new ArrayList<>(out.size() * options.size());
                for (String o : out) {
                    for (String option : options) {
                        next.add(o.isEmpty() ? option : o + " " + option);
                    }
                }
                out = next;
            }
            return out;
        }

        private Count.Kind count(String c) {
            return switch (c) {
                case "-" -> null;
                case "killed" -> Count.Kind.KILLED;
                case "injured" -> Count.Kind.INJURED;
                case "arrested" -> Count.Kind.ARRESTED;
                case "size" -> Count.Kind.SIZE;
                default -> throw bad("unknown kind of number " + c);
            };
        }

        private TriggerMatch.Voice voice(String v) {
            return switch (v) {
                case "active" -> TriggerMatch.Voice.ACTIVE;
                case "passive" -> TriggerMatch.Voice.PASSIVE;
                case "noun" -> TriggerMatch.Voice.NOUN;
                case "past" -> TriggerMatch.Voice.PAST;
                default -> throw bad("unknown voice " + v);
            };
        }

        private void fields(String[] f, int n) {
            if (f.length != n) {
                throw bad("expected " + n + " fields, got " + f.length);
            }
            for (String s : f) {
                if (s.isEmpty()) {
                    throw bad("empty field");
                }
            }
        }

        private IllegalStateException bad(String message) {
            return new IllegalStateException(name + " line " + line + ": " + message);
        }
    }
}
