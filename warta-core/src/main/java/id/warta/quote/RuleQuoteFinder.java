package id.warta.quote;

import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.text.Sentence;
import id.warta.text.Text;
import id.warta.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Rule-based direct quotes of Indonesian and English news with their speakers, on the tokens of the {@code text}
 * stage. Stateless and thread-safe; linear in the text length (every look-around is bounded by a constant number
 * of tokens, and each sentence is searched for a speech verb at most once). The rules are described in the
 * package documentation.
 */
public final class RuleQuoteFinder implements QuoteFinder {

    /** Fewest words of a quotation that is neither shaped as speech nor attributed, and of a partial quote. */
    static final int MIN_WORDS = 3;
    /** Tokens searched back from an opening mark for the speech verb of its sentence. */
    private static final int BACK_WINDOW = 16;
    /**
     * Tokens searched forward from a closing mark for a speaker written before the verb, long enough for a name
     * with a role between commas ({@code "...," Kurinji Selvaraj, a research analyst at the Delhi-based Centre for
     * Science and Environment, told Vox}).
     */
    private static final int FORWARD_WINDOW = 28;
    /** Longest speaker phrase, in tokens. */
    private static final int MAX_PHRASE = 10;
    /** Longest role, in tokens. */
    private static final int MAX_ROLE = 16;
    /** Longest role between commas, in tokens, its own commas included ({@code , a fellow at X in Munich, Germany,}). */
    private static final int MAX_APPOSITIVE = 32;

