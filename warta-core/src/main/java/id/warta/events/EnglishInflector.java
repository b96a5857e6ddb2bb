package id.warta.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inflected forms of English verbs and the plurals of English nouns, for the lexicon builders: third person
 * ({@code sends}), present participle ({@code sending}), past and past participle ({@code sent}), regular
 * plurals ({@code armies}). Spelling rules and the list of irregular verbs are facts of English, written for
 * Warta. Words are given and returned in lower case.
 */
final class EnglishInflector {

    /** Irregular verbs: base, then past and past participle forms (one or several, {@code |}-separated). */
    private static final String IRREGULAR = """
            arise arose|arisen
            awake awoke|awoken
            be was|were|been
            bear bore|borne|born
            beat beat|beaten
            become became|become
            befall befell|befallen
            begin began|begun
            behold beheld
            bend bent
            beset beset
            bet bet
            bid bid|bade|bidden
            bind bound
            bite bit|bitten
            bleed bled
            blow blew|blown
            break broke|broken
            breed bred
            bring brought
            broadcast broadcast|broadcasted
            build built
            burn burned|burnt
            burst burst
            buy bought
            cast cast
            catch caught
            choose chose|chosen
            cling clung
            come came|come
            cost cost
            creep crept
            cut cut
            deal dealt
            dig dug
            do did|done
            draw drew|drawn
            dream dreamed|dreamt
            drink drank|drunk
            drive drove|driven
            dwell dwelt|dwelled
            eat ate|eaten
            fall fell|fallen
            feed fed
            feel felt
            fight fought
            find found
            flee fled
            fling flung
            fly flew|flown
            forbid forbade|forbidden
            forecast forecast|forecasted
            foresee foresaw|foreseen
            forget forgot|forgotten
            forgive forgave|forgiven
            forsake forsook|forsaken
            freeze froze|frozen
            get got|gotten
            give gave|given
            go went|gone
            grind ground
            grow grew|grown
            hang hung|hanged
            have had
            hear heard
            hide hid|hidden
            hit hit
            hold held
            hurt hurt
            keep kept
            kneel knelt|kneeled
            know knew|known
            lay laid
            lead led
            lean leaned|leant
            leap leaped|leapt
            learn learned|learnt
            leave left
            lend lent
            let let
            lie lay|lain
            light lit|lighted
            lose lost
            make made
            mean meant
            meet met
            mislead misled
            mistake mistook|mistaken
            overcome overcame|overcome
            overhear overheard
            override overrode|overridden
            overrun overran|overrun
            oversee oversaw|overseen
            overtake overtook|overtaken
            overthrow overthrew|overthrown
            pay paid
            put put
            quit quit|quitted
            read read
            rebuild rebuilt
            rend rent
            repay repaid
            reset reset
            retake retook|retaken
            rethink rethought
            rewrite rewrote|rewritten
            rid rid
            ride rode|ridden
            ring rang|rung
            rise rose|risen
            run ran|run
            say said
            see saw|seen
            seek sought
            sell sold
            send sent
            set set
            shake shook|shaken
            shed shed
            shine shone|shined
            shoot shot
            show showed|shown
            shrink shrank|shrunk
            shut shut
            sing sang|sung
            sink sank|sunk
            sit sat
            slay slew|slain
            sleep slept
            slide slid
            sling slung
            slit slit
            speak spoke|spoken
            speed sped|speeded
            spend spent
            spill spilled|spilt
            spin spun
            spit spat|spit
            split split
            spoil spoiled|spoilt
            spread spread
            spring sprang|sprung
            stand stood
            steal stole|stolen
            stick stuck
            sting stung
            stride strode|stridden
            strike struck|stricken
            string strung
            strive strove|striven|strived
            swear swore|sworn
            sweep swept
            swell swelled|swollen
            swim swam|swum
            swing swung
            take took|taken
            teach taught
            tear tore|torn
            tell told
            think thought
            throw threw|thrown
            thrust thrust
            tread trod|trodden
            undergo underwent|undergone
            understand understood
            undertake undertook|undertaken
            undo undid|undone
            uphold upheld
            upset upset
            wake woke|woken
            wear wore|worn
            weave wove|woven
            weep wept
            win won
            wind wound
            withdraw withdrew|withdrawn
            withhold withheld
            withstand withstood
            wring wrung
            write wrote|written
            """;

    /**
     * Verbs of two or more syllables stressed on the last, which double their final consonant like monosyllables
     * do ({@code committed}, {@code patrolled}); others do not ({@code visited}, {@code opened}).
     */
    private static final Set<String> FINAL_STRESS = Set.of(
            "abet", "acquit", "admit", "allot", "annul", "begin", "commit", "compel", "concur", "confer", "control",
            "deter", "defer", "dispel", "embed", "emit", "enrol", "equip", "excel", "expel", "extol", "forget",
            "impel", "incur", "infer", "instil", "occur", "omit", "outfit", "patrol", "permit", "prefer", "propel",
            "rebel", "recur", "refer", "regret", "remit", "repel", "submit", "transfer", "transmit", "unpin",
            "upset");

