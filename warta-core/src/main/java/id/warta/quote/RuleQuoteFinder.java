package id.warta.quote;

import id.warta.ner.Entity;
import id.warta.quote.Speakers.Speaker;
import id.warta.text.Text;
import id.warta.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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
    /** Longest role between commas, in tokens, its own commas included ({@code , a fellow in Munich, Germany,}). */
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

    /** The state of one call. */
    private static final class Run {

        private final QuoteTokens tokens;
        private final Speakers speakers;
        private final String s;
        private final Token[] t;
        private final int n;
        private final int[] sentence;
        private final int[] sentenceFirst;
        private final boolean[] paragraph;
        /** Per sentence: its subject-verb attribution, once looked for ({@code null} until then). */
        private final Attr[] sentenceAttr;
        private final boolean[] sentenceSearched;
        /** Per sentence: whether a quotation opens in it. */
        private final boolean[] sentenceOpens;

        Run(Text text, List<Entity> entities) {
            this.tokens = new QuoteTokens(text);
            this.speakers = new Speakers(tokens, entities);
            this.s = tokens.s;
            this.t = tokens.t;
            this.n = tokens.n;
            this.sentence = tokens.sentence;
            this.sentenceFirst = tokens.sentenceFirst;
            this.paragraph = tokens.paragraph;
            this.sentenceAttr = new Attr[tokens.sentences()];
            this.sentenceSearched = new boolean[tokens.sentences()];
            this.sentenceOpens = new boolean[tokens.sentences()];
        }

        List<Quote> quotes() {
            List<QuoteMarks.Span> spans = QuoteMarks.find(s, Arrays.asList(t), paragraph);
            if (spans.isEmpty()) {
                return List.of();
            }
            for (QuoteMarks.Span span : spans) {
                sentenceOpens[sentence[span.open()]] = true;
            }
            speakers.outside(spans);
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
                    speakers.heard(sp, sp.start() >= 0 ? sp.start() : span.start());
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
                    case NAMED -> speakers.named(a.from(), a.to(), a.roleStart(), a.roleEnd());
                    case PRONOUN, AGENTLESS -> speakers.recent(at);
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
                        title &= upper || QuoteWords.FUNCTION.contains(tokens.word(k));
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
                    && QuoteWords.NAMING.contains(tokens.word(o - 1));
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
            if (p < n && !paragraph[p] && tokens.isPunct(p, ",\u2014\u2013-")) {
                p++;
            }
            if (p >= n || paragraph[p] || t[p].kind() != Token.Kind.WORD) {
                return null;
            }
            boolean nextSentence = sentence[p] != sentence[span.close()];
            if (nextSentence != nextSentenceOnly) {
                return null;
            }
            String w = tokens.word(p);
            if (nextSentence && (sentenceOpens[sentence[p]] || w.equals("menurut") || w.equals("according"))) {
                return null; // the next sentence's words are its own: "Menurut X, ...", "X menjawab, "...""
            }
            if (w.equals("hal") && p + 2 < n && nextSentence) {
                String w1 = tokens.word(p + 1);
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
                    if (!tokens.isPunct(v, ",'\u2019") && !tokens.glued(v)) {
                        return null;
                    }
                    continue;
                }
                if (QuoteWords.SUBJECT_VERB.contains(tokens.word(v))) {
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
                    role |= QuoteWords.role(tokens.word(k));
                } else if (!tokens.isPunct(k, ",")) {
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
            while (gap >= floor && gap > o - 3 && (tokens.isPunct(gap, ",:\u2014\u2013-")
                    || t[gap].kind() == Token.Kind.WORD
                    && (tokens.word(gap).equals("bahwa") || tokens.word(gap).equals("that")))) {
                gap--;
            }
            for (int k = o - 1; k >= floor && o - k <= BACK_WINDOW; k--) {
                if (paragraph[k + 1]) {
                    return null; // token k lies in an earlier paragraph
                }
                if (t[k].kind() != Token.Kind.WORD) {
                    continue;
                }
                String w = tokens.word(k);
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
                    if (t[k].kind() == Token.Kind.WORD && QuoteWords.SUBJECT_VERB.contains(tokens.word(k))) {
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
            String w = tokens.word(v);
            int start = t[at].start();
            if (QuoteWords.VERB_NYA.contains(w)) {
                return new Attr(Kind.PRONOUN, -1, -1, -1, -1, v, start);
            }
            if (w.equals("seperti") || w.equals("sebagaimana")) {
                boolean quoted = v + 1 < n && tokens.word(v + 1).equals("dikutip");
                return quoted ? new Attr(Kind.AGENTLESS, -1, -1, -1, -1, v + 1, start) : null;
            }
            boolean passive = QuoteWords.PASSIVE.contains(w);
            int p = v + 1;
            if (w.equals("according")) {
                if (p >= n || !tokens.word(p).equals("to")) {
                    return null;
                }
                p++;
            } else if (!passive && !w.equals("menurut") && !QuoteWords.VERB_FIRST.contains(w)) {
                return null;
            }
            if (passive && p < n && (tokens.word(p).equals("oleh") || tokens.word(p).equals("by"))) {
                p++;
            }
            Attr agentless = passive ? new Attr(Kind.AGENTLESS, -1, -1, -1, -1, v, start) : null;
            if (p >= n || paragraph[p] || t[p].kind() != Token.Kind.WORD) {
                return agentless;
            }
            String first = tokens.word(p);
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
            if (name > 0 && tokens.roleStart(p) && speakers.personAt(t[p].start(), t[end - 1].end()) < 0) {
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
            if (f >= n || !tokens.isPunct(comma, ",") || paragraph[f] || t[f].kind() != Token.Kind.WORD
                    || !Character.isUpperCase(s.codePointAt(t[f].start()))) {
                return -1;
            }
            String w = tokens.word(f);
            if (QuoteWords.role(w) && !QuoteWords.HONORIFIC.contains(QuoteWords.bare(w))
                    || QuoteWords.ROLE_PART.contains(w) || QuoteWords.DETERMINER.contains(w)
                    || QuoteWords.DAY.contains(w) || QuoteWords.STOP.contains(w)) {
                return -1;
            }
            int j = f;
            while (j < n && j - f < 5 && !paragraph[j] && tokens.nameWord(j)
                    && !QuoteWords.DAY.contains(tokens.word(j))) {
                j++;
            }
            if (j == f || j - f > 4) {
                return -1;
            }
            if (j == n || paragraph[j] || tokens.isPunct(j, ",.(;:!?")) {
                return j;
            }
            String next = tokens.word(j);
            return t[j].kind() == Token.Kind.WORD && !Character.isUpperCase(s.codePointAt(t[j].start()))
                    && (QuoteWords.STOP.contains(next) || QuoteWords.speech(next)) ? j : -1;
        }

        /** Whether a speaker's phrase may start at token {@code p}: a capital, a role word or a determiner. */
        private boolean phraseStart(int p) {
            String w = tokens.word(p);
            if (Character.isUpperCase(s.codePointAt(t[p].start())) || QuoteWords.role(w)
                    || QuoteWords.DETERMINER.contains(w) || QuoteWords.HONORIFIC.contains(QuoteWords.bare(w))) {
                return true;
            }
            // an adjective before a role: "said planetary geologist Rosaly Lopes"
            return p + 1 < n && t[p + 1].kind() == Token.Kind.WORD && QuoteWords.role(tokens.word(p + 1))
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
                if (j > p && tokens.glued(j)) {
                    j++;
                    continue;
                }
                if (t[j].kind() != Token.Kind.WORD) {
                    break;
                }
                String w = tokens.word(j);
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
            if (end + 1 < n && tokens.isPunct(end, ",") && !paragraph[end + 1] && tokens.roleStart(end + 1)) {
                r = end + 1;
            } else if (end + 1 < n && t[end].kind() == Token.Kind.WORD && tokens.word(end).equals("selaku")
                    && !paragraph[end + 1] && t[end + 1].kind() == Token.Kind.WORD) {
                r = end + 1;
            } else {
                return a;
            }
            int k = r;
            while (k < n && k - r < QuoteTokens.MAX_ROLE && !paragraph[k]) {
                if (t[k].kind() == Token.Kind.WORD) {
                    String w = tokens.word(k);
                    boolean joins = (w.equals("dan") || w.equals("and")) && k + 1 < n
                            && t[k + 1].kind() == Token.Kind.WORD && tokens.upper(k + 1);
                    if (k > r && !joins && (QuoteWords.speech(w) || QuoteWords.DAY.contains(w)
                            || QuoteWords.STOP.contains(w) && !QuoteWords.LINK.contains(w))) {
                        break;
                    }
                    k++;
                } else if (tokens.glued(k)) {
                    k++;
                } else if (tokens.isPunct(k, "(")) {
                    int close = k + 1;
                    while (close < n && close - k <= 6 && !tokens.isPunct(close, ")")
                            && t[close].kind() == Token.Kind.WORD) {
                        close++;
                    }
                    if (close < n && close - k <= 6 && close > k + 1 && tokens.isPunct(close, ")")) {
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
         * The speaker written before the verb at {@code v}, no further back than {@code floor}: {@code Kepala
         * RIAC Andrei Kortunov mengatakan}, {@code John Smith, a spokesman for the ministry, said},
         * {@code he said}. Adverbs between ({@code juga}, {@code also}) and a date in commas are passed over.
         */
        private Attr subject(int v, int floor) {
            int k = v - 1;
            while (k >= floor && t[k].kind() == Token.Kind.WORD
                    && (QuoteWords.adverb(tokens.word(k)) && !tokens.upper(k) || QuoteWords.DAY.contains(tokens.word(k))
                    || QuoteWords.TIME.contains(tokens.word(k)))) {
                k--; // "Budi juga mengatakan", "Qanoua Kamis mengatakan", "Smith on Monday said"
            }
            int roleStart = -1;
            int roleEnd = -1;
            if (k >= floor && tokens.isPunct(k, ",")) {
                int c = k - 1;
                while (c >= floor && k - c <= QuoteTokens.MAX_ROLE && !tokens.isPunct(c, ",")) {
                    c--;
                }
                if (c < floor || !tokens.isPunct(c, ",") || c + 1 >= k) {
                    return null;
                }
                int far = c;
                while (!tokens.roleStart(far + 1) && !tokens.dateLike(far + 1) && far > floor
                        && k - far < MAX_APPOSITIVE) {
                    // a role with commas of its own: ", a fellow at the institute in Munich, Germany, and ..."
                    do {
                        far--;
                    } while (far >= floor && k - far < MAX_APPOSITIVE && !tokens.isPunct(far, ","));
                    if (far < floor || !tokens.isPunct(far, ",")) {
                        far = c;
                        break;
                    }
                }
                if (far < c && tokens.roleStart(far + 1) && (c + 1 >= k || !nameBetween(c + 1, k, v))) {
                    c = far;
                }
                if (tokens.roleStart(c + 1)) {
                    roleStart = t[c + 1].start();
                    roleEnd = t[k - 1].end();
                } else if (!tokens.dateLike(c + 1)) {
                    // "Pengamat politik Universitas Indonesia, Aditya Perdana, menilai": the name between the
                    // commas, its role before them.
                    Attr named = phraseBefore(k - 1, c + 1, v, -1, -1);
                    if (named == null || named.kind() != Kind.NAMED || named.from() != c + 1) {
                        return null;
                    }
                    int roleFrom = roleEndingAt(c - 1, floor);
                    return roleFrom < 0 ? named : new Attr(Kind.NAMED, named.from(), named.to(),
                            t[roleFrom].start(), t[c - 1].end(), v, t[roleFrom].start());
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
            int roleFrom = before - 1 >= floor && tokens.isPunct(before, ",") ? roleEndingAt(before - 1, floor) : -1;
            if (roleFrom >= 0) {
                // "Jurubicara Hamas, Abdel-Latif Qanoua mengatakan": a role before the name and a comma
                return new Attr(Kind.NAMED, a.from(), a.to(), t[roleFrom].start(), t[before - 1].end(), v,
                        t[roleFrom].start());
            }
            return a;
        }

        /**
         * The first token of a role ending at token {@code last}, right before a comma and a name, no further back
         * than {@code floor}; -1 when the words there are no role.
         */
        private int roleEndingAt(int last, int floor) {
            int k = last;
            while (k >= floor && last - k < QuoteTokens.MAX_ROLE && t[k].kind() == Token.Kind.WORD
                    && (!tokens.stopBack(k) || QuoteWords.ROLE_LINK.contains(tokens.word(k))) && !paragraph[k + 1]) {
                k--;
            }
            k++;
            return k <= last && tokens.roleStart(k) && tokens.role(k, last + 1) != null ? k : -1;
        }

        /** The subject's phrase ending at token {@code k}, no further back than {@code floor}, of verb {@code v}. */
        private Attr phraseBefore(int k, int floor, int v, int roleStart, int roleEnd) {
            int end = k + 1;
            if (end < n && paragraph[end]) {
                return null; // the subject would be in the paragraph before
            }
            while (k >= floor && end - k <= MAX_PHRASE && (k == end - 1 || !paragraph[k + 1])
                    && (t[k].kind() == Token.Kind.WORD && (!tokens.stopBack(k) || tokens.roleAnd(k, floor))
                    || tokens.glued(k) && k + 1 < end)) {
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
            if (end - from == 1 && QuoteWords.PRONOUN.contains(tokens.word(from))) {
                return new Attr(Kind.PRONOUN, -1, -1, -1, -1, v, at);
            }
            if (end - from == 1 && QuoteWords.PLURAL.contains(tokens.word(from))) {
                return new Attr(Kind.PLURAL, -1, -1, -1, -1, v, at);
            }
            // A subject ends in a name or a role noun ("Budi Santoso", "the spokesman"); a descriptive one may end
            // in another word when it holds a role or determiner ("seorang saksi mata", "warga setempat"), but
            // not after a name ("Kesepakatan Mekkah dibuat tidak menyebut").
            boolean capital = false;
            boolean role = false;
            for (int i = from; i < end; i++) {
                capital |= Character.isUpperCase(s.codePointAt(t[i].start()))
                        && !QuoteWords.DETERMINER.contains(tokens.word(i)) && !QuoteWords.role(tokens.word(i));
                role |= QuoteWords.role(tokens.word(i)) || QuoteWords.DETERMINER.contains(tokens.word(i));
            }
            int last = end - 1;
            boolean lastFits = Character.isUpperCase(s.codePointAt(t[last].start()))
                    || QuoteWords.role(tokens.word(last)) || tokens.glued(last);
            boolean valid = lastFits ? capital || role : role && !capital;
            return valid ? new Attr(Kind.NAMED, from, end, roleStart, roleEnd, v, at) : null;
        }




        /** Whether tokens {@code [from, to)} between commas are a name standing alone ({@code , Aditya Perdana,}). */
        private boolean nameBetween(int from, int to, int v) {
            Attr named = phraseBefore(to - 1, from, v, -1, -1);
            return named != null && named.kind() == Kind.NAMED && named.from() == from
                    && Character.isUpperCase(s.codePointAt(t[from].start()));
        }





















    }
}