    @Override
    public List<Quote> find(Text text, List<Entity> entities) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entities, "entities");
        return new Run(text, entities).quotes();
    }

    /** How an attribution names its speaker. */
    private enum Kind {
        /** By a phrase: a name, a role and name, or a description ({@code seorang saksi}). */
        NAMED,
        /** By a singular pronoun or {@code -nya}: the one last named. */
        PRONOUN,
        /** By a plural or first-person pronoun: attributed, speaker unknown. */
        PLURAL,
        /** By a passive without agent or {@code seperti dikutip}: the one last named. */
        AGENTLESS
    }

    /**
     * An attribution found in the text.
     *
     * @param from      first token of the speaker's phrase (NAMED only)
     * @param to        token after the phrase
     * @param roleStart offset of a role written beside the phrase ({@code , kepala RIAC}), else -1
     * @param roleEnd   offset after it
     * @param last      index of the attribution's last token
     * @param at        offset of the attribution's first character
     */
    private record Attr(Kind kind, int from, int to, int roleStart, int roleEnd, int last, int at) {

        Attr withRole(int start, int end, int lastToken) {
            return new Attr(kind, from, to, start, end, lastToken, at);
        }
    }

    /** A resolved speaker: name (null when unknown), role, and the name's offsets in the attribution or -1. */
    private record Speaker(String name, String role, int start, int end) {
        static final Speaker UNKNOWN = new Speaker(null, null, -1, -1);

        Speaker elsewhere() {
            return new Speaker(name, role, -1, -1);
        }
    }

    /** The state of one call. */
    private static final class Run {

        private final String s;
        private final Token[] t;
        private final int n;
        private final int[] sentence;
        private final int[] sentenceFirst;
        private final boolean[] paragraph;
        private final String[] lower;
        /** PERSON mentions in text order with their entities. */
        private final int[] personStart;
        private final int[] personEnd;
        private final Entity[] person;
        /** The PERSON mentions outside quotations, for "the one last named". */
        private int[] outsideEnd;
        private int[] outsideIndex;
        /** Per sentence: its subject-verb attribution, once looked for ({@code null} until then). */
        private final Attr[] sentenceAttr;
        private final boolean[] sentenceSearched;
        private final boolean[] sentenceOpens;
        /** Full names of the speakers met so far by their first and last words, for a surname alone. */
        private final Map<String, String> nameByWord = new HashMap<>();
        private final Map<String, String> roleByName = new HashMap<>();
        private Speaker lastSpeaker;
        private int lastSpeakerAt = -1;

        Run(Text text, List<Entity> entities) {
            this.s = text.text();
            List<Sentence> sentences = text.sentences();
            int count = 0;
            for (Sentence sn : sentences) {
                count += sn.tokens().size();
            }
            this.n = count;
            this.t = new Token[n];
            this.sentence = new int[n];
            this.sentenceFirst = new int[sentences.size()];
            int k = 0;
            for (int si = 0; si < sentences.size(); si++) {
                sentenceFirst[si] = k;
                for (Token token : sentences.get(si).tokens()) {
                    t[k] = token;
                    sentence[k++] = si;
                }
            }
            this.paragraph = new boolean[n];
            for (k = 1; k < n; k++) {
                paragraph[k] = lineBreak(t[k - 1].end(), t[k].start());
            }
            this.lower = new String[n];
            this.sentenceAttr = new Attr[sentences.size()];
            this.sentenceSearched = new boolean[sentences.size()];
            this.sentenceOpens = new boolean[sentences.size()];
            List<int[]> persons = new ArrayList<>();
            List<Entity> owners = new ArrayList<>();
            for (Entity e : entities) {
                if (e.type() != Entity.Type.PERSON) {
                    continue;
                }
                for (Mention m : e.mentions()) {
                    if (m.end() <= s.length()) {
                        persons.add(new int[] {m.start(), m.end(), owners.size()});
                        owners.add(e);
                    }
                }
            }
            persons.sort((a, b) -> Integer.compare(a[0], b[0]));
            personStart = new int[persons.size()];
            personEnd = new int[persons.size()];
            person = new Entity[persons.size()];
            for (int i = 0; i < persons.size(); i++) {
                personStart[i] = persons.get(i)[0];
                personEnd[i] = persons.get(i)[1];
                person[i] = owners.get(persons.get(i)[2]);
            }
        }

        List<Quote> quotes() {
            List<QuoteMarks.Span> spans = QuoteMarks.find(s, Arrays.asList(t), paragraph);
            if (spans.isEmpty()) {
                return List.of();
            }
            for (QuoteMarks.Span span : spans) {
                sentenceOpens[sentence[span.open()]] = true;
            }
            outsideMentions(spans);
            int size = spans.size();
            Attr[] own = new Attr[size];
            Map<Integer, Integer> chainOwner = new HashMap<>();
            for (int i = 0; i < size; i++) {
                QuoteMarks.Span span = spans.get(i);
                if (naming(span)) {
                    continue;
                }
                own[i] = attribution(span, i > 0 ? spans.get(i - 1) : null);
                if (own[i] != null && span.chain() >= 0) {
                    chainOwner.putIfAbsent(span.chain(), i);
                }
            }
            Speaker[] resolved = new Speaker[size];
            List<Quote> out = new ArrayList<>();
            int previousKept = -1;
            for (int i = 0; i < size; i++) {
                QuoteMarks.Span span = spans.get(i);
                if (naming(span)) {
                    continue;
                }
                Speaker speaker = null;
                Integer owner = span.chain() >= 0 ? chainOwner.get(span.chain()) : null;
                if (own[i] != null) {
                    speaker = resolve(i, spans, own, resolved);
                } else if (owner != null) {
                    speaker = resolve(owner, spans, own, resolved);
                } else if (previousKept >= 0 && resolved[previousKept] != null
                        && resolved[previousKept].name() != null && adjacent(spans.get(previousKept), span)) {
                    speaker = resolved[previousKept].elsewhere();
                }
                resolved[i] = speaker;
                if (!keep(span, own[i] != null, speaker != null)) {
                    continue;
                }
                previousKept = i;
                Speaker sp = speaker == null ? Speaker.UNKNOWN : speaker;
                out.add(new Quote(sp.name(), sp.role(), s.substring(span.start(), span.end()), span.start(),
                        span.end(), sp.start(), sp.end()));
                if (sp.name() != null) {
                    lastSpeaker = sp;
                    lastSpeakerAt = sp.start() >= 0 ? sp.start() : span.start();
                }
            }
            return List.copyOf(out);
        }

        /** The speaker of span {@code i} by its own attribution, resolved once. */
        private Speaker resolve(int i, List<QuoteMarks.Span> spans, Attr[] own, Speaker[] resolved) {
            if (resolved[i] == null) {
                Attr a = own[i];
                int at = Math.min(t[spans.get(i).open()].start(), a.at());
                resolved[i] = switch (a.kind()) {
                    case NAMED -> named(a);
                    case PRONOUN, AGENTLESS -> recent(at);
                    case PLURAL -> Speaker.UNKNOWN;
                };
            }
            return resolved[i];
        }

        /**
         * Whether a quotation is kept: never a name or title; a quotation opening as speech does (see
         * {@link #opensAsSpeech}) when attributed or of {@link #MIN_WORDS} words; a quotation inside running text
         * (a partial quote) only when attributed by its own sentence and of {@link #MIN_WORDS} words, so scare
         * quotes ({@code disebut "teroris"}) and terms ({@code dalam rangka 'dialog strategis.'}) are not quotes.
         * A title-cased quotation without its own attribution is a title ({@code "Laskar Pelangi"}).
         */
        private boolean keep(QuoteMarks.Span span, boolean own, boolean attributed) {
            int words = 0;
            boolean title = true;
            boolean capital = false;
            for (int k = span.open() + 1; k <= span.last(); k++) {
                Token.Kind kind = t[k].kind();
                if (kind == Token.Kind.WORD || kind == Token.Kind.NUMBER) {
                    words++;
                    if (kind == Token.Kind.WORD) {
                        boolean upper = Character.isUpperCase(s.codePointAt(t[k].start()));
                        capital |= upper;
                        title &= upper || QuoteWords.FUNCTION.contains(word(k));
                    }
                } else if (kind == Token.Kind.PUNCT && ",.?!\u2026;".indexOf(s.charAt(t[k].start())) >= 0) {
                    title = false;
                }
            }
            if (words == 0 || title && capital && !own) {
                return false;
            }
            if (opensAsSpeech(span)) {
                return attributed || words >= MIN_WORDS;
            }
            return own && words >= MIN_WORDS;
        }

        /**
         * Speech rather than a phrase in running text: the quotation opens its sentence or paragraph, or follows
         * a colon, comma or dash ({@code X mengatakan, "..."}). Final punctuation inside the marks says nothing,
         * since English style puts it there after a mere term too.
         */
        private boolean opensAsSpeech(QuoteMarks.Span span) {
            int o = span.open();
            if (o == 0 || paragraph[o] || sentence[o] != sentence[o - 1]) {
                return true;
            }
            char before = s.charAt(t[o - 1].start());
            return t[o - 1].kind() == Token.Kind.PUNCT && (before == ':' || before == ',' || before == '\u2014');
        }

        /** A quotation right after a word that makes it a name or title: {@code berjudul}, {@code film}. */
        private boolean naming(QuoteMarks.Span span) {
            int o = span.open();
            return o > 0 && !paragraph[o] && t[o - 1].kind() == Token.Kind.WORD
                    && QuoteWords.NAMING.contains(word(o - 1));
        }

        /** A quotation in the sentence of the previous one's end or in the next, continuing its speech. */
        private boolean adjacent(QuoteMarks.Span previous, QuoteMarks.Span next) {
            int end = previous.close() >= 0 ? previous.close() : previous.last();
            return sentence[next.open()] - sentence[end] <= 1;
        }

        // ---------------------------------------------------------------------------------------------------
        // Attributions

        /**
         * The attribution of a quotation: after it in its sentence ({@code "...," kata X}), before it in its
         * sentence ({@code X mengatakan, "..."}), at the start of the sentence after it ({@code Hal itu dikatakan
         * X}), or in the sentence before it when the quotation opens its sentence.
         */
        private Attr attribution(QuoteMarks.Span span, QuoteMarks.Span previous) {
            Attr a = after(span, false);
            if (a == null) {
                a = before(span, previous);
            }
            if (a == null) {
                a = after(span, true);
            }
            int o = span.open();
            if (a == null && (o == 0 || sentence[o] != sentence[o - 1]) && sentence[o] > 0
                    && !sentenceOpens[sentence[o] - 1]) {
                a = sentenceAttribution(sentence[o] - 1);
            }
            return a;
        }

        /** An attribution starting right after the closing mark, in its sentence or else in the next one. */
        private Attr after(QuoteMarks.Span span, boolean nextSentenceOnly) {
            if (span.close() < 0) {
                return null;
            }
            int p = span.close() + 1;
            if (p < n && !paragraph[p] && isPunct(p, ",\u2014\u2013-")) {
                p++;
            }
            if (p >= n || paragraph[p] || t[p].kind() != Token.Kind.WORD) {
                return null;
            }
            boolean nextSentence = sentence[p] != sentence[span.close()];
            if (nextSentence != nextSentenceOnly) {
                return null;
            }
            String w = word(p);
            if (nextSentence && (sentenceOpens[sentence[p]] || w.equals("menurut") || w.equals("according"))) {
                return null; // the next sentence's words are its own: "Menurut X, ...", "X menjawab, "...""
            }
            if (w.equals("hal") && p + 2 < n && nextSentence) {
                String w1 = word(p + 1);
                if (w1.equals("itu") || w1.equals("tersebut") || w1.equals("ini")) {
                    return verbFirst(p + 2, p);
                }
                return null;
            }
            if (QuoteWords.LEAD.contains(w) && p + 1 < n) {
                Attr a = verbFirst(p + 1, p);
                if (a != null) {
                    return a;
                }
            }
            Attr a = verbFirst(p, p);
            if (a != null) {
                return a;
            }
            for (int v = p + 1; v < n && v - p <= FORWARD_WINDOW && !paragraph[v]; v++) {
                if (t[v].kind() != Token.Kind.WORD) {
                    if (!isPunct(v, ",'\u2019") && !glued(v)) {
                        return null;
                    }
                    continue;
                }
                if (QuoteWords.SUBJECT_VERB.contains(word(v))) {
                    Attr subject = subject(v, p);
                    return subject != null && describedFrom(p, subject.at()) ? subject : null;
                }
            }
            return null;
        }

        /**
         * Whether a subject found after a quotation starts right after it, or after words describing it
         * ({@code "...," chairman, CEO and president Craig Menear said}): only words and commas, one a role word.
         */
        private boolean describedFrom(int p, int at) {
            boolean role = false;
            int k = p;
            for (; k < n && t[k].start() < at; k++) {
                if (t[k].kind() == Token.Kind.WORD) {
                    role |= QuoteWords.role(word(k));
                } else if (!isPunct(k, ",")) {
                    return false;
                }
            }
            return k < n && t[k].start() == at && (k == p || role);
        }

        /** An attribution before the opening mark in the quotation's sentence. */
        private Attr before(QuoteMarks.Span span, QuoteMarks.Span previous) {
            int o = span.open();
            if (o == 0 || paragraph[o] || sentence[o] != sentence[o - 1]) {
                return null;
            }
            int floor = sentenceFirst[sentence[o]];
            if (previous != null && previous.close() >= floor) {
                floor = previous.close() + 1;
            }
            int gap = o - 1;
            while (gap >= floor && gap > o - 3 && (isPunct(gap, ",:\u2014\u2013-")
                    || t[gap].kind() == Token.Kind.WORD && (word(gap).equals("bahwa") || word(gap).equals("that")))) {
                gap--;
            }
            for (int k = o - 1; k >= floor && o - k <= BACK_WINDOW; k--) {
                if (paragraph[k + 1]) {
                    return null; // token k lies in an earlier paragraph
                }
                if (t[k].kind() != Token.Kind.WORD) {
                    continue;
                }
                String w = word(k);
                if (QuoteWords.SUBJECT_VERB.contains(w)) {
                    Attr a = subject(k, floor);
                    if (a != null) {
                        return a;
                    }
                }
                if (w.equals("menurut") || w.equals("according")) {
                    return verbFirst(k, k);
                }
                if (QuoteWords.VERB_FIRST.contains(w) || QuoteWords.VERB_NYA.contains(w)) {
                    Attr a = verbFirst(k, k);
                    // "Kata Budi, "..."" and the second half of "A," kata Budi, "B.": the attribution ends
                    // right before the mark.
                    return a != null && a.last() >= gap ? a : null;
                }
            }
            return null;
        }

        /**
         * The subject-verb attribution of a whole sentence, for the quotation opening the next one; searched
         * once per sentence, from its end.
         */
        private Attr sentenceAttribution(int si) {
            if (!sentenceSearched[si]) {
                sentenceSearched[si] = true;
                int first = sentenceFirst[si];
                int k = si + 1 < sentenceFirst.length ? sentenceFirst[si + 1] - 1 : n - 1;
                for (; k >= first; k--) {
                    if (t[k].kind() == Token.Kind.WORD && QuoteWords.SUBJECT_VERB.contains(word(k))) {
                        Attr a = subject(k, first);
                        if (a != null) {
                            sentenceAttr[si] = a;
                            break;
                        }
                    }
                }
            }
            return sentenceAttr[si];
        }

        /**
         * A verb written before its speaker at token {@code v}: {@code kata X}, {@code ujarnya}, {@code said
         * X}, {@code menurut X}, {@code according to X}, a passive ({@code dikatakan X}, {@code seperti
         * dikutip}). {@code at} is the attribution's first token.
         */
        private Attr verbFirst(int v, int at) {
            if (v >= n || t[v].kind() != Token.Kind.WORD) {
                return null;
            }
            String w = word(v);
            int start = t[at].start();
            if (QuoteWords.VERB_NYA.contains(w)) {
                return new Attr(Kind.PRONOUN, -1, -1, -1, -1, v, start);
            }
            if (w.equals("seperti") || w.equals("sebagaimana")) {
                return v + 1 < n && word(v + 1).equals("dikutip") ? new Attr(Kind.AGENTLESS, -1, -1, -1, -1, v + 1,
                        start) : null;
            }
            boolean passive = QuoteWords.PASSIVE.contains(w);
            int p = v + 1;
            if (w.equals("according")) {
                if (p >= n || !word(p).equals("to")) {
                    return null;
                }
                p++;
            } else if (!passive && !w.equals("menurut") && !QuoteWords.VERB_FIRST.contains(w)) {
                return null;
            }
            if (passive && p < n && (word(p).equals("oleh") || word(p).equals("by"))) {
                p++;
            }
            Attr agentless = passive ? new Attr(Kind.AGENTLESS, -1, -1, -1, -1, v, start) : null;
            if (p >= n || paragraph[p] || t[p].kind() != Token.Kind.WORD) {
                return agentless;
            }
            String first = word(p);
            if (QuoteWords.PRONOUN.contains(first)) {
                return new Attr(Kind.PRONOUN, -1, -1, -1, -1, p, start);
            }
            if (QuoteWords.PLURAL.contains(first)) {
                return new Attr(Kind.PLURAL, -1, -1, -1, -1, p, start);
            }
            if (!phraseStart(p)) {
                return agentless;
            }
            int end = forwardPhrase(p);
            if (end == p) {
                return agentless;
            }
            int name = nameAfterComma(end);
            if (name > 0 && roleStart(p) && personAt(t[p].start(), t[end - 1].end()) < 0) {
                // "kata salah satu warga, Sumiati (42)": a role or description, then the name
                return new Attr(Kind.NAMED, end + 1, name, t[p].start(), t[end - 1].end(), name - 1, start);
            }
            Attr a = new Attr(Kind.NAMED, p, end, -1, -1, end - 1, start);
            return roleAfter(a, end);
        }

        /**
         * After a comma at {@code comma}, a name standing alone: up to four capitalised words (a title first
         * allowed) that are no role, day or organisation, ending at punctuation, a line end or a stop word.
         * Returns the index after the name, or -1.
         */
        private int nameAfterComma(int comma) {
            int f = comma + 1;
            if (f >= n || !isPunct(comma, ",") || paragraph[f] || t[f].kind() != Token.Kind.WORD
                    || !Character.isUpperCase(s.codePointAt(t[f].start()))) {
                return -1;
            }
            String w = word(f);
            if (QuoteWords.role(w) && !QuoteWords.HONORIFIC.contains(QuoteWords.bare(w))
                    || QuoteWords.ROLE_PART.contains(w) || QuoteWords.DETERMINER.contains(w)
                    || QuoteWords.DAY.contains(w) || QuoteWords.STOP.contains(w)) {
                return -1;
            }
            int j = f;
            while (j < n && j - f < 5 && !paragraph[j] && (nameWord(j) && !QuoteWords.DAY.contains(word(j)))) {
                j++;
            }
            if (j == f || j - f > 4) {
                return -1;
            }
            if (j == n || paragraph[j] || isPunct(j, ",.(;:!?")) {
                return j;
            }
            String next = word(j);
            return t[j].kind() == Token.Kind.WORD && !Character.isUpperCase(s.codePointAt(t[j].start()))
                    && (QuoteWords.STOP.contains(next) || QuoteWords.speech(next)) ? j : -1;
        }

        /** Whether a speaker's phrase may start at token {@code p}: a capital, a role word or a determiner. */
        private boolean phraseStart(int p) {
            String w = word(p);
            if (Character.isUpperCase(s.codePointAt(t[p].start())) || QuoteWords.role(w)
                    || QuoteWords.DETERMINER.contains(w) || QuoteWords.HONORIFIC.contains(QuoteWords.bare(w))) {
                return true;
            }
            // an adjective before a role: "said planetary geologist Rosaly Lopes"
            return p + 1 < n && t[p + 1].kind() == Token.Kind.WORD && QuoteWords.role(word(p + 1))
                    && !QuoteWords.STOP.contains(w) && !QuoteWords.speech(w);
        }

        /**
         * The end of a speaker's phrase starting at {@code p}: words up to a stop word, a speech verb, a day, any
         * punctuation, or, once a name has begun, a lower-case word other than a name particle.
         */
        private int forwardPhrase(int p) {
            boolean named = false;
            int j = p;
            while (j < n && j - p < MAX_PHRASE && (j == p || !paragraph[j])) {
                if (j > p && glued(j)) {
                    j++;
                    continue;
                }
                if (t[j].kind() != Token.Kind.WORD) {
                    break;
                }
                String w = word(j);
                boolean upper = Character.isUpperCase(s.codePointAt(t[j].start()));
                if (j > p && (QuoteWords.speech(w) || QuoteWords.DAY.contains(w))) {
                    break;
                }
                if (QuoteWords.LINK.contains(w)) {
                    if (named) {
                        break;
                    }
                } else if (QuoteWords.STOP.contains(w) && !upper) {
                    break;
                } else if (named && !upper && !QuoteWords.PARTICLE.contains(w) && !QuoteWords.role(w)
                        && !w.startsWith("'") && !w.startsWith("\u2019")) {
                    break; // "said a WeWork spokesperson" keeps its role noun
                }
                named |= upper && !QuoteWords.DETERMINER.contains(w);
                j++;
            }
            return j;
        }

        /**
         * A role written after the speaker's phrase ending at {@code end}: {@code , kepala RIAC},
         * {@code , a spokesman for the ministry}, {@code selaku ketua panitia}.
         */
        private Attr roleAfter(Attr a, int end) {
            int r;
            if (end + 1 < n && isPunct(end, ",") && !paragraph[end + 1] && roleStart(end + 1)) {
                r = end + 1;
            } else if (end + 1 < n && t[end].kind() == Token.Kind.WORD && word(end).equals("selaku")
                    && !paragraph[end + 1] && t[end + 1].kind() == Token.Kind.WORD) {
                r = end + 1;
            } else {
                return a;
            }
            int k = r;
            while (k < n && k - r < MAX_ROLE && !paragraph[k]) {
                if (t[k].kind() == Token.Kind.WORD) {
                    String w = word(k);
                    boolean joins = (w.equals("dan") || w.equals("and")) && k + 1 < n
                            && t[k + 1].kind() == Token.Kind.WORD && Character.isUpperCase(s.codePointAt(t[k + 1].start()));
                    if (k > r && !joins && (QuoteWords.speech(w) || QuoteWords.DAY.contains(w)
                            || QuoteWords.STOP.contains(w) && !QuoteWords.LINK.contains(w))) {
                        break;
                    }
                    k++;
                } else if (glued(k)) {
                    k++;
                } else if (isPunct(k, "(")) {
                    int close = k + 1;
                    while (close < n && close - k <= 6 && !isPunct(close, ")") && t[close].kind() == Token.Kind.WORD) {
                        close++;
                    }
                    if (close < n && close - k <= 6 && close > k + 1 && isPunct(close, ")")) {
                        k = close + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            return a.withRole(t[r].start(), t[k - 1].end(), k - 1);
        }

        /**
         * A role opens with a role word, or with a determiner, modifier or owner and a role word within three
         * words ({@code seorang saksi}, {@code a senior fellow}, {@code Apple's chief executive}).
         */
        private boolean roleStart(int r) {
            if (t[r].kind() != Token.Kind.WORD) {
                return false;
            }
            if (QuoteWords.role(word(r))) {
                return true;
            }
            boolean owner = r + 1 < n && (t[r + 1].kind() == Token.Kind.WORD
                    && (word(r + 1).equals("'s") || word(r + 1).equals("\u2019s")) || isPunct(r + 1, "'\u2019"));
            if (!QuoteWords.DETERMINER.contains(word(r)) && !owner) {
                return false;
            }
            for (int k = r + 1; k < n && k <= r + 4 && (t[k].kind() == Token.Kind.WORD || isPunct(k, "'\u2019")); k++) {
                if (t[k].kind() == Token.Kind.WORD && QuoteWords.role(word(k))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The speaker written before the verb at {@code v}, no further back than {@code floor}: {@code Kepala
         * RIAC Andrei Kortunov mengatakan}, {@code John Smith, a spokesman for the ministry, said},
         * {@code he said}. Adverbs between ({@code juga}, {@code also}) and a date in commas are passed over.
         */
        private Attr subject(int v, int floor) {
            int k = v - 1;
            while (k >= floor && t[k].kind() == Token.Kind.WORD && (QuoteWords.adverb(word(k)) && !upper(k)
                    || QuoteWords.DAY.contains(word(k)) || QuoteWords.TIME.contains(word(k)))) {
                k--; // "Budi juga mengatakan", "Qanoua Kamis mengatakan", "Smith on Monday said"
            }
            int roleStart = -1;
            int roleEnd = -1;
            if (k >= floor && isPunct(k, ",")) {
                int c = k - 1;
                while (c >= floor && k - c <= MAX_ROLE && !isPunct(c, ",")) {
                    c--;
                }
                if (c < floor || !isPunct(c, ",") || c + 1 >= k) {
                    return null;
                }
                int far = c;
                while (!roleStart(far + 1) && !dateLike(far + 1) && far > floor && k - far < MAX_APPOSITIVE) {
                    // a role with commas of its own: ", a fellow at the institute in Munich, Germany, and ..."
                    do {
                        far--;
                    } while (far >= floor && k - far < MAX_APPOSITIVE && !isPunct(far, ","));
                    if (far < floor || !isPunct(far, ",")) {
                        far = c;
                        break;
                    }
                }
                if (far < c && roleStart(far + 1) && (c + 1 >= k || !nameBetween(c + 1, k, v))) {
                    c = far;
                }
                if (roleStart(c + 1)) {
                    roleStart = t[c + 1].start();
                    roleEnd = t[k - 1].end();
                } else if (!dateLike(c + 1)) {
                    // "Pengamat politik Universitas Indonesia, Aditya Perdana, menilai": the name between the
                    // commas, its role before them.
                    Attr named = phraseBefore(k - 1, c + 1, v, -1, -1);
                    if (named == null || named.kind() != Kind.NAMED || named.from() != c + 1) {
                        return null;
                    }
                    int before = c - 1;
                    int roleFrom = before;
                    while (roleFrom >= floor && before - roleFrom < MAX_ROLE && t[roleFrom].kind() == Token.Kind.WORD
                            && (!stopBack(roleFrom) || QuoteWords.ROLE_LINK.contains(word(roleFrom)))
                            && !paragraph[roleFrom + 1]) {
                        roleFrom--;
                    }
                    roleFrom++;
                    if (roleFrom <= before && role(roleFrom, before + 1) != null) {
                        return new Attr(Kind.NAMED, named.from(), named.to(), t[roleFrom].start(), t[before].end(),
                                v, t[roleFrom].start());
                    }
                    return named;
                }
                k = c - 1;
            }
            Attr a = phraseBefore(k, floor, v, roleStart, roleEnd);
            if (a == null || a.kind() != Kind.NAMED || roleStart >= 0) {
                return a;
            }
            int before = a.from() - 1;
            if (before >= floor && t[before].kind() == Token.Kind.WORD
                    && QuoteWords.PREPOSITION.contains(s.substring(t[before].start(), t[before].end()))) {
                return null; // "... yang berpusat di Paris menyerukan": the object of a preposition
            }
            if (before - 1 >= floor && isPunct(before, ",")) {
                // "Jurubicara Hamas, Abdel-Latif Qanoua mengatakan": a role before the name and a comma
                int roleFrom = before - 1;
                while (roleFrom >= floor && before - roleFrom <= MAX_ROLE && t[roleFrom].kind() == Token.Kind.WORD
                        && (!stopBack(roleFrom) || QuoteWords.ROLE_LINK.contains(word(roleFrom)))
                        && !paragraph[roleFrom + 1]) {
                    roleFrom--;
                }
                roleFrom++;
                if (roleFrom < before && roleStart(roleFrom) && role(roleFrom, before) != null) {
                    return new Attr(Kind.NAMED, a.from(), a.to(), t[roleFrom].start(), t[before - 1].end(), v,
                            t[roleFrom].start());
                }
            }
            return a;
        }

        /** The subject's phrase ending at token {@code k}, no further back than {@code floor}, of the verb {@code v}. */
        private Attr phraseBefore(int k, int floor, int v, int roleStart, int roleEnd) {
            int end = k + 1;
            if (end < n && paragraph[end]) {
                return null; // the subject would be in the paragraph before
            }
            while (k >= floor && end - k <= MAX_PHRASE && (k == end - 1 || !paragraph[k + 1])
                    && (t[k].kind() == Token.Kind.WORD && (!stopBack(k) || roleAnd(k, floor))
                    || glued(k) && k + 1 < end)) {
                k--;
            }
            int from = k + 1;
            while (from < end && t[from].kind() != Token.Kind.WORD) {
                from++;
            }
            if (from >= end) {
                return null;
            }
            int at = t[from].start();
            if (end - from == 1 && QuoteWords.PRONOUN.contains(word(from))) {
                return new Attr(Kind.PRONOUN, -1, -1, -1, -1, v, at);
            }
            if (end - from == 1 && QuoteWords.PLURAL.contains(word(from))) {
                return new Attr(Kind.PLURAL, -1, -1, -1, -1, v, at);
            }
            // A subject ends in a name or a role noun ("Budi Santoso", "the spokesman"); a descriptive one may end
            // in another word when it holds a role or determiner ("seorang saksi mata", "warga setempat"), but
            // not after a name ("Kesepakatan Mekkah dibuat tidak menyebut").
            boolean capital = false;
            boolean role = false;
            for (int i = from; i < end; i++) {
                capital |= Character.isUpperCase(s.codePointAt(t[i].start()))
                        && !QuoteWords.DETERMINER.contains(word(i)) && !QuoteWords.role(word(i));
                role |= QuoteWords.role(word(i)) || QuoteWords.DETERMINER.contains(word(i));
            }
            int last = end - 1;
            boolean lastFits = Character.isUpperCase(s.codePointAt(t[last].start()))
                    || QuoteWords.role(word(last)) || glued(last);
            boolean valid = lastFits ? capital || role : role && !capital;
            return valid ? new Attr(Kind.NAMED, from, end, roleStart, roleEnd, v, at) : null;
        }

        /**
         * Whether the subject's phrase ends before token {@code k} (read backwards): a speech verb or a day; a
         * stop word in lower case, or capitalised where a sentence or clause opens ({@code Namun},
         * {@code Sementara}) but not inside a name ({@code Sri Hari Wibowo}).
         */
        private boolean stopBack(int k) {
            String w = word(k);
            if (QuoteWords.speech(w) || QuoteWords.DAY.contains(w)) {
                return true;
            }
            if (!QuoteWords.STOP.contains(w)) {
                return false;
            }
            return !Character.isUpperCase(s.codePointAt(t[k].start())) || k == sentenceFirst[sentence[k]]
                    || t[k - 1].kind() == Token.Kind.PUNCT;
        }

        /** A hyphen joining two words with no space ({@code Kassym-Jomart}), which the tokenizer splits. */
        private boolean glued(int k) {
            return k > 0 && k + 1 < n && isPunct(k, "-") && t[k - 1].end() == t[k].start()
                    && t[k + 1].start() == t[k].end() && t[k - 1].kind() == Token.Kind.WORD
                    && t[k + 1].kind() == Token.Kind.WORD;
        }

        /** {@code and} or {@code dan} joining two roles: {@code JPL scientist and study co-author Michael Malaska}. */
        private boolean roleAnd(int k, int floor) {
            String w = word(k);
            return (w.equals("and") || w.equals("dan")) && k - 1 >= floor && t[k - 1].kind() == Token.Kind.WORD
                    && QuoteWords.role(word(k - 1));
        }

        /** Whether tokens {@code [from, to)} between commas are a name standing alone ({@code , Aditya Perdana,}). */
        private boolean nameBetween(int from, int to, int v) {
            Attr named = phraseBefore(to - 1, from, v, -1, -1);
            return named != null && named.kind() == Kind.NAMED && named.from() == from
                    && Character.isUpperCase(s.codePointAt(t[from].start()));
        }

        /** A day, month-day date, number or bracket: {@code , Senin (10/1),} between a name and its verb. */
        private boolean dateLike(int k) {
            Token.Kind kind = t[k].kind();
            return kind == Token.Kind.NUMBER || kind == Token.Kind.DATE || kind == Token.Kind.TIME
                    || isPunct(k, "(") || kind == Token.Kind.WORD && QuoteWords.DAY.contains(word(k));
        }

        // ---------------------------------------------------------------------------------------------------
        // Speakers

        /** The speaker a NAMED attribution gives: a PERSON entity it mentions, else the name words, else the phrase. */
        private Speaker named(Attr a) {
            int from = a.from();
            int to = a.to();
            int phraseStart = t[from].start();
            int phraseEnd = t[to - 1].end();
            String appositive = a.roleStart() >= 0 ? s.substring(a.roleStart(), a.roleEnd()) : null;
            int m = personAt(phraseStart, phraseEnd);
            Speaker sp;
            if (m >= 0) {
                int r = from;
                while (r < to && t[r].end() <= personStart[m]) {
                    r++;
                }
                String role = role(from, r);
                sp = new Speaker(person[m].text(), role != null ? role : appositive, personStart[m], personEnd[m]);
            } else {
                sp = fallback(from, to, appositive);
            }
            if (sp.role() != null) {
                roleByName.put(sp.name(), sp.role());
            } else if (roleByName.containsKey(sp.name())) {
                sp = new Speaker(sp.name(), roleByName.get(sp.name()), sp.start(), sp.end());
            }
            return sp;
        }

        /**
         * A speaker from the phrase's words alone: the capitalised words after its last role word, organisation
         * or title ({@code Menteri Luar Negeri | Retno Marsudi}); when three or more follow a role, a place is
         * taken to come first and the last two are the name ({@code Presiden Rusia | Vladimir Putin}). Without
         * such words the whole phrase is the speaker ({@code seorang saksi mata}, {@code Polisi}).
         */
        private Speaker fallback(int from, int to, String appositive) {
            int b = to;
            while (b > from && nameWord(b - 1)) {
                b--;
            }
            while (b < to && !Character.isUpperCase(s.codePointAt(t[b].start()))) {
                b++; // a name starts with a capital, not with a particle
            }
            int lastRole = -1;
            boolean roleSeen = false;
            for (int k = from; k < to; k++) {
                String w = QuoteWords.bare(word(k));
                boolean roleWord = QuoteWords.role(w) && !QuoteWords.HONORIFIC.contains(w);
                roleSeen |= roleWord;
                if (k < b) {
                    continue;
                }
                boolean acronym = acronym(k) && (k + 1 < to || roleSeen);
                if (roleWord || QuoteWords.ROLE_PART.contains(w) || QuoteWords.HONORIFIC.contains(w) || acronym
                        || QuoteWords.PLACE_HEAD.contains(w)
                        || k > b && QuoteWords.PLACE_HEAD.contains(word(k - 1)) && lastRole == k - 1) {
                    lastRole = k;
                }
            }
            int name = Math.max(b, lastRole + 1);
            while (name < to && (possessive(name) || glued(name))) {
                name++; // "NASA's Steve Clarke": the owner is part of the role
            }
            // Without a role word, a phrase opening with an organisation is the organisation speaking
            // (Pemerintah Indonesia, Kementerian Luar Negeri).
            boolean organisation = !roleSeen && b == from && QuoteWords.ROLE_PART.contains(word(from));
            if (name >= to || organisation) {
                return new Speaker(s.substring(t[from].start(), t[to - 1].end()), appositive, t[from].start(),
                        t[to - 1].end());
            }
            boolean afterTitle = name > from && QuoteWords.HONORIFIC.contains(QuoteWords.bare(word(name - 1)));
            int words = words(name, to);
            if (roleSeen && !afterTitle && words >= 3 || words > 4) {
                name = lastWords(to, 2);
            }
            String full = s.substring(t[name].start(), t[to - 1].end());
            if (words(name, to) == 1 && nameByWord.containsKey(full)) {
                full = nameByWord.get(full);
            } else if (words(name, to) > 1) {
                nameByWord.putIfAbsent(s.substring(t[name].start(), t[name].end()), full);
                nameByWord.putIfAbsent(s.substring(t[to - 1].start(), t[to - 1].end()), full);
            }
            String role = roleSeen ? role(from, name) : null;
            return new Speaker(full, role != null ? role : appositive, t[name].start(), t[to - 1].end());
        }

        /** The role written right before a name at offset {@code at} ({@code Bupati Garut Rudy Gunawan}), or null. */
        private String roleBefore(int at) {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (t[mid].start() < at) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo >= n || t[lo].start() != at) {
                return null; // the mention does not start on a token
            }
            int end = lo;
            if (lo > 1 && isPunct(lo - 1, ",") && !paragraph[lo]) {
                end = lo - 1; // "Sopir angkot di Terminal Kampung Rambutan, Ujang Suparman, ..."
            }
            int k = end - 1;
            while (k >= 0 && end - k <= MAX_ROLE && !paragraph[k + 1] && t[k].kind() == Token.Kind.WORD
                    && (!stopBack(k) || end < lo && QuoteWords.ROLE_LINK.contains(word(k)))) {
                k--;
            }
            if (k + 1 >= end || end < lo && !roleStart(k + 1)) {
                return null;
            }
            return role(k + 1, end);
        }

        /** Tokens {@code [from, to)} as a role, without the titles right before a name; null if no role word. */
        private String role(int from, int to) {
            int end = to;
            while (end > from && QuoteWords.HONORIFIC.contains(QuoteWords.bare(word(end - 1)))) {
                end--;
            }
            for (int k = from; k < end; k++) {
                if (QuoteWords.role(word(k))) {
                    return s.substring(t[from].start(), t[end - 1].end());
                }
            }
            return null;
        }

        /** Words in tokens {@code [from, to)}, a hyphenated word split by the tokenizer counted once. */
        private int words(int from, int to) {
            int count = 0;
            for (int k = from; k < to; k++) {
                if (t[k].kind() == Token.Kind.WORD && !(k > from && glued(k - 1)) && !possessive(k)) {
                    count++;
                }
            }
            return count;
        }

        /** Index of the first token of the last {@code count} words before {@code to}. */
        private int lastWords(int to, int count) {
            int k = to;
            for (int seen = 0; seen < count && k > 0; ) {
                k--;
                if (t[k].kind() == Token.Kind.WORD && !(k > 0 && glued(k - 1)) && !possessive(k)) {
                    seen++;
                }
            }
            return k;
        }

        /** An English possessive clitic: {@code 's} of {@code People's Daily}. */
        private boolean possessive(int k) {
            return t[k].kind() == Token.Kind.WORD && (word(k).equals("'s") || word(k).equals("\u2019s"));
        }

        private boolean upper(int k) {
            return Character.isUpperCase(s.codePointAt(t[k].start()));
        }

        private boolean nameWord(int k) {
            if (glued(k)) {
                return true;
            }
            if (possessive(k)) {
                return k > 0 && upper(k - 1) && k + 1 < n && upper(k + 1); // People's Daily
            }
            if (t[k].kind() != Token.Kind.WORD) {
                return false;
            }
            String w = word(k);
            return Character.isUpperCase(s.codePointAt(t[k].start())) && !QuoteWords.DETERMINER.contains(w)
                    || QuoteWords.PARTICLE.contains(w);
        }

        private boolean acronym(int k) {
            Token token = t[k];
            if (token.length() < 2) {
                return false;
            }
            for (int i = token.start(); i < token.end(); i++) {
                if (!Character.isUpperCase(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The speaker "last named" before offset {@code at}: the later of the last speaker and the last PERSON
         * mention outside quotations; unknown when there is neither.
         */
        private Speaker recent(int at) {
            int i = lastOutsideBefore(at);
            if (i >= 0 && (lastSpeaker == null || personStart[outsideIndex[i]] > lastSpeakerAt)) {
                String name = person[outsideIndex[i]].text();
                String role = roleByName.get(name);
                return new Speaker(name, role != null ? role : roleBefore(personStart[outsideIndex[i]]), -1, -1);
            }
            return lastSpeaker != null ? lastSpeaker.elsewhere() : Speaker.UNKNOWN;
        }

        // ---------------------------------------------------------------------------------------------------
        // Entities

        /** Index of the first PERSON mention overlapping {@code [start, end)}, or -1. */
        private int personAt(int start, int end) {
            int lo = 0;
            int hi = personEnd.length;
            while (lo < hi) { // first mention ending after start; mentions do not overlap, so ends are ordered
                int mid = (lo + hi) >>> 1;
                if (personEnd[mid] <= start) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo < personEnd.length && personStart[lo] < end ? lo : -1;
        }

        /** Keeps the PERSON mentions that lie outside every quotation, in order. */
        private void outsideMentions(List<QuoteMarks.Span> spans) {
            int[] ends = new int[personStart.length];
            int[] index = new int[personStart.length];
            int count = 0;
            int q = 0;
            for (int i = 0; i < personStart.length; i++) {
                while (q < spans.size() && spans.get(q).end() <= personStart[i]) {
                    q++;
                }
                boolean inside = q < spans.size() && spans.get(q).start() < personEnd[i];
                if (!inside) {
                    ends[count] = personEnd[i];
                    index[count++] = i;
                }
            }
            outsideEnd = Arrays.copyOf(ends, count);
            outsideIndex = Arrays.copyOf(index, count);
        }

        private int lastOutsideBefore(int at) {
            int lo = 0;
            int hi = outsideEnd.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (outsideEnd[mid] <= at) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo - 1;
        }

        // ---------------------------------------------------------------------------------------------------
        // Tokens

        /** Token {@code k} in lower case (ASCII rules suffice: every word looked for is ASCII). */
        private String word(int k) {
            String w = lower[k];
            if (w == null) {
                w = s.substring(t[k].start(), t[k].end()).toLowerCase(Locale.ROOT);
                lower[k] = w;
            }
            return w;
        }

        private boolean isPunct(int k, String chars) {
            return t[k].kind() == Token.Kind.PUNCT && t[k].length() == 1 && chars.indexOf(s.charAt(t[k].start())) >= 0;
        }

        private boolean lineBreak(int from, int to) {
            for (int k = from; k < to; k++) {
                char c = s.charAt(k);
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                    return true;
                }
            }
            return false;
        }
    }
}