    private static final Map<String, List<String>> PAST = new HashMap<>();

    static {
        for (String line : IRREGULAR.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.trim().split(" ");
            PAST.put(f[0], List.of(f[1].split("\\|")));
        }
    }

    private EnglishInflector() {
    }

    /** Whether {@code verb} is irregular: its past forms are listed, not made by rule. */
    static boolean isIrregular(String verb) {
        return PAST.containsKey(verb);
    }

    /** The third person singular: {@code sends}, {@code pushes}, {@code carries}, {@code goes}. */
    static String thirdPerson(String verb) {
        if (verb.equals("be")) {
            return "is";
        }
        if (verb.equals("have")) {
            return "has";
        }
        return sibilantPlural(verb);
    }

    /** The present participle: {@code sending}, {@code imposing}, {@code dying}, {@code stopping}. */
    static String presentParticiple(String verb) {
        if (verb.endsWith("ie")) {
            return verb.substring(0, verb.length() - 2) + "ying";
        }
        if (verb.endsWith("e") && verb.length() > 2 && !verb.endsWith("ee") && !verb.endsWith("ye")
                && !verb.endsWith("oe") && !verb.equals("be")) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        if (verb.endsWith("c")) {
            return verb + "king"; // panic, panicking
        }
        return (doublesFinal(verb) ? verb + last(verb) : verb) + "ing";
    }

    /** The past and past participle forms: irregular ones from the list, else {@code -ed} by the spelling rules. */
    static List<String> past(String verb) {
        List<String> irregular = PAST.get(verb);
        if (irregular != null) {
            return irregular;
        }
        return List.of(regularPast(verb));
    }

    /** The {@code -ed} form: {@code imposed}, {@code carried}, {@code stopped}, {@code panicked}. */
    static String regularPast(String verb) {
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        if (verb.length() > 1 && verb.endsWith("y") && !isVowel(verb.charAt(verb.length() - 2))) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        if (verb.endsWith("c")) {
            return verb + "ked";
        }
        return (doublesFinal(verb) ? verb + last(verb) : verb) + "ed";
    }

    /** Nouns in {@code -o} that take {@code -es}; the others take {@code -s} (pesos, photos, radios). */
    private static final Set<String> O_ES = Set.of("hero", "veto", "embargo", "torpedo", "echo", "potato",
            "tomato", "volcano", "tornado", "mosquito", "cargo");

    /** The regular plural: {@code troops} stays, {@code army} armies, {@code crash} crashes, {@code ally} allies. */
    static String plural(String noun) {
        if (noun.endsWith("s") && !noun.endsWith("ss")) {
            return noun; // already plural, or a word that has none (news, series)
        }
        if (noun.endsWith("o") && !O_ES.contains(noun)) {
            return noun + "s";
        }
        return sibilantPlural(noun);
    }

    private static String sibilantPlural(String word) {
        int n = word.length();
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch")
                || word.endsWith("sh") || n > 1 && word.endsWith("o") && !isVowel(word.charAt(n - 2))) {
            return word + "es";
        }
        if (n > 1 && word.endsWith("y") && !isVowel(word.charAt(n - 2))) {
            return word.substring(0, n - 1) + "ies";
        }
        return word + "s";
    }

    /**
     * Whether the final consonant doubles before {@code -ed}/{@code -ing}: one vowel before one final consonant
     * (not w, x or y) in a monosyllable or a verb stressed on its last syllable.
     */
    private static boolean doublesFinal(String verb) {
        int n = verb.length();
        if (n < 3) {
            return false;
        }
        char c = verb.charAt(n - 1);
        char v = verb.charAt(n - 2);
        char before = verb.charAt(n - 3);
        if (isVowel(c) || c == 'w' || c == 'x' || c == 'y' || !isVowel(v) || isVowel(before)) {
            return false;
        }
        if (before == 'q' && v == 'u') {
            return false;
        }
        return syllables(verb) == 1 || FINAL_STRESS.contains(verb) || endsWithStressed(verb);
    }

    /** Compounds of a final-stress verb ({@code recommit}, {@code resubmit}) double as the verb does. */
    private static boolean endsWithStressed(String verb) {
        for (String prefix : List.of("re", "un", "out", "over", "under", "mis", "pre")) {
            if (verb.startsWith(prefix) && FINAL_STRESS.contains(verb.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    private static int syllables(String word) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < word.length(); i++) {
            boolean v = isVowel(word.charAt(i)) || word.charAt(i) == 'y' && i > 0;
            if (v && !inVowel) {
                groups++;
            }
            inVowel = v;
        }
        if (word.endsWith("e") && groups > 1 && !word.endsWith("le")) {
            groups--; // silent final e: "rate", "raid" count alike
        }
        return groups;
    }

    private static char last(String word) {
        return word.charAt(word.length() - 1);
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(Character.toLowerCase(c)) >= 0;
    }

    /** {@code word} in lower case, for callers reading upper-case dictionaries. */
    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
