package id.warta.events;

import id.warta.events.CountWords.Entry;
import id.warta.events.CountWords.Role;
import id.warta.quantity.Quantity;
import id.warta.text.Sentence;
import id.warta.text.Text;
import id.warta.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how many people a sentence says were killed, injured or arrested, and how large a force or crowd was, from
 * the quantities the quantity stage found in it. Stateless and thread-safe; the cost is linear in the sentence.
 *
 * <p>A number counts what its own clause says, so each number is attached to the nearest casualty word that
 * governs it, in Indonesian or English:
 * <ul>
 * <li>a state or passive after it: {@code 12 orang tewas}, {@code 40 lainnya luka-luka}, {@code 5 orang
 *     ditangkap}, {@code 20 people were killed}, {@code 20 dead} (auxiliaries, adverbs and an age may stand
 *     between; an English participle with no auxiliary reads as passive only when no object follows it, so in
 *     {@code five gunmen killed 12 soldiers} the five are not dead);</li>
 * <li>an active verb before it: {@code menewaskan sedikitnya 12 orang}, {@code melukai 40 lainnya},
 *     {@code menangkap 20 demonstran}, {@code killing 12}, {@code arrested 15 protesters};</li>
 * <li>the counted noun itself: {@code 20 korban tewas}, {@code 35 korban luka}, {@code 20 deaths};</li>
 * <li>a total before a copula or tallying verb, even across a few words: {@code jumlah korban luka diperkirakan
 *     mencapai 1.000 orang}, {@code korban tewas dalam kerusuhan itu mencapai 20 orang}, {@code the death toll
 *     from Monday's clashes rose to 48}.</li>
 * </ul>
 * Numbers joined by {@code dan}, {@code and}, {@code serta} (or listed with commas ending in one of those) share the
 * word that governs the list: {@code 30 pengunjuk rasa dan 18 personel keamanan tewas} is 30 killed and 18 killed,
 * two counts of one total of 48; {@code menewaskan 5 polisi dan 3 warga} likewise. A number's own word wins over
 * the list's: in {@code menewaskan 12 orang dan melukai 40 lainnya} the 40 are injured.
 *
 * <p>One person is a count of 1 when the text says one: {@code seorang pria tewas}, {@code satu pelaku
 * ditangkap}, {@code salah satunya meninggal}, {@code a 45-year-old man was killed}, {@code wounding one}, and,
 * since Indonesian news writes ages after the noun or a name, {@code pria 45 tahun tewas} and {@code Budi (45)
 * tewas}. A definite group of known size counts its size: {@code kedua korban tewas}, {@code ketiga pelaku
 * ditangkap}, {@code keduanya diamankan}, {@code both officers were injured}. A bare definite noun ({@code the man
 * was killed}, {@code polisi itu tewas}) is not read as a number: the article has usually counted that person
 * already, and a name alone may be one of several.
 *
 * <p>A size is a number of troops, police, fighters or protesters that no casualty word claims ({@code 3.000
 * pasukan terjun payung}, {@code ribuan pengunjuk rasa}, {@code 2,500 troops}, {@code a 2,500-strong force}), a
 * number after a group noun and a copula ({@code a crowd of 10,000}, {@code massa sebanyak 2.000 orang}), or a
 * number of ordinary people next to a word of gathering ({@code ribuan buruh berunjuk rasa}, {@code 5,000
 * people marched}). One person is never a size. The sizes of different groups in one sentence are not added (the
 * crowd and the police watching it): the largest group, or list of groups joined by a conjunction, stands.
 *
 * <p>Conservative readings, after ACLED's conventions: a range keeps its lower bound and is approximate; a vague
 * word takes the quantity stage's lower bound ({@code puluhan} 10, {@code dozens} 12) and is approximate; a toll
 * that rose {@code from 12 to 20} is 20. Nothing is read from a percentage, an amount of money, a year, a date, a
 * clock time, a phone number, an article number or an age, nor from counts of things ({@code 5 rumah},
 * {@code 3 unit motor}); people already counted in a total are not counted again ({@code termasuk 3 anak-anak},
 * {@code 5 di antaranya polisi}). A statement that nobody was killed ({@code tidak ada korban jiwa}, {@code no one
 * was killed}) is a count of 0.
 *
 * <p>Within one sentence, a total ({@code jumlah korban tewas menjadi 20}, {@code the death toll rose to 20})
 * replaces the other counts of its kind rather than adding to them, unless those counts add up to it exactly, in
 * which case they are its breakdown and are kept instead. Across sentences, {@link Casualties#merge} combines the
 * mentions of one event.
 */
public final class CasualtyCounter {

    private static final Pattern STRONG = Pattern.compile("(\\d{1,3}(?:[.,]\\d{3}){1,3}|\\d{1,7})-strong");
    private static final Pattern YEAR_OLD = Pattern.compile("\\d{1,3}-(?:year|yr)s?-old");
    /** Counts above this are not of people (the world has about eight billion). */
    private static final double MAX_PEOPLE = 1e10;
    private static final int RIGHT_GAP_MAX = 6;
    private static final int LEFT_GAP_MAX = 10;
    private static final int CUE_WINDOW = 10;

    /**
     * The counts {@code sentence} reports, with their totals.
     *
     * @param text       the analysed article text
     * @param sentence   one sentence of it; a clause or any token range can be passed as
     *                   {@code Sentence.of(sentence.tokens().subList(from, to))}
     * @param quantities the quantities found in the text, in text order as the quantity stage and
     *                   {@code Analysis.quantities()} give them (all of them or the sentence's; those outside the
     *                   sentence are ignored; found by binary search, so the cost does not grow with the article)
     * @return the counts, or {@link Casualties#NONE}
     */
    public Casualties count(Text text, Sentence sentence, List<Quantity> quantities) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(quantities, "quantities");
        if (sentence.end() > text.text().length()) {
            throw new IllegalArgumentException("sentence [" + sentence.start() + ", " + sentence.end()
                    + ") lies outside the text");
        }
        return new Scan(text.text(), sentence, quantities).run();
    }

    /** Where a number's casualty word was found. */
    private enum Side { UNIT, LEFT, RIGHT, LEFT_LIST, RIGHT_LIST }

    /** A word or phrase of the lexicon found at tokens {@code [from, to)}. */
    private record Trig(int from, int to, Entry entry) {
    }

    /** Something that may be counted: a quantity, one person, or an English {@code N-strong}. */
    private static final class Mention {
        final int from;
        final int to;
        final long value;
        final boolean approximate;
        final String who;
        final int start;
        final int end;
        /** Whether it counts people at all (not a percentage, an age, houses, a clock time). */
        boolean person;
        boolean singular;
        /** A definite group of known size: kedua korban, keduanya, both officers. */
        boolean collective;
        boolean strong;
        boolean groupNoun;
        boolean peopleNoun;
        /** People a total before it already counts. */
        boolean subset;
        /** The old figure of an updated tally ({@code dari 12 menjadi 20}). */
        boolean previous;
        Trig trig;
        Side side;
        boolean toll;
        /** The first mention of the list it shares its casualty word with. */
        int group;

        Mention(int from, int to, long value, boolean approximate, String who, int start, int end) {
            this.from = from;
            this.to = to;
            this.value = value;
            this.approximate = approximate;
            this.who = who;
            this.start = start;
            this.end = end;
        }
    }

    /** One call's view of the sentence. */
    private static final class Scan {
        private final String text;
        private final List<Token> tokens;
        private final List<Quantity> quantities;
        private final int n;
        private final String[] low;
        private final Trig[] startAt;
        private final Trig[] endAt;
        private final Mention[] mentionAt;
        private final List<Trig> trigs = new ArrayList<>();
        private final List<Mention> mentions = new ArrayList<>();

        Scan(String text, Sentence sentence, List<Quantity> quantities) {
            this.text = text;
            this.tokens = sentence.tokens();
            this.quantities = quantities;
            this.n = tokens.size();
            this.low = new String[n];
            for (int i = 0; i < n; i++) {
                low[i] = tokens.get(i).text(text).toLowerCase(Locale.ROOT);
            }
            this.startAt = new Trig[n];
            this.endAt = new Trig[n];
            this.mentionAt = new Mention[n];
        }

        Casualties run() {
            findTriggers();
            addQuantities();
            addSingulars();
            mentions.sort(Comparator.comparingInt(m -> m.from));
            for (Mention m : mentions) {
                m.subset = subsetMarked(m);
                m.previous = previousFigure(m);
            }
            boolean[] link = links();
            for (int k = 0; k < mentions.size(); k++) {
                Mention m = mentions.get(k);
                boolean listed = k > 0 && link[k - 1];
                m.group = listed ? mentions.get(k - 1).group : k;
                m.subset |= listed && mentions.get(k - 1).subset;
                attach(m);
            }
            shareAlongLists(link);
            return Casualties.of(tolls(emit()));
        }

        // ---- lexicon phrases ----

        void findTriggers() {
            int i = 0;
            while (i < n) {
                Entry e = tokens.get(i).kind() == Token.Kind.WORD ? CountWords.match(low, i) : null;
                if (e == null) {
                    i++;
                    continue;
                }
                Trig t = new Trig(i, i + e.words().length, e);
                trigs.add(t);
                startAt[t.from] = t;
                endAt[t.to - 1] = t;
                i = t.to;
            }
        }

        // ---- mentions ----

        void addQuantities() {
            int first = tokens.get(0).start();
            int last = tokens.get(n - 1).end();
            int lo = 0;
            int hi = quantities.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (quantities.get(mid).start() < first) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int at = lo; at < quantities.size() && quantities.get(at).start() < last; at++) {
                Quantity q = quantities.get(at);
                if (q.end() > last) {
                    continue;
                }
                int from = tokenAtOrAfter(q.start());
                int to = tokenAtOrAfter(q.end());
                if (from >= to || overlapsMention(from, to)) {
                    continue;
                }
                double value = q.value();
                boolean approximate = q.approximate() || q.isRange();
                if (q.isRange() && updatedFrom(from)) {
                    value = q.upper(); // the toll rose from 12 to 20
                    approximate = q.approximate();
                }
                boolean integral = value >= 0 && value <= MAX_PEOPLE && value == Math.rint(value);
                Mention m = new Mention(from, to, integral ? (long) value : 0, approximate, q.unit(), q.start(),
                        q.end());
                m.person = integral && q.kind() == Quantity.Kind.COUNT && peopleCount(q, from, to);
                String unit = q.unit() == null ? null : q.unit().toLowerCase(Locale.ROOT);
                String head = unit == null ? null : unit.split(" ")[0];
                m.groupNoun = unit != null && (CountWords.GROUPS.contains(unit) || CountWords.GROUPS.contains(head));
                m.peopleNoun = unit == null || CountWords.PEOPLE.contains(unit) || CountWords.PEOPLE.contains(head);
                mentions.add(m);
                for (int k = from; k < to; k++) {
                    mentionAt[k] = m;
                }
            }
        }

        /** Whether quantity {@code q} at tokens {@code [from, to)} may count people. */
        boolean peopleCount(Quantity q, int from, int to) {
            String before = low(from - 1);
            if (CountWords.AGE_BEFORE.contains(before) || CountWords.CLOCK_AFTER.contains(low(to))
                    || numberRun(from, to)) {
                return false;
            }
            if (q.unit() == null) {
                if (before.equals("(") && low(to).equals(")")) {
                    return false; // Budi (45): an age
                }
                String raw = low(from);
                return !(raw.length() == 4 && q.value() >= 1800 && q.value() <= 2100 && to == from + 1);
            }
            String unit = q.unit().toLowerCase(Locale.ROOT);
            if (CountWords.THINGS.contains(unit) || CountWords.THINGS.contains(unit.split(" ")[0])) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (tokens.get(k).start() >= q.unitStart()) {
                    break;
                }
                if (CountWords.THING_CLASSIFIERS.contains(low[k])) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the quantity at tokens {@code [from, to)} is a piece of a longer run of digits: a phone number
         * ({@code 0812-3456-7890}, {@code (021) 555 1234}) or a code, which the quantity stage may leave in parts.
         */
        boolean numberRun(int from, int to) {
            if (kind(to) == Token.Kind.NUMBER || kind(from - 1) == Token.Kind.NUMBER) {
                return true;
            }
            String b = low(from - 1);
            if (b.equals("-") || b.equals("/")) {
                return kind(from - 2) == Token.Kind.NUMBER && tokens.get(from - 1).end() == tokens.get(from).start();
            }
            return b.equals(")") && kind(from - 2) == Token.Kind.NUMBER && low(from - 3).equals("("); // (021) 555
        }

        /** Whether the number at {@code from} follows {@code rose from}, {@code bertambah dari}. */
        boolean updatedFrom(int from) {
            String b = low(from - 1);
            return (b.equals("from") || b.equals("dari")) && rising(from - 2);
        }

        boolean rising(int at) {
            for (int k = at; k >= 0 && k >= at - 3; k--) {
                if (CountWords.RISING.contains(low[k])) {
                    return true;
                }
            }
            return false;
        }

        /** One person: seorang pria, satu pelaku, a 45-year-old man, wounding one, pria 45 tahun, Budi (45). */
        void addSingulars() {
            for (int i = 0; i < n; i++) {
                if (mentionAt[i] != null || tokens.get(i).kind() != Token.Kind.WORD) {
                    continue;
                }
                String w = low[i];
                Mention m = null;
                if (w.equals("salah") && CountWords.ONE_OF_ID.contains(low(i + 1))) {
                    int j = i + 2;
                    while (j < n && j - i <= 4 && nounWord(j)) {
                        j++;
                    }
                    m = single(i, j, i + 2, j); // salah satunya, salah seorang korban
                } else if (CountWords.COLLECTIVE.containsKey(w)) {
                    m = collective(i, CountWords.COLLECTIVE.get(w));
                } else if (CountWords.ONE_ID.contains(w)) {
                    m = oneIndonesian(i);
                } else if (CountWords.ONE_EN.contains(w)) {
                    m = oneEnglish(i);
                } else if (CountWords.PERSON_ID.contains(w) && ageEnd(i + 1) > i + 1) {
                    m = single(i, i + 1, i, i + 1);
                } else if (low(i + 1).equals("(") && ageEnd(i + 1) > i + 1 && capitalised(i)) {
                    int from = i;
                    while (from > 0 && i - from < 2 && capitalised(from - 1)) {
                        from--;
                    }
                    m = single(from, i + 1, -1, -1);
                } else if (startsWithDigit(w)) {
                    Matcher strong = STRONG.matcher(w);
                    if (strong.matches()) {
                        m = strong(i, strong.group(1));
                    }
                }
                if (m != null) {
                    mentions.add(m);
                    for (int k = m.from; k < m.to; k++) {
                        mentionAt[k] = m;
                    }
                    i = m.to - 1;
                }
            }
        }

        /**
         * A definite group of known size: {@code kedua korban}, {@code ketiga pelaku}, {@code both officers},
         * {@code keduanya}. Before a noun the ke- forms are collective, not ordinal ({@code korban ketiga} is).
         */
        Mention collective(int i, int size) {
            String w = low[i];
            boolean alone = w.endsWith("nya");
            int j = nounTrigger(i + 1) ? startAt[i + 1].to : i + 1;
            while (!alone && j < n && j - i <= 2 && nounWord(j)) {
                j++;
            }
            if (!alone && j == i + 1) {
                return null;
            }
            String who = j > i + 1 ? text.substring(tokens.get(i + 1).start(), tokens.get(j - 1).end()) : null;
            Mention m = new Mention(i, j, size, false, who, tokens.get(i).start(), tokens.get(j - 1).end());
            m.person = true;
            m.collective = true;
            return m;
        }

        /** Whether a casualty noun starts at {@code j}: kedua korban tewas, seorang korban luka. */
        boolean nounTrigger(int j) {
            return j < n && startAt[j] != null && startAt[j].entry().role() == Role.NOUN;
        }

        Mention oneIndonesian(int i) {
            int j = nounTrigger(i + 1) ? startAt[i + 1].to : i + 1;
            while (j < n && j - i <= 3 && nounWord(j)) {
                j++;
            }
            if (j == i + 1 && low[i].equals("satu")) {
                return null; // satu alone is "one of", "the same", not a person
            }
            return single(i, j, i + 1, j);
        }

        /** Whether token {@code j} may continue a noun phrase after seorang. */
        boolean nounWord(int j) {
            String w = low[j];
            if (tokens.get(j).kind() != Token.Kind.WORD || startAt[j] != null || mentionAt[j] != null
                    || CountWords.PHRASE_END.contains(w) || CountWords.BOUNDARIES.contains(w)
                    || CountWords.RIGHT_GAP.contains(w) || ageEnd(j) > j) {
                return false;
            }
            return !indonesianVerb(w) || CountWords.PERSON_ID.contains(w);
        }

        Mention oneEnglish(int i) {
            for (int j = i + 1; j < n && j - i <= 4; j++) {
                if (tokens.get(j).kind() != Token.Kind.WORD || startAt[j] != null || mentionAt[j] != null
                        || CountWords.BOUNDARIES.contains(low[j]) || CountWords.AUX.contains(low[j])
                        || CountWords.PHRASE_END_EN.contains(low[j])) {
                    break;
                }
                if (CountWords.PERSON_EN.contains(low[j])) {
                    return single(i, j + 1, i + 1, j + 1);
                }
            }
            boolean alone = i + 1 >= n || tokens.get(i + 1).kind() != Token.Kind.WORD
                    || CountWords.BOUNDARIES.contains(low[i + 1]);
            return low[i].equals("one") && alone ? single(i, i + 1, -1, -1) : null;
        }

        Mention single(int from, int to, int nounFrom, int nounTo) {
            String who = nounFrom >= 0 && nounTo > nounFrom
                    ? text.substring(tokens.get(nounFrom).start(), tokens.get(nounTo - 1).end()) : null;
            Mention m = new Mention(from, to, 1, false, who, tokens.get(from).start(), tokens.get(to - 1).end());
            m.person = true;
            m.singular = true;
            return m;
        }

        Mention strong(int i, String digits) {
            String plain = digits.replace(".", "").replace(",", "");
            if (plain.length() > 10) {
                return null; // not a force of people
            }
            long value = Long.parseLong(plain);
            String who = null;
            for (int k = i + 1; k < n && k <= i + 3 && who == null; k++) {
                boolean group = startAt[k] != null && startAt[k].entry().role() == Role.GROUP;
                if (group || CountWords.GROUPS.contains(low[k])) {
                    who = tokens.get(k).text(text); // an 800-strong Bangladeshi contingent
                }
            }
            Mention m = new Mention(i, i + 1, value, false, who, tokens.get(i).start(), tokens.get(i).end());
            m.person = true;
            m.strong = true;
            return m;
        }

        boolean capitalised(int i) {
            if (i < 0 || i >= n || tokens.get(i).kind() != Token.Kind.WORD) {
                return false;
            }
            String raw = tokens.get(i).text(text);
            return Character.isUpperCase(raw.charAt(0));
        }

        /** The token after an age starting at {@code j} (45 tahun, berusia 45 tahun, (45), 45-year-old, , 45,). */
        int ageEnd(int j) {
            if (j >= n) {
                return -1;
            }
            String w = low[j];
            if (startsWithDigit(w) && YEAR_OLD.matcher(w).matches()) {
                return j + 1;
            }
            int k = CountWords.AGE_BEFORE.contains(w) ? j + 1 : j;
            if (kind(k) == Token.Kind.NUMBER && (k > j || low(k + 1).equals("tahun"))) {
                int e = k + 1;
                if (low(e).equals("tahun") || low(e).equals("years") || low(e).equals("year")) {
                    e++;
                    if (low(e).equals("old")) {
                        e++;
                    }
                }
                return e;
            }
            boolean paren = w.equals("(") && low(j + 2).equals(")");
            boolean commas = w.equals(",") && low(j + 2).equals(",");
            if ((paren || commas) && kind(j + 1) == Token.Kind.NUMBER && low(j + 1).length() <= 3) {
                return j + 3;
            }
            return -1;
        }

        // ---- parts of totals and old figures ----

        boolean subsetMarked(Mention m) {
            int j = m.from - 1;
            while (j >= 0 && CountWords.LEFT_FILLERS.contains(low[j]) && m.from - j <= 2) {
                j--;
            }
            String b = low(j);
            if (CountWords.SUBSET_BEFORE.contains(b) || b.equals("masing-masing") || b.equals("respectively")) {
                return true;
            }
            String b2 = low(j - 1);
            if ((b.equals("atas") || b.equals("dari") || b.equals("of")) && (b2.equals("terdiri")
                    || b2.equals("consisting"))) {
                return true;
            }
            return ofThemEnd(m.to) > m.to;
        }

        /** The token after {@code di antaranya}, {@code of them}, {@code of whom} starting at {@code j}, or -1. */
        int ofThemEnd(int j) {
            String a = low(j);
            String a2 = low(j + 1);
            if (a.equals("diantaranya")) {
                return j + 1;
            }
            return a.equals("di") && a2.equals("antaranya")
                    || (a.equals("of") || a.equals("among")) && (a2.equals("them") || a2.equals("whom")) ? j + 2 : -1;
        }

        /** Whether {@code m} is the old figure of {@code bertambah dari 12 menjadi 20}. */
        boolean previousFigure(Mention m) {
            if (!updatedFrom(m.from)) {
                return false;
            }
            String a = low(m.to);
            return (a.equals("menjadi") || a.equals("to") || a.equals("hingga")) && mentionAt(m.to + 1) != null;
        }

        // ---- attachment ----

        void attach(Mention m) {
            if (!m.strong) {
                for (int k = m.from; k < m.to; k++) {
                    Trig t = startAt[k];
                    if (t != null && t.to <= m.to && (t.entry().role() == Role.STATE
                            || t.entry().role() == Role.BOTH || t.entry().role() == Role.NOUN
                            || t.entry().role() == Role.MIXED)) {
                        m.trig = t; // 20 korban tewas, 20 dead, 40 injured
                        m.side = Side.UNIT;
                        return;
                    }
                }
            }
            int[] rightGap = {0};
            int[] leftGap = {0};
            boolean[] copula = {false};
            Trig right = rightTrigger(m, rightGap);
            Trig left = leftTrigger(m, leftGap, copula);
            if (left != null && (right == null || leftGap[0] <= rightGap[0])) {
                m.trig = left;
                m.side = Side.LEFT;
                Role r = left.entry().role();
                m.toll = r == Role.NOUN || copula[0] && (r == Role.STATE || r == Role.BOTH);
            } else if (right != null) {
                m.trig = right;
                m.side = Side.RIGHT;
            }
        }

        /** The state word after {@code m} that says what happened to it, or null. */
        Trig rightTrigger(Mention m, int[] gap) {
            int j = m.to;
            boolean aux = false;
            boolean becomes = false;
            int modifiers = 0;
            while (j < n && gap[0] <= RIGHT_GAP_MAX) {
                Trig t = startAt[j];
                if (t != null) {
                    Role r = t.entry().role();
                    if (r == Role.STATE && (!t.entry().needsAux() || aux) || r == Role.MIXED
                            || r == Role.BOTH && (aux || passiveAfter(t.to))
                            || r == Role.NOUN && becomes) {
                        return t;
                    }
                    return null;
                }
                int age = ageEnd(j);
                if (age > j) {
                    j = age;
                    continue;
                }
                if (mentionAt[j] != null) {
                    return null;
                }
                String w = low[j];
                if (CountWords.RIGHT_GAP.contains(w) || w.length() > 4 && w.endsWith("ly")
                        && kind(j) == Token.Kind.WORD) {
                    aux |= CountWords.AUX.contains(w);
                    becomes |= w.equals("menjadi") || w.equals("became");
                    j++;
                    gap[0]++;
                    continue;
                }
                if (j - m.to == modifiers && modifiers < 2 && modifier(j)) {
                    modifiers++; // Dua anggota Brimob gugur, 5 orang warga desa tewas
                    j++;
                    gap[0]++;
                    continue;
                }
                int of = ofThemEnd(j);
                if (of > j) {
                    j = of; // dua di antaranya ditahan, three of them died
                    continue;
                }
                if (w.equals("of") && CountWords.OF_DETERMINERS.contains(low(j + 1))) {
                    int k = j + 2;
                    while (k < n && k - j <= 3 && modifier(k)) {
                        k++;
                    }
                    gap[0] += k - j;
                    j = k; // 4 of its soldiers died
                    continue;
                }
                int aside = asideEnd(j);
                if (aside > j) {
                    j = aside;
                    continue;
                }
                return null;
            }
            return null;
        }

        /** Whether token {@code j} may be a word qualifying the counted noun (a name, a noun, not a verb). */
        boolean modifier(int j) {
            if (kind(j) != Token.Kind.WORD || startAt[j] != null || mentionAt[j] != null) {
                return false;
            }
            String w = low[j];
            if (CountWords.BOUNDARIES.contains(w) || CountWords.PHRASE_END.contains(w)
                    || CountWords.PHRASE_END_EN.contains(w) || CountWords.RIGHT_GAP.contains(w)
                    || CountWords.AUX.contains(w)) {
                return false;
            }
            return !indonesianVerb(w) && !w.endsWith("ed") && !w.endsWith("ing");
        }

        /** Whether {@code w} looks like an Indonesian verb by its prefix (menewaskan, ditangkap, berkumpul). */
        static boolean indonesianVerb(String w) {
            return w.length() > 5 && (w.startsWith("me") || w.startsWith("di") || w.startsWith("ber")
                    || w.startsWith("ter")) && !CountWords.PREFIXED_NOUNS.contains(w);
        }

        /** After {@code , termasuk 3 anak-anak,} or {@code (3 di antaranya anak-anak)}: the token after it. */
        int asideEnd(int j) {
            String w = low[j];
            boolean paren = w.equals("(");
            if (!paren && !(w.equals(",") && (CountWords.SUBSET_BEFORE.contains(low(j + 1))
                    || CountWords.ASIDE.contains(low(j + 1))
                    || mentionAt(j + 1) != null && mentionAt(j + 1).subset))) {
                return -1;
            }
            for (int k = j + 1; k < n && k - j <= 12; k++) {
                if (paren ? low[k].equals(")") : low[k].equals(",")) {
                    return k + 1;
                }
                if (low[k].equals(";") || low[k].equals(".")) {
                    return -1;
                }
            }
            return -1;
        }

        /** Whether an English participle ending before {@code j} has no object, so reads as passive. */
        boolean passiveAfter(int j) {
            return j >= n || tokens.get(j).kind() != Token.Kind.WORD && tokens.get(j).kind() != Token.Kind.NUMBER
                    || CountWords.PASSIVE_FOLLOW.contains(low[j]);
        }

        /** The word before {@code m} that governs it (an active verb, a casualty noun, a total), or null. */
        Trig leftTrigger(Mention m, int[] gap, boolean[] copula) {
            for (int k = m.from; k < m.to && kind(k) == Token.Kind.WORD && k - m.from < 3; k++) {
                copula[0] |= CountWords.COPULAS.contains(low[k]); // diperkirakan mencapai 1.000 orang
            }
            int j = m.from - 1;
            while (j >= 0 && gap[0] <= LEFT_GAP_MAX) {
                Trig t = endAt[j];
                if (t != null) {
                    Role r = t.entry().role();
                    if (r == Role.ACTIVE || r == Role.BOTH && !copula[0] || r == Role.NOUN || r == Role.MIXED
                            || r == Role.GROUP && copula[0]
                            || copula[0] && (r == Role.STATE || r == Role.BOTH) && !claimed(t)) {
                        return t;
                    }
                    return null;
                }
                Mention o = mentionAt[j];
                if (o != null) {
                    if (!o.previous && !(copula[0] && !o.person)) {
                        return null; // a tally may name things on the way: korban tewas di 12 kabupaten mencapai
                    }
                    j = o.from - 1;
                    gap[0]++;
                    continue;
                }
                String w = low[j];
                if (CountWords.COPULAS.contains(w) || (w.equals("from") || w.equals("dari")) && rising(j - 1)) {
                    copula[0] = true;
                } else if (!(copula[0] ? inTally(j) : CountWords.LEFT_FILLERS.contains(w) && gap[0] < 3)) {
                    return null;
                }
                j--;
                gap[0]++;
            }
            return null;
        }

        /**
         * Whether a number before state word {@code t} is its subject ({@code tiga orang tewas}), so that the word
         * does not name a total after it ({@code warga yang tewas mencapai 20 orang}).
         */
        boolean claimed(Trig t) {
            int k = t.from - 1;
            while (k >= 0 && t.from - k <= 4 && (CountWords.RIGHT_GAP.contains(low[k]) && !low[k].equals("yang")
                    || modifier(k))) {
                k--;
            }
            return mentionAt(k) != null;
        }

        /** Whether token {@code j} may stand between a total and its copula (dalam kerusuhan itu, from Monday's). */
        boolean inTally(int j) {
            Token.Kind k = tokens.get(j).kind();
            if (k == Token.Kind.PUNCT) {
                return low[j].equals("'") || low[j].equals("\u2019");
            }
            return k == Token.Kind.WORD && !CountWords.BOUNDARIES.contains(low[j]);
        }

        /**
         * Which mentions are listed together: {@code link[k]} when mention {@code k} and {@code k+1} are joined by
         * {@code dan}, {@code and}, {@code serta}, or by a comma in a list that ends with one of those.
         */
        boolean[] links() {
            int size = mentions.size();
            boolean[] link = new boolean[Math.max(0, size - 1)];
            boolean[] conj = new boolean[link.length];
            for (int k = 0; k + 1 < size; k++) {
                int a = mentions.get(k).to;
                int b = mentions.get(k + 1).from;
                while (b > a && CountWords.LEFT_FILLERS.contains(low[b - 1])) {
                    b--;
                }
                if (b - a == 1 && low[a].equals(",")) {
                    link[k] = true;
                } else if (b - a == 1 && conjunction(low[a])
                        || b - a == 2 && low[a].equals(",") && conjunction(low[a + 1])) {
                    link[k] = true;
                    conj[k] = true;
                }
            }
            // A comma joins only inside a list that a conjunction closes: "menewaskan 5 orang, 20 ribu warga
            // mengungsi" lists nothing.
            boolean closed = false;
            for (int k = link.length - 1; k >= 0; k--) {
                closed = link[k] && (conj[k] || closed);
                link[k] = closed;
            }
            return link;
        }

        static boolean conjunction(String w) {
            return w.equals("dan") || w.equals("and") || w.equals("serta") || w.equals("&");
        }

        /** Numbers of a list without a word of their own take the list's: the last one's after, the first's before. */
        void shareAlongLists(boolean[] link) {
            for (int k = link.length - 1; k >= 0; k--) {
                Mention m = mentions.get(k);
                Mention next = mentions.get(k + 1);
                if (link[k] && m.trig == null && (next.side == Side.RIGHT || next.side == Side.RIGHT_LIST)) {
                    m.trig = next.trig;
                    m.side = Side.RIGHT_LIST;
                }
            }
            for (int k = 0; k < link.length; k++) {
                Mention m = mentions.get(k);
                Mention next = mentions.get(k + 1);
                if (link[k] && next.trig == null && (m.side == Side.LEFT || m.side == Side.LEFT_LIST)) {
                    next.trig = m.trig;
                    next.side = Side.LEFT_LIST;
                    next.toll = m.toll;
                }
            }
        }

        // ---- counts ----

        /**
         * A count per mention that counts people, with whether it stands for the whole of its kind (a total, or a
         * group's size) and the list it belongs to.
         */
        private record Found(Count count, boolean whole, int group) {
        }

        List<Found> emit() {
            List<Found> out = new ArrayList<>();
            EnumSet<Count.Kind> counted = EnumSet.noneOf(Count.Kind.class);
            for (Mention m : mentions) {
                boolean own = m.side == Side.LEFT || m.side == Side.RIGHT || m.side == Side.UNIT;
                if (!m.person || m.previous || m.subset && !(own && !counted.contains(m.trig.entry().kind()))) {
                    continue; // a part of a total already counted, unless its own word counts it otherwise
                }
                Count.Kind kind = null;
                if (m.trig != null) {
                    Entry e = m.trig.entry();
                    if (e.role() == Role.GROUP) {
                        kind = m.singular ? null : Count.Kind.SIZE;
                    } else if (!m.strong && (!e.needsNoun() || m.singular || m.collective || m.subset
                            || personNoun(m.who))) {
                        kind = e.kind();
                    }
                } else if (!m.singular && (m.strong || m.groupNoun || m.peopleNoun && cueNear(m))) {
                    kind = Count.Kind.SIZE;
                }
                if (kind != null) {
                    Count c = new Count(kind, m.value, m.approximate, m.who, m.start, m.end);
                    out.add(new Found(c, m.toll || kind == Count.Kind.SIZE, m.group));
                    counted.add(kind);
                }
            }
            for (Trig t : trigs) {
                if (t.entry().role() == Role.ZERO) {
                    Count c = new Count(t.entry().kind(), 0, false, null, tokens.get(t.from).start(),
                            tokens.get(t.to - 1).end());
                    out.add(new Found(c, false, -1));
                }
            }
            return out;
        }

        /** Whether the counted noun {@code who} names people: orang, pelaku, protesters, police officers. */
        static boolean personNoun(String who) {
            if (who == null) {
                return false;
            }
            String w = who.toLowerCase(Locale.ROOT);
            String[] words = w.split(" ");
            String first = words[0];
            String last = words[words.length - 1];
            String singular = last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
            return CountWords.GROUPS.contains(w) || CountWords.GROUPS.contains(first)
                    || CountWords.PEOPLE.contains(w) || CountWords.PEOPLE.contains(first)
                    || CountWords.PERSON_ID.contains(first) || CountWords.PERSON_EN.contains(singular)
                    || CountWords.PERSON_EN.contains(last);
        }

        /** Whether a word of gathering stands within a few tokens of {@code m}, with no semicolon between. */
        boolean cueNear(Mention m) {
            for (int k = m.from - 1; k >= 0 && m.from - k <= CUE_WINDOW && !low[k].equals(";"); k--) {
                if (startAt[k] != null && startAt[k].entry().role() == Role.CUE) {
                    return true;
                }
            }
            for (int k = m.to; k < n && k - m.to < CUE_WINDOW && !low[k].equals(";"); k++) {
                if (startAt[k] != null && startAt[k].entry().role() == Role.CUE) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Per kind, a total stated in the sentence replaces the other counts of its kind, unless they add up to it
         * exactly (then they are its breakdown and stay instead). The largest total wins; a total listed in parts
         * ({@code korban tewas mencapai 30 pengunjuk rasa dan 18 polisi}) is their sum. Sizes of different groups
         * are not added either: the crowd and the police watching it are two groups, and the largest stands; a
         * list ({@code 500 mahasiswa dan 300 buruh}) is one group.
         */
        List<Count> tolls(List<Found> found) {
            List<Count> out = new ArrayList<>();
            for (Count.Kind kind : Count.Kind.values()) {
                Map<Integer, Long> totals = new HashMap<>();
                long parts = 0;
                int partCount = 0;
                for (Found f : found) {
                    if (f.count().kind() != kind) {
                        continue;
                    }
                    if (f.whole()) {
                        totals.merge(f.group(), f.count().value(), Long::sum);
                    } else {
                        parts += f.count().value();
                        partCount++;
                    }
                }
                int best = -1;
                long bestTotal = -1;
                for (Found f : found) {
                    if (f.count().kind() == kind && f.whole() && totals.get(f.group()) > bestTotal) {
                        best = f.group();
                        bestTotal = totals.get(best);
                    }
                }
                boolean keepParts = best < 0 || partCount > 0 && parts == bestTotal;
                for (Found f : found) {
                    if (f.count().kind() == kind && (keepParts ? !f.whole() : f.whole() && f.group() == best)) {
                        out.add(f.count());
                    }
                }
            }
            return out;
        }

        // ---- helpers ----

        int tokenAtOrAfter(int offset) {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        boolean overlapsMention(int from, int to) {
            for (int k = from; k < to; k++) {
                if (mentionAt[k] != null) {
                    return true;
                }
            }
            return false;
        }

        static boolean startsWithDigit(String w) {
            return !w.isEmpty() && w.charAt(0) >= '0' && w.charAt(0) <= '9';
        }

        String low(int i) {
            return i >= 0 && i < n ? low[i] : "";
        }

        Token.Kind kind(int i) {
            return i >= 0 && i < n ? tokens.get(i).kind() : null;
        }

        Mention mentionAt(int i) {
            return i >= 0 && i < n ? mentionAt[i] : null;
        }
    }
}
