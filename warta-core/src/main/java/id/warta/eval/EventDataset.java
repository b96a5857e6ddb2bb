package id.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.eval.EventSample.GoldActor;
import id.warta.eval.EventSample.GoldEvent;
import id.warta.events.Event;
import id.warta.events.Plover;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gold set of event-coded sentences, read from one of three formats:
 * <ul>
 *   <li>the PLOVER gold-standard records ({@code PLOVER_GSR_CAMEO.json}): 322 English sentences of the CAMEO
 *       manual, one event each, coded in PLOVER draft 0.5b1 ({@link #readPloverGold});</li>
 *   <li>the PETRARCH2 validation records ({@code PETR2_GSR_validation.xml}): English news sentences with CAMEO
 *       codings, mapped to PLOVER ({@link #readPetrarch});</li>
 *   <li>Warta's own gold sets, a tab-separated table written by hand ({@link #readTable}).</li>
 * </ul>
 *
 * @param name    the file's name
 * @param samples the sentences in file order
 */
public record EventDataset(String name, List<EventSample> samples) {

    /** The draft labels of the PLOVER gold records that the current manual renamed or merged. */
    private static final Map<String, String> OLD_LABELS = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");
    /** The mode a merged draft label becomes. */
    private static final Map<String, String> OLD_LABEL_MODES = Map.of("DISAPPROVE", "disapprove",
            "INVESTIGATE", "investigate");
    /**
     * Draft modes of the gold records in the current manual's terms (organised or spontaneous demonstrations are
     * {@code demo}, a general strike {@code strike}, hosting a visit {@code visit}, an assassination
     * {@code targeted}, detaining {@code arrest}, confiscating {@code seize}); other draft modes are dropped.
     */
    private static final Map<String, String> OLD_MODES = Map.of("demo-org", "demo", "demo-spon", "demo",
            "riot-spon", "riot", "strike-gen", "strike", "strike-hun", "hunger", "host", "visit",
            "assassinate", "targeted", "detain", "arrest", "confiscate", "seize");
    /** Country codes of the PLOVER gold records that are not ISO 3166 (Italy, Japan, Vietnam). */
    private static final Map<String, String> ISO_TYPOS = Map.of("ITL", "ITA", "JAP", "JPN", "VTN", "VNM");

    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*)>");
    private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*)/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** The columns of Warta's gold table, in order; a trailing {@code note} column is optional. */
    static final List<String> COLUMNS = List.of("id", "lang", "text", "type", "mode", "actor", "actor_country",
            "actor_sector", "target", "target_country", "target_sector", "negated", "modality", "reported",
            "killed", "injured", "arrested", "size");

    public EventDataset {
        Objects.requireNonNull(name, "name");
        samples = List.copyOf(samples);
    }

    /** How many gold events the sentences hold. */
    public int goldEvents() {
        return samples.stream().mapToInt(s -> s.events().size()).sum();
    }

    /** How many sentences report no PLOVER event. */
    public int withoutEvents() {
        return (int) samples.stream().filter(s -> s.events().isEmpty()).count();
    }

    /**
     * Reads a dataset in the format its name says: {@code .json} the PLOVER gold records, {@code .xml} the PETRARCH2
     * validation records, {@code .tsv} Warta's table.
     *
     * @throws IllegalArgumentException for another extension or a malformed file
     */
    public static EventDataset read(Path file, Plover plover) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return readPloverGold(file, plover);
        }
        if (name.endsWith(".xml")) {
            return readPetrarch(file, plover);
        }
        if (name.endsWith(".tsv")) {
            return readTable(file, plover);
        }
        throw new IllegalArgumentException("not an event dataset (.json PLOVER gold records, .xml PETRARCH2 "
                + "validation, .tsv Warta gold table): " + file);
    }

    /**
     * Reads the PLOVER gold-standard records, skipping the {@code DOCUMENT} header. The draft labels become the
     * current categories: DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE with that mode, FIGHT is
     * ASSAULT; draft modes are put in the current terms or dropped. A {@code target} that is not a list ("" in
     * some records) is no target. Country codes that are not ISO 3166 ({@code ITL}, {@code JAP}, {@code VTN})
     * are corrected; sectors keep their first three letters when these are a PLOVER sector ({@code CVLalb} is
     * CVL, {@code ***} none). {@code dead}, {@code injured} and {@code size} are kept when they are numbers.
     */
    public static EventDataset readPloverGold(Path file, Plover plover) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (!root.isArray()) {
            throw new IllegalArgumentException(file + ": not a JSON array of PLOVER records");
        }
        List<EventSample> samples = new ArrayList<>();
        for (JsonNode r : root) {
            String label = r.path("event").asText();
            if (label.equals("DOCUMENT")) {
                continue;
            }
            String type = OLD_LABELS.getOrDefault(label, label);
            Plover.Category category = plover.category(type).orElseThrow(() -> new IllegalArgumentException(
                    file + ": " + r.path("id").asText() + " has no PLOVER category: " + label));
            String mode = OLD_LABEL_MODES.get(label);
            if (mode == null) {
                String draft = r.path("mode").asText("");
                mode = OLD_MODES.getOrDefault(draft, draft);
                mode = category.mode(mode).isPresent() ? mode : null;
            }
            GoldEvent event = new GoldEvent(type, mode, ploverActors(r.path("source"), plover),
                    ploverActors(r.path("target"), plover), null, null, null, number(r.path("dead")), number(
                    r.path("injured")), null, number(r.path("size")));
            samples.add(new EventSample(r.path("id").asText(), r.path("language").asText("en"),
                    r.path("text").asText(), date(r.path("date").asText(null)), List.of(event)));
        }
        return new EventDataset(file.getFileName().toString(), samples);
    }

    private static List<GoldActor> ploverActors(JsonNode list, Plover plover) {
        List<GoldActor> actors = new ArrayList<>();
        if (!list.isArray()) {
            return actors;
        }
        for (JsonNode a : list) {
            String code = a.path("code").asText("").strip().toUpperCase(Locale.ROOT);
            code = ISO_TYPOS.getOrDefault(code, code);
            String sector = a.path("sector").asText("");
            sector = sector.length() >= 3 && plover.isSector(sector.substring(0, 3))
                    ? sector.substring(0, 3).toUpperCase(Locale.ROOT) : null;
            actors.add(new GoldActor(a.path("actorText").asText(null), code.isEmpty() ? null : code, sector));
        }
        return actors;
    }

    private static Long number(JsonNode n) {
        String s = n.asText("").strip();
        return NUMBER.matcher(s).matches() ? Long.valueOf(s) : null;
    }

    /**
     * Reads the PETRARCH2 validation records, which are not well-formed XML ({@code #} comment lines, sentence
     * tags closed either way), by their tags. Each {@code EventCoding}'s CAMEO code becomes the PLOVER category
     * and mode of the CAMEO table (the code itself, else its longest prefix in the table); statements (01) and
     * appeals (02) become no event, so a sentence coded only with those, or {@code noevents}, reports none. An
     * actor code gives the country (its first three letters; {@code ---} none; {@code IGOUNO} UNO, {@code IGOEUR}
     * EUR, other IGO codes IGO) and the first PLOVER sector among the following three-letter groups.
     */
    public static EventDataset readPetrarch(Path file, Plover plover) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        int from = xml.indexOf("<Sentences>");
        if (from < 0) {
            throw new IllegalArgumentException(file + ": no <Sentences> element");
        }
        List<EventSample> samples = new ArrayList<>();
        Matcher m = SENTENCE.matcher(xml);
        List<int[]> starts = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        int at = from;
        while (m.find(at)) {
            starts.add(new int[] {m.start(), m.end()});
            heads.add(m.group(1));
            at = m.end();
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : xml.length();
            String body = xml.substring(starts.get(i)[1], end);
            Map<String, String> head = attributes(heads.get(i));
            Matcher text = TEXT.matcher(body);
            if (!text.find()) {
                throw new IllegalArgumentException(file + ": sentence " + head.get("id") + " has no <Text>");
            }
            List<GoldEvent> events = new ArrayList<>();
            Matcher coding = CODING.matcher(body);
            while (coding.find()) {
                Map<String, String> c = attributes(coding.group(1));
                String code = c.get("eventcode");
                if (code == null) {
                    continue;
                }
                Plover.CameoCode cameo = cameo(plover, code).orElseThrow(() -> new IllegalArgumentException(
                        file + ": sentence " + head.get("id") + " has an unknown CAMEO code " + code));
                if (cameo.ploverEvent() != null) {
                    events.add(GoldEvent.of(cameo.ploverEvent(), cameo.ploverMode(),
                            cameoActor(c.get("sourcecode"), plover), cameoActor(c.get("targetcode"), plover)));
                }
            }
            samples.add(new EventSample(head.getOrDefault("id", "#" + (i + 1)), "en",
                    unescape(SPACES.matcher(text.group(1)).replaceAll(" ").strip()), date(head.get("date")), events));
        }
        return new EventDataset(file.getFileName().toString(), samples);
    }

    private static Optional<Plover.CameoCode> cameo(Plover plover, String code) {
        for (int n = code.length(); n >= 2; n--) {
            Optional<Plover.CameoCode> c = plover.cameo(code.substring(0, n));
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private static List<GoldActor> cameoActor(String code, Plover plover) {
        if (code == null || code.length() < 3) {
            return List.of();
        }
        String country = code.substring(0, 3);
        int rest = 3;
        if (country.equals("---")) {
            country = null;
        } else if (country.equals("IGO") && code.length() >= 6
                && (code.startsWith("UNO", 3) || code.startsWith("EUR", 3))) {
            country = code.substring(3, 6);
            rest = 6;
        }
        String sector = null;
        for (int k = rest; k + 3 <= code.length() && sector == null; k += 3) {
            String group = code.substring(k, k + 3);
            sector = plover.isSector(group) ? group : null;
        }
        return List.of(new GoldActor(null, country, sector));
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new HashMap<>();
        Matcher a = ATTRIBUTE.matcher(tag);
        while (a.find()) {
            out.put(a.group(1), a.group(2));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /**
     * Reads Warta's gold table: UTF-8, tab-separated, a header row naming the columns of {@link #COLUMNS} (and
     * optionally {@code note}) in order, {@code #} comment lines, {@code -} for none. One row is one event; a row
     * whose id repeats the previous row's adds an event to the same sentence and writes {@code ^} (or the same
     * sentence) as its text; a row of type {@code -} is a sentence without event. Compound actors list their
     * names, countries and sectors separated by {@code |}. {@code negated} and {@code reported} are {@code yes}
     * or {@code no}, {@code modality} {@code asserted}, {@code planned} or {@code hypothetical}.
     *
     * @throws IllegalArgumentException naming the line, for a row that breaks these rules or names a category,
     *                                  mode or sector PLOVER does not have
     */
    public static EventDataset readTable(Path file, Plover plover) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<EventSample> samples = new ArrayList<>();
        boolean header = false;
        String id = null;
        String language = null;
        String text = null;
        List<GoldEvent> events = new ArrayList<>();
        boolean eventless = false;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = file.getFileName() + ":" + n + ": ";
            if (!header) {
                List<String> names = List.of(f);
                if (!names.subList(0, Math.min(names.size(), COLUMNS.size())).equals(COLUMNS)
                        || names.size() > COLUMNS.size() + 1) {
                    throw new IllegalArgumentException(where + "the header must be " + String.join(" ", COLUMNS)
                            + " [note]");
                }
                header = true;
                continue;
            }
            if (f.length < COLUMNS.size() || f.length > COLUMNS.size() + 1) {
                throw new IllegalArgumentException(where + "expected " + COLUMNS.size() + " or "
                        + (COLUMNS.size() + 1) + " columns, got " + f.length);
            }
            if (!f[0].equals(id)) {
                if (id != null) {
                    samples.add(new EventSample(id, language, text, null, events));
                }
                id = f[0];
                language = f[1];
                text = f[2];
                events = new ArrayList<>();
                eventless = f[3].equals("-");
                if (text.equals("^") || text.isBlank()) {
                    throw new IllegalArgumentException(where + "a new sentence needs its text");
                }
            } else if (!f[2].equals("^") && !f[2].equals(text)) {
                throw new IllegalArgumentException(where + "a further event of " + id + " must repeat its text or "
                        + "write ^");
            } else if (eventless || f[3].equals("-")) {
                throw new IllegalArgumentException(where + id + " has a row without event and another row");
            }
            if (!f[3].equals("-")) {
                events.add(tableEvent(f, plover, where));
            }
        }
        if (id != null) {
            samples.add(new EventSample(id, language, text, null, events));
        }
        return new EventDataset(file.getFileName().toString(), samples);
    }

    private static GoldEvent tableEvent(String[] f, Plover plover, String where) {
        Plover.Category category = plover.category(f[3]).orElseThrow(() -> new IllegalArgumentException(
                where + "not a PLOVER category: " + f[3]));
        String mode = none(f[4]);
        if (mode != null && category.mode(mode).isEmpty()) {
            throw new IllegalArgumentException(where + "not a mode of " + category.name() + ": " + mode);
        }
        return new GoldEvent(category.name(), mode, tableActors(f[5], f[6], f[7], plover, where),
                tableActors(f[8], f[9], f[10], plover, where), yesNo(f[11], where), modality(f[12], where),
                yesNo(f[13], where), count(f[14], where), count(f[15], where), count(f[16], where),
                count(f[17], where));
    }

    private static List<GoldActor> tableActors(String names, String countries, String sectors, Plover plover,
                                               String where) {
        if (names.equals("-")) {
            if (!countries.equals("-") || !sectors.equals("-")) {
                throw new IllegalArgumentException(where + "a country or sector without an actor");
            }
            return List.of();
        }
        String[] n = names.split("\\|", -1);
        String[] c = countries.split("\\|", -1);
        String[] s = sectors.split("\\|", -1);
        if (c.length != n.length && !countries.equals("-") || s.length != n.length && !sectors.equals("-")) {
            throw new IllegalArgumentException(where + "actors, countries and sectors must pair up: " + names);
        }
        List<GoldActor> actors = new ArrayList<>();
        for (int i = 0; i < n.length; i++) {
            String country = countries.equals("-") ? null : none(c[i].strip());
            String sector = sectors.equals("-") ? null : none(s[i].strip());
            if (country != null && !country.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(where + "not an ISO alpha-3 or PLOVER code: " + country);
            }
            if (sector != null && !plover.isSector(sector)) {
                throw new IllegalArgumentException(where + "not a PLOVER sector: " + sector);
            }
            actors.add(new GoldActor(n[i].strip(), country, sector));
        }
        return actors;
    }

    private static Boolean yesNo(String s, String where) {
        return switch (s) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException(where + "expected yes or no: " + s);
        };
    }

    private static Event.Modality modality(String s, String where) {
        try {
            return Event.Modality.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "expected asserted, planned or hypothetical: " + s);
        }
    }

    private static Long count(String s, String where) {
        if (s.equals("-")) {
            return null;
        }
        if (!NUMBER.matcher(s).matches()) {
            throw new IllegalArgumentException(where + "expected a number or -: " + s);
        }
        return Long.valueOf(s);
    }

    private static String none(String s) {
        return s.equals("-") || s.isEmpty() ? null : s;
    }

    private static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return s.length() == 8 && NUMBER.matcher(s).matches()
                    ? LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6)))
                    : LocalDate.parse(s);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
