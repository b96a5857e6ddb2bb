package id.warta.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the English trigger table ({@code triggers-en.tsv}, read by {@link TriggerLexicon}) from the PETRARCH2
 * CAMEO verb dictionary, mapping each CAMEO code to PLOVER through the CAMEO table of {@code ../shared/events}.
 *
 * <p>The dictionary's verb blocks become blocks of the table: each verb with its inflections (the dictionary's
 * own irregular forms where it gives them, else {@link EnglishInflector}), each pattern simplified to what a
 * token matcher can check: the words and phrases after the verb ({@code * (TO BORDER)}: {@code to ... border}),
 * or before it ({@code &MILITARY *}), each a piece that may stand a few words from the last. Noun phrases
 * ({@code {HUMANITARIAN AID}}) stay contiguous and take their regular plural; source, target and compound slots
 * ({@code $ + % ^}) are dropped. Patterns that simplify alike but carry different codes keep the code most of
 * them carry (the first on a tie).
 *
 * <p>Left out: patterns coded only for the reverse direction ({@code [:110]}), patterns that are nothing but
 * slots, patterns naming an undefined synonym set, and codes outside CAMEO (the dictionary's test codes). CAMEO
 * statements (01) have no PLOVER event: their patterns stay as blockers, so that {@code said} or
 * {@code impose taxes} code nothing. CAMEO appeals (02) are unmapped in PLOVER's CAMEO table, yet PLOVER's
 * REQUEST is "all requests, demands, and orders": they become REQUEST with the mode of the corresponding demand
 * (10).
 *
 * <p>The output depends only on the input files, so a rebuild reproduces the shipped table byte for byte.
 */
final class CameoVerbs {

    static final String DICTIONARY = "events/petrarch2/dictionaries/CAMEO.2.0.txt";
    static final String CAMEO_TABLE = "events/cameo/cameo_eventcodes.tsv";
    static final String PLOVER = "events/plover/plover_categories.json";

    /** More alternatives than this in one expanded noun phrase: the pattern is too vague to keep. */
    private static final int MAX_ALTERNATIVES = 400;

    private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\].*");
    private static final Pattern VERB = Pattern.compile(
            "^(\\+?[A-Z][A-Z0-9_'\\-]*)\\s*(\\{[^}]*\\})?\\s*(\\[[^\\]]*\\])?.*");

    /** Words that never take a plural in a pattern: prepositions, particles, determiners, pronouns. */
    private static final Set<String> CLOSED = Set.of(
            "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "over",
            "under", "against", "about", "after", "before", "behind", "between", "among", "through", "across",
            "along", "around", "toward", "towards", "up", "down", "out", "off", "away", "back", "forward", "aside",
            "together", "apart", "upon", "within", "without", "as", "and", "or", "not", "no", "his", "her", "its",
            "their", "him", "them", "it", "this", "that", "these", "those", "himself", "herself", "itself",
            "themselves", "new", "more", "all", "any", "some", "such", "further", "free", "ablaze", "afire",
            "open", "ahead", "again", "until", "near", "via", "per", "than", "home", "abroad", "asunder", "short",
            "loose", "clear", "full", "own", "other", "each", "every", "both", "one", "two", "three", "first",
            "mock", "joint", "economic", "military", "diplomatic", "political", "public", "official", "formal",
            "humanitarian", "financial", "medical", "foreign", "international", "national", "nuclear",
            "unilateral", "bilateral", "peaceful", "violent", "armed", "hostile", "friendly", "positive",
            "negative", "real", "final", "fresh", "hard", "strong", "direct", "high", "low", "heavy", "light",
            "when", "where", "while", "if", "whether", "because", "since", "despite", "during", "amid", "then",
            "there", "here", "very", "also", "only", "still", "yet", "even", "just", "now", "ever", "never", "who",
            "which", "what", "how", "why", "being", "be", "is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "may", "might", "should", "must", "do", "does", "did", "small", "large",
            "big", "old", "little", "much", "many", "few", "most", "least", "less", "well", "soon", "later");

    /**
     * Where the PLOVER manual's definitions overrule the 2021 CAMEO to PLOVER table: international sanctions are
     * SANCTION's mode discontinue (the table has COERCE), a conviction is SANCTION's mode convict (the table has
     * ACCUSE), and ASSAULT's modes name what the table leaves unnamed or names with a mode PLOVER does not have:
     * destroy for destroying property, targeted for assassinations and massacres, aerial for air weapons,
     * explosives for bombings other than suicide attacks; a military retreat is RETREAT's mode withdraw; easing a
     * curfew or a state of emergency is a CONCEDE, as easing other administrative restrictions is (the table has
     * RETREAT; the manual's CONCEDE covers "removing curfews").
     */
    private static final Map<String, String[]> MANUAL = Map.ofEntries(
            Map.entry("183", new String[] {"ASSAULT", "explosives"}),
            Map.entry("163", new String[] {"SANCTION", "discontinue"}),
            Map.entry("116", new String[] {"SANCTION", "convict"}),
            Map.entry("1712", new String[] {"ASSAULT", "destroy"}),
            Map.entry("185", new String[] {"ASSAULT", "targeted"}),
            Map.entry("186", new String[] {"ASSAULT", "targeted"}),
            Map.entry("200", new String[] {"ASSAULT", "targeted"}),
            Map.entry("202", new String[] {"ASSAULT", "targeted"}),
            Map.entry("195", new String[] {"ASSAULT", "aerial"}),
            Map.entry("0874", new String[] {"RETREAT", "withdraw"}),
            Map.entry("0813", new String[] {"CONCEDE", ""}),
            Map.entry("0814", new String[] {"CONCEDE", ""}));

    /**
     * The kind of number a verb reports (its victims, those it arrests), for the verbs that report one; facts of
     * English, not in the dictionary.
     */
    private static final Map<String, String> COUNTS = Map.ofEntries(
            Map.entry("kill", "killed"), Map.entry("murder", "killed"), Map.entry("slay", "killed"),
            Map.entry("massacre", "killed"), Map.entry("slaughter", "killed"), Map.entry("butcher", "killed"),
            Map.entry("behead", "killed"), Map.entry("decapitate", "killed"), Map.entry("assassinate", "killed"),
            Map.entry("die", "killed"), Map.entry("execute", "killed"), Map.entry("wound", "injured"),
            Map.entry("injure", "injured"), Map.entry("hurt", "injured"), Map.entry("maim", "injured"),
            Map.entry("arrest", "arrested"), Map.entry("detain", "arrested"), Map.entry("apprehend", "arrested"),
            Map.entry("imprison", "arrested"), Map.entry("jail", "arrested"), Map.entry("round up", "arrested"),
            Map.entry("re-arrest", "arrested"), Map.entry("nab", "arrested"));

    /** Synsets naming armed forces: a number before them in a mobilisation or aid pattern is its size. */
    private static final Set<String> FORCES = Set.of("&MILITARY", "&PKO");

    /** PLOVER request modes for CAMEO appeals (02), following the demand (10) each mirrors. */
    private static final Map<String, String> APPEAL_MODES = Map.of(
            "021", "assist", "022", "assist", "023", "assist", "024", "change", "025", "yield", "026", "meet",
            "027", "meet", "028", "meet");

    private final Map<String, String[]> cameo = new HashMap<>(); // code -> {event, mode}
    private final Map<String, Boolean> needsRecipient = new HashMap<>();
    private final Map<String, List<String>> synsets = new LinkedHashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    /** Each verb's explicit forms wherever the dictionary gives them, by lemma. */
    private final Map<String, List<String>> explicitForms = new HashMap<>();
    private final Map<String, Integer> skipped = new TreeMap<>();

    private CameoVerbs() {
    }

    /** The table built from the shared data folder. */
    static String build(Path shared) throws IOException {
        CameoVerbs b = new CameoVerbs();
        b.readCameo(shared.resolve(CAMEO_TABLE));
        b.readPlover(shared.resolve(PLOVER));
        b.readDictionary(Files.readAllLines(shared.resolve(DICTIONARY), StandardCharsets.ISO_8859_1));
        return b.write();
    }

    private static final class Block {
        final String name;
        final String code;
        final List<String[]> verbs = new ArrayList<>(); // {lemma, own code or null}
        final List<String[]> patterns = new ArrayList<>(); // {before, after, code}

        Block(String name, String code) {
            this.name = name;
            this.code = code;
        }
    }

    private void readCameo(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] head = lines.get(0).split("\t", -1);
        int code = column(head, "cameo_code");
        int event = column(head, "plover_event");
        int mode = column(head, "plover_mode");
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            cameo.put(f[code], new String[] {f[event].trim(), f[mode].trim()});
        }
    }

    private static int column(String[] head, String name) {
        for (int i = 0; i < head.length; i++) {
            if (head[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + name + " in the CAMEO table");
    }

    private final Map<String, Set<String>> modes = new HashMap<>();

    private void readPlover(Path file) throws IOException {
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(file.toFile());
        for (com.fasterxml.jackson.databind.JsonNode c : root.get("event_categories")) {
            String event = c.get("event").asText();
            needsRecipient.put(event, c.get("requires_recipient").asBoolean());
            Set<String> m = new HashSet<>();
            for (com.fasterxml.jackson.databind.JsonNode mode : c.get("modes")) {
                m.add(mode.get("mode").asText());
            }
            modes.put(event, m);
        }
        if (!modes.equals(TriggerLexicon.MODES)) {
            throw new IllegalStateException("PLOVER categories and modes differ from Warta's: " + modes);
        }
    }

    private void readDictionary(List<String> lines) {
        boolean verbs = false;
        String synset = null;
        Block block = null;
        for (String raw : lines) {
            String line = stripComment(raw);
            if (raw.startsWith("####### VERB PATTERNS")) {
                verbs = true;
                continue;
            }
            if (raw.startsWith("######## TRANSFORMATIONS")) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            if (!verbs) {
                if (line.startsWith("&")) {
                    synset = line.trim();
                    synsets.put(synset, new ArrayList<>());
                } else if (line.startsWith("+") && synset != null) {
                    String phrase = line.substring(1).trim();
                    boolean noPlural = synset.endsWith("_") || phrase.endsWith("_");
                    String words = words(phrase);
                    add(synsets.get(synset), words);
                    if (!noPlural) {
                        add(synsets.get(synset), pluralOfPhrase(words));
                    }
                }
                continue;
            }
            Matcher m = BLOCK.matcher(line);
            if (m.matches()) {
                block = new Block(m.group(1), code(m.group(2)));
                blocks.add(block);
            } else if (line.startsWith("-")) {
                if (block != null) {
                    pattern(block, line);
                }
            } else if (block != null) {
                verb(block, line.trim());
            }
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        String s = hash >= 0 ? line.substring(0, hash) : line;
        int semi = s.indexOf(';');
        return semi >= 0 ? s.substring(0, semi) : s;
    }

    private static void add(List<String> list, String phrase) {
        if (!list.contains(phrase)) {
            list.add(phrase);
        }
    }

    /** A dictionary phrase in lower case, its underscores made spaces. */
    private static String words(String phrase) {
        return phrase.replace('_', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String pluralOfPhrase(String words) {
        int space = words.lastIndexOf(' ');
        String last = words.substring(space + 1);
        return words.substring(0, space + 1) + EnglishInflector.plural(last);
    }

    /** The code of {@code [...]}: the first (source to target) of {@code a:b}; null for none or reverse only. */
    private static String code(String bracket) {
        String c = bracket.trim();
        int colon = c.indexOf(':');
        if (colon >= 0) {
            c = c.substring(0, colon);
        }
        c = c.replaceAll("[^0-9]", "");
        return c.isEmpty() ? null : c;
    }

    private void verb(Block block, String line) {
        Matcher m = VERB.matcher(line);
        if (!m.matches()) {
            count("verb line not understood");
            return;
        }
        String lemma = words(m.group(1).replace("+", ""));
        String own = m.group(3) == null ? null : code(m.group(3).substring(1, m.group(3).length() - 1));
        if (m.group(3) != null && own == null && !m.group(3).contains("---")) {
            count("verb coded only in reverse");
            own = "---";
        }
        block.verbs.add(new String[] {lemma, own});
        if (m.group(2) != null) {
            List<String> forms = explicitForms.computeIfAbsent(lemma, k -> new ArrayList<>());
            String inner = m.group(2).substring(1, m.group(2).length() - 1);
            for (String f : inner.split("[\\s,]+")) {
                if (!f.isBlank()) {
                    add(forms, words(f.replace("+", "")));
                }
            }
        }
    }

    private void pattern(Block block, String line) {
        int open = line.indexOf('[');
        int close = open < 0 ? -1 : line.indexOf(']', open);
        if (open < 0 || close < 0) {
            count("pattern without code");
            return;
        }
        String bracket = line.substring(open + 1, close);
        String code;
        if (bracket.contains("---")) {
            code = "---";
        } else {
            code = code(bracket);
            if (code == null) {
                count("pattern coded only in reverse");
                return;
            }
        }
        List<String> tokens = lex(line.substring(1, open));
        int star = tokens.indexOf("*");
        if (star < 0 || tokens.lastIndexOf("*") != star) {
            count("pattern without one verb");
            return;
        }
        List<List<String>> before = pieces(tokens.subList(0, star));
        List<List<String>> after = pieces(tokens.subList(star + 1, tokens.size()));
        if (before == null || after == null) {
            return; // counted where found
        }
        if (before.isEmpty() && after.isEmpty()) {
            count("pattern of slots only");
            return;
        }
        block.patterns.add(new String[] {render(before), render(after), code});
    }

    /**
     * Splits a pattern into words, synset names, slots and the brackets {@code ( ) { }}; words joined by
     * underscores must stand together, as if braced ({@code FIGHTER_&AIRCRAFT}), except the verb itself
     * ({@code SPY_*_DEAL}); a synset's name keeps its underscores ({@code &FIGHT_OF_WORDS}).
     */
    private static List<String> lex(String body) {
        List<String> raw = new ArrayList<>();
        for (String t : body.trim().split("\\s+")) {
            StringBuilder word = new StringBuilder();
            for (char c : t.toCharArray()) {
                if ("(){}".indexOf(c) >= 0) {
                    if (!word.isEmpty()) {
                        raw.add(word.toString());
                        word.setLength(0);
                    }
                    raw.add(String.valueOf(c));
                } else {
                    word.append(c);
                }
            }
            if (!word.isEmpty()) {
                raw.add(word.toString());
            }
        }
        List<String> out = new ArrayList<>();
        int braces = 0;
        for (String t : raw) {
            braces += t.equals("{") ? 1 : t.equals("}") ? -1 : 0;
            String[] parts = t.split("_");
            if (parts.length < 2 || t.startsWith("_") || t.endsWith("_") || t.startsWith("&")) {
                out.add(t.startsWith("&") ? t : t.replace("_", ""));
            } else if (braces > 0 || t.contains("*")) {
                out.addAll(List.of(parts));
            } else {
                out.add("{");
                out.addAll(List.of(parts));
                out.add("}");
            }
        }
        return out;
    }

    /**
     * The pieces of one side of a pattern, each a list of alternative phrases or a single synset name; null when
     * the pattern cannot be used.
     */
    private List<List<String>> pieces(List<String> tokens) {
        List<List<String>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            switch (t) {
                case "{" -> {
                    int close = tokens.subList(i, tokens.size()).indexOf("}");
                    if (close < 0) {
                        count("pattern with unbalanced brackets");
                        return null;
                    }
                    List<String> phrase = phrase(tokens.subList(i + 1, i + close));
                    if (phrase == null) {
                        return null;
                    }
                    if (!phrase.isEmpty()) {
                        out.add(phrase);
                    }
                    i += close + 1;
                }
                case "(" -> {
                    int close = closing(tokens, i);
                    if (close < 0) {
                        count("pattern with unbalanced brackets");
                        return null;
                    }
                    List<List<String>> inner = prepositional(tokens.subList(i + 1, close));
                    if (inner == null) {
                        return null;
                    }
                    out.addAll(inner);
                    i = close + 1;
                }
                case ")", "}" -> {
                    count("pattern with unbalanced brackets");
                    return null;
                }
                default -> {
                    if (!isSlot(t)) {
                        // A word followed by another word or a synset is not the end of a noun phrase.
                        boolean endsPhrase = i + 1 == tokens.size() || isSlot(tokens.get(i + 1))
                                || "({".contains(tokens.get(i + 1));
                        List<String> piece = single(t, endsPhrase);
                        if (piece == null) {
                            return null;
                        }
                        out.add(piece);
                    }
                    i++;
                }
            }
        }
        return out;
    }

    private static int closing(List<String> tokens, int open) {
        int depth = 0;
        for (int j = open; j < tokens.size(); j++) {
            if (tokens.get(j).equals("(")) {
                depth++;
            } else if (tokens.get(j).equals(")") && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    /** A prepositional phrase: the preposition as one piece, then its noun phrase's runs of words as others. */
    private List<List<String>> prepositional(List<String> tokens) {
        List<List<String>> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (i == 0 && !t.startsWith("&") && !isSlot(t) && "({".indexOf(t.charAt(0)) < 0) {
                out.add(List.of(words(t)));
                continue;
            }
            boolean word = !t.startsWith("&") && !isSlot(t) && "(){}".indexOf(t.charAt(0)) < 0;
            if (word) {
                run.add(t);
                continue;
            }
            if (!flush(run, out)) {
                return null;
            }
            if (t.equals("{")) {
                int close = tokens.subList(i, tokens.size()).indexOf("}");
                if (close < 0) {
                    count("pattern with unbalanced brackets");
                    return null;
                }
                List<String> phrase = phrase(tokens.subList(i + 1, i + close));
                if (phrase == null) {
                    return null;
                }
                if (!phrase.isEmpty()) {
                    out.add(phrase);
                }
                i += close;
            } else if (t.startsWith("&")) {
                List<String> piece = single(t, false);
                if (piece == null) {
                    return null;
                }
                out.add(piece);
            } else if ("(){}".indexOf(t.charAt(0)) >= 0) {
                count("pattern with nested phrases");
                return null;
            }
        }
        return flush(run, out) ? out : null;
    }

    private boolean flush(List<String> run, List<List<String>> out) {
        if (!run.isEmpty()) {
            List<String> phrase = phrase(run);
            if (phrase == null) {
                return false;
            }
            out.add(phrase);
            run.clear();
        }
        return true;
    }

    /** One word or synset as a piece; a noun takes its plural when {@code plural}. */
    private List<String> single(String t, boolean plural) {
        if (t.startsWith("&")) {
            if (!synsets.containsKey(t)) {
                count("pattern naming an undefined synonym set");
                return null;
            }
            return List.of(t);
        }
        String w = words(t);
        List<String> out = new ArrayList<>(List.of(w));
        if (plural && takesPlural(w)) {
            add(out, EnglishInflector.plural(w));
        }
        return out;
    }

    /**
     * A contiguous phrase of words and synset names (kept by name, the table's reader expands them), with the
     * plural of its last word when that is a noun.
     */
    private List<String> phrase(List<String> tokens) {
        List<String> words = new ArrayList<>();
        long alternatives = 1;
        for (String t : tokens) {
            if (isSlot(t)) {
                continue;
            }
            if (t.startsWith("&")) {
                List<String> members = synsets.get(t);
                if (members == null) {
                    count("pattern naming an undefined synonym set");
                    return null;
                }
                alternatives *= members.size();
                words.add(t);
            } else {
                words.add(words(t));
            }
        }
        if (alternatives > MAX_ALTERNATIVES) {
            count("pattern with too many alternatives");
            return null;
        }
        if (words.isEmpty()) {
            return List.of();
        }
        String phrase = String.join(" ", words);
        String last = words.get(words.size() - 1);
        if (!last.startsWith("&") && takesPlural(last)) {
            return List.of(phrase, pluralOfPhrase(phrase));
        }
        return List.of(phrase);
    }

    private static boolean isSlot(String t) {
        return t.equals("$") || t.equals("+") || t.equals("%") || t.equals("^");
    }

    private static boolean takesPlural(String word) {
        return word.length() >= 3 && !CLOSED.contains(word) && !word.endsWith("s") && !word.endsWith("ly")
                && !word.endsWith("ed") && word.chars().allMatch(Character::isLetter);
    }

    /**
     * One side of a pattern as the table writes it. A side that is nothing but a preposition or particle
     * ({@code * (TO)}, {@code * FOR}) must touch the verb: standing a few words away it says nothing
     * ({@code called the meeting for} is no call for anything).
     */
    private static String render(List<List<String>> pieces) {
        if (pieces.isEmpty()) {
            return "-";
        }
        if (pieces.size() == 1 && pieces.get(0).size() == 1 && CLOSED.contains(pieces.get(0).get(0))) {
            return "=" + pieces.get(0).get(0);
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> p : pieces) {
            if (!sb.isEmpty()) {
                sb.append(" ... ");
            }
            sb.append(String.join("|", p));
        }
        return sb.toString();
    }

    private void count(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    /** {cameo, event, mode, target} for a code, "-" for each part that is missing; null for a code not in CAMEO. */
    private String[] meaning(String code) {
        if (code == null || code.equals("---")) {
            return new String[] {"-", "-", "-", "0"};
        }
        String[] m = cameo.get(code);
        if (m == null) {
            return null;
        }
        String event = m[0];
        String mode = m[1];
        if (code.startsWith("02")) {
            event = "REQUEST";
            mode = APPEAL_MODES.getOrDefault(code.substring(0, 3), "");
        }
        String[] manual = MANUAL.get(code);
        if (manual != null) {
            event = manual[0];
            mode = manual[1];
        }
        if (event.isEmpty()) {
            return new String[] {code, "-", "-", "0"};
        }
        if (!modes.get(event).contains(mode)) {
            mode = "-";
        }
        return new String[] {code, event, mode, needsRecipient.get(event) ? "1" : "0"};
    }

    /**
     * The kind of number of a pattern: none for a blocker, the size of the forces a mobilisation or aid pattern
     * names, else the verb's own ({@code *}).
     */
    private static String count(String sides, String[] meaning) {
        if (meaning[1].equals("-")) {
            return "-";
        }
        if (meaning[1].equals("MOBILIZE") || meaning[1].equals("AID")) {
            for (String piece : sides.split("\t")[1].split(" \\.\\.\\. ")) {
                if (FORCES.contains(piece)) {
                    return "size";
                }
            }
        }
        return "*";
    }

    private String write() {
        StringBuilder out = new StringBuilder();
        List<String> body = new ArrayList<>();
        Set<String> referenced = new HashSet<>();
        Set<String> formsDone = new HashSet<>();
        int lemmas = 0;
        int forms = 0;
        int patterns = 0;
        for (Block block : blocks) {
            for (String[] v : block.verbs) {
                String[] bare = meaning(v[1] != null ? v[1] : block.code);
                if (bare == null) {
                    count("verb with a code outside CAMEO");
                    bare = meaning(null);
                }
                String count = bare[1].equals("-") ? "-" : COUNTS.getOrDefault(v[0], "-");
                body.add(String.join("\t", "L", block.name, v[0], bare[0], bare[1], bare[2], bare[3], count));
                lemmas++;
                if (formsDone.add(v[0])) {
                    for (String[] f : forms(v[0])) {
                        body.add(String.join("\t", "F", v[0], f[0], f[1]));
                        forms++;
                    }
                }
            }
            // Patterns that simplify alike: the code most of them carry, the first on a tie.
            Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
            for (String[] p : block.patterns) {
                votes.computeIfAbsent(p[0] + "\t" + p[1], k -> new LinkedHashMap<>()).merge(p[2], 1, Integer::sum);
            }
            for (Map.Entry<String, Map<String, Integer>> e : votes.entrySet()) {
                String code = null;
                int best = 0;
                for (Map.Entry<String, Integer> c : e.getValue().entrySet()) {
                    if (c.getValue() > best) {
                        best = c.getValue();
                        code = c.getKey();
                    }
                }
                if (e.getValue().size() > 1) {
                    count("pattern simplified alike with another, other code dropped");
                }
                String[] m = meaning(code);
                if (m == null) {
                    count("pattern with a code outside CAMEO");
                    continue;
                }
                for (String word : e.getKey().split("[\\t |]")) {
                    if (word.startsWith("&")) {
                        referenced.add(word);
                    }
                }
                body.add(String.join("\t", "P", block.name, e.getKey(), m[0], m[1], m[2], m[3], count(e.getKey(), m)));
                patterns++;
            }
        }
        out.append("# English event triggers: the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt, openeventdata/petrarch2\n")
                .append("# @676801cd, MIT licence, (c) 2015 Open Event Data Alliance) mapped to PLOVER (CC BY-SA 4.0, Open Event\n")
                .append("# Data Alliance) through ../shared/events/cameo/cameo_eventcodes.tsv. Generated by `warta build lexicon`;\n")
                .append("# do not edit. Format: see id.warta.events.TriggerLexicon.\n");
        List<String> usedSets = new ArrayList<>();
        for (String name : synsets.keySet()) {
            if (referenced.contains(name)) {
                usedSets.add(name);
            }
        }
        out.append(String.format(Locale.ROOT, "# %d blocks, %d lemmas, %d forms, %d patterns, %d synonym sets.%n",
                blocks.size(), lemmas, forms, patterns, usedSets.size()));
        for (Map.Entry<String, Integer> e : skipped.entrySet()) {
            out.append(String.format(Locale.ROOT, "# left out: %d %s%n", e.getValue(), e.getKey()));
        }
        for (String s : usedSets) {
            out.append("S\t").append(s).append('\t').append(String.join("|", synsets.get(s))).append('\n');
        }
        for (String line : body) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The forms of a lemma with their voice: the dictionary's own forms where given, else inflected by rule. */
    private List<String[]> forms(String lemma) {
        int space = lemma.indexOf(' ');
        String verb = space < 0 ? lemma : lemma.substring(0, space);
        String rest = space < 0 ? "" : lemma.substring(space);
        List<String[]> out = new ArrayList<>();
        List<String> explicit = explicitForms.get(lemma);
        if (explicit != null) {
            boolean past = false;
            List<String[]> others = new ArrayList<>();
            for (String f : explicit) {
                String first = f.indexOf(' ') < 0 ? f : f.substring(0, f.indexOf(' '));
                boolean active = first.endsWith("ing") || first.equals(EnglishInflector.thirdPerson(verb))
                        || first.endsWith("s") && !first.endsWith("ss");
                past |= !active;
                others.add(new String[] {f, active ? "active" : "past"});
            }
            // A verb whose forms list no past (put, puts, putting) has its past spelled like its base.
            boolean basePast = !past && (!explicit.isEmpty() || verb.endsWith("ed"));
            out.add(new String[] {lemma, basePast ? "past" : "active"});
            for (String[] o : others) {
                if (!o[0].equals(lemma)) {
                    out.add(o);
                }
            }
            return out;
        }
        List<String> pastForms = EnglishInflector.past(verb);
        out.add(new String[] {lemma, pastForms.contains(verb) ? "past" : "active"});
        out.add(new String[] {EnglishInflector.thirdPerson(verb) + rest, "active"});
        out.add(new String[] {EnglishInflector.presentParticiple(verb) + rest, "active"});
        for (String p : pastForms) {
            if (!p.equals(verb)) {
                out.add(new String[] {p + rest, "past"});
            }
        }
        return out;
    }
}
