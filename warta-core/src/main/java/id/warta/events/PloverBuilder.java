package id.warta.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the ontology resource {@link Plover} loads ({@code id/warta/events/plover.tsv}) from the event data beside
 * the checkout ({@code ../shared/events}): the PLOVER categories, modes, contexts, sector and international codes
 * of {@code plover/plover_categories.json} (derived from the PLOVER manual), the CAMEO codes with their GDELT quad
 * class, Goldstein score and PLOVER mapping of {@code cameo/cameo_eventcodes.tsv}, and ACLED's precision codes and
 * fatality conventions of {@code acled/acled_codes.tsv}.
 *
 * <p>Besides copying, it decides two things, both written into the resource so that {@link Plover} holds no rules:
 * <ul>
 *   <li>the PLOVER mode of each CAMEO code in the current manual's terms: the table's 2021 mode when the manual
 *       still has it for that category, renamed where the manual renamed it ({@link #RENAMED_MODES}), else none;</li>
 *   <li>the CAMEO root (and so the GDELT quad class) of each PLOVER category and mode, for GDELT-style export: the
 *       root most of the CAMEO codes mapped to that category and mode come from (ties to the lower root); a mode
 *       no CAMEO code maps to takes the root of the CAMEO code {@link #MODE_CAMEO} names for it, else its
 *       category's root.</li>
 * </ul>
 *
 * <p>The output depends only on the input files, never on hash order or the clock, so a rebuild reproduces the
 * shipped resource byte for byte.
 */
public final class PloverBuilder {

    /**
     * The CAMEO code that stands for a current PLOVER mode absent from the 2021 CAMEO→PLOVER table, as CAMEO 1.1b3
     * codes that kind of event: air and drone strikes are 195 (employ aerial weapons), crowd-control weapons 175
     * (violent repression), a conviction 116 (find guilty or liable).
     */
    static final Map<String, String> MODE_CAMEO = Map.of(
            "ASSAULT/aerial", "195",
            "ASSAULT/drone", "195",
            "ASSAULT/crowd-control", "175",
            "SANCTION/convict", "116");

    /**
     * Modes of the 2021 table that the manual renamed, by category: assassinations and deliberate mass killings
     * are ASSAULT {@code targeted}, destroying property (1712, a {@code seize} in the table) is ASSAULT
     * {@code destroy}, banning parties or politicians is COERCE {@code restrict}.
     */
    static final Map<String, String> RENAMED_MODES = Map.of(
            "ASSAULT/assassinate", "targeted",
            "ASSAULT/massacre", "targeted",
            "ASSAULT/seize", "destroy",
            "COERCE/ban", "restrict");

    /** GDELT's names of its four quad classes (CAMEO roots 01–05, 06–09, 10–14, 15–20). */
    private static final List<String> QUAD_NAMES = List.of("Verbal Cooperation", "Material Cooperation",
            "Verbal Conflict", "Material Conflict");

    private static final Pattern VAGUE_COUNT = Pattern.compile("\"(\\w+)\"=(\\d+)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The manual's {@code itemize} lists leave the environment's name in the derived definitions. */
    private static final Pattern LATEX_LEFTOVER = Pattern.compile("\\bitemize\\b");

    private final Path events;
    private final List<String[]> cameo = new ArrayList<>();
    private final Map<String, String[]> cameoByCode = new LinkedHashMap<>();
    /** The current PLOVER mode of each row of {@code cameo}, "" for none. */
    private final List<String> cameoModes = new ArrayList<>();
    private JsonNode plover;

    private PloverBuilder(Path shared) {
        this.events = shared.resolve("events");
    }

    /**
     * The resource built from the data under {@code shared} (the folder holding {@code events/}), as UTF-8 bytes.
     *
     * @throws IOException           when an input file is missing or unreadable
     * @throws IllegalStateException when the inputs contradict each other (a category's quad, a mapping to a
     *                               category or CAMEO code that does not exist, counts the READMEs state)
     */
    public static byte[] build(Path shared) throws IOException {
        return text(shared).getBytes(StandardCharsets.UTF_8);
    }

    /** The resource's text. */
    static String text(Path shared) throws IOException {
        PloverBuilder b = new PloverBuilder(Objects.requireNonNull(shared, "shared"));
        b.plover = new ObjectMapper().readTree(Files.readString(b.events.resolve("plover/plover_categories.json")));
        b.readCameo();
        b.currentModes();
        StringBuilder out = new StringBuilder(64 * 1024);
        b.writeHeader(out);
        b.writeCategories(out);
        b.writeCodes(out);
        b.writeCameo(out);
        b.writeAcled(out);
        return out.toString();
    }

    private void readCameo() throws IOException {
        List<String> lines = Files.readAllLines(events.resolve("cameo/cameo_eventcodes.tsv"), StandardCharsets.UTF_8);
        if (!lines.get(0).startsWith("cameo_code\tlevel\troot_code\tdescription\tgdelt_quad_class")) {
            throw new IllegalStateException("unexpected header of cameo_eventcodes.tsv: " + lines.get(0));
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 10) {
                throw new IllegalStateException("short row in cameo_eventcodes.tsv: " + line);
            }
            cameo.add(f);
            if (cameoByCode.put(f[0], f) != null) {
                throw new IllegalStateException("CAMEO code twice: " + f[0]);
            }
        }
        if (cameo.size() != 311) {
            throw new IllegalStateException("cameo_eventcodes.tsv has " + cameo.size() + " codes, its README 311");
        }
    }

    private void writeHeader(StringBuilder out) {
        out.append("# PLOVER event ontology with its CAMEO mapping and ACLED precision codes, for Warta.\n")
                .append("# Built by `warta build ontology --shared ../shared --out FILE` (PloverBuilder); do not edit.\n")
                .append("# PLOVER: ").append(clean(plover.path("source").asText())).append("; ")
                .append(clean(plover.path("license").asText())).append(".\n")
                .append("# CAMEO codes, GDELT quad classes and Goldstein scores: GDELT lookup files (CAMEO manual "
                        + "1.1b3, Gerner, Schrodt et al.); ACLED codes: ACLED Codebook (ACLED 2023/2024).\n")
                .append("# Rows: quad CLASS NAME | category NAME PLOVER_QUAD REQUIRES_RECIPIENT SCORE CAMEO_ROOT "
                        + "DEFINITION | mode CATEGORY NAME SCORE CAMEO_ROOT DESCRIPTION | context NAME DESCRIPTION | "
                        + "sector CODE DESCRIPTION | international CODE NAME | cameo CODE ROOT QUAD_CLASS GOLDSTEIN "
                        + "PLOVER_EVENT PLOVER_MODE DESCRIPTION | acled FIELD CODE MEANING; '-' is none.\n");
        for (int q = 1; q <= 4; q++) {
            out.append("quad\t").append(q).append('\t').append(QUAD_NAMES.get(q - 1)).append('\n');
        }
    }

    private void writeCategories(StringBuilder out) {
        Map<String, String> quadOf = new TreeMap<>();
        plover.path("quad_categories").fields().forEachRemaining(e -> e.getValue()
                .forEach(c -> quadOf.put(c.asText(), e.getKey())));
        Set<String> names = new HashSet<>();
        for (JsonNode c : plover.path("event_categories")) {
            String name = c.path("event").asText();
            String quad = c.path("quad").asText();
            if (!quad.equals(quadOf.get(name))) {
                throw new IllegalStateException(name + " is " + quad + " but listed under " + quadOf.get(name));
            }
            names.add(name);
            String root = majorityRoot(name, null);
            out.append("category\t").append(name).append('\t').append(quad.replace(' ', '_')).append('\t')
                    .append(c.path("requires_recipient").asBoolean()).append('\t')
                    .append(number(c.path("score"))).append('\t').append(root).append('\t')
                    .append(clean(c.path("definition").asText())).append('\n');
            for (JsonNode m : c.path("modes")) {
                String mode = m.path("mode").asText();
                out.append("mode\t").append(name).append('\t').append(mode).append('\t')
                        .append(number(m.path("score"))).append('\t').append(modeRoot(name, mode, root)).append('\t')
                        .append(clean(m.path("description").asText())).append('\n');
            }
        }
        if (names.size() != 16 || !names.equals(quadOf.keySet())) {
            throw new IllegalStateException("expected the 16 PLOVER categories of the quad table, got " + names);
        }
        for (String[] row : cameo) {
            if (!row[7].isEmpty() && !names.contains(row[7])) {
                throw new IllegalStateException("CAMEO " + row[0] + " maps to unknown category " + row[7]);
            }
        }
        for (String key : MODE_CAMEO.keySet()) {
            if (!names.contains(key.substring(0, key.indexOf('/')))) {
                throw new IllegalStateException("MODE_CAMEO names an unknown category: " + key);
            }
        }
    }

    /** The root of a mode: that of the table's codes for it, else of its curated CAMEO code, else the category's. */
    private String modeRoot(String category, String mode, String categoryRoot) {
        String fromTable = majorityRoot(category, mode);
        if (fromTable != null) {
            return fromTable;
        }
        String code = MODE_CAMEO.get(category + "/" + mode);
        if (code == null) {
            return categoryRoot;
        }
        String[] row = cameoByCode.get(code);
        if (row == null) {
            throw new IllegalStateException("MODE_CAMEO names CAMEO " + code + ", which the table lacks");
        }
        return row[2];
    }

    /**
     * The CAMEO root most codes mapped to {@code category} (and {@code mode}, when not null) come from, ties to the
     * lower root; null when no code maps there.
     */
    private String majorityRoot(String category, String mode) {
        Map<String, Integer> roots = new TreeMap<>();
        for (int i = 0; i < cameo.size(); i++) {
            String[] row = cameo.get(i);
            if (row[7].equals(category) && (mode == null || cameoModes.get(i).equals(mode))) {
                roots.merge(row[2], 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : roots.entrySet()) {
            if (best == null || e.getValue() > roots.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private void writeCodes(StringBuilder out) {
        for (JsonNode c : plover.path("contexts")) {
            out.append("context\t").append(c.path("context").asText()).append('\t')
                    .append(clean(c.path("description").asText())).append('\n');
        }
        for (JsonNode s : plover.path("sector_codes")) {
            out.append("sector\t").append(s.path("code").asText()).append('\t')
                    .append(clean(s.path("description").asText())).append('\n');
        }
        for (JsonNode s : plover.path("international_nonstate_country_codes")) {
            out.append("international\t").append(s.path("code").asText()).append('\t')
                    .append(clean(s.path("name").asText())).append('\n');
        }
    }

    /** Puts the table's 2021 modes in the current manual's terms. */
    private void currentModes() {
        Map<String, Set<String>> modes = new TreeMap<>();
        for (JsonNode c : plover.path("event_categories")) {
            Set<String> set = new HashSet<>();
            c.path("modes").forEach(m -> set.add(m.path("mode").asText()));
            modes.put(c.path("event").asText(), set);
        }
        for (String[] f : cameo) {
            String event = f[7];
            String mode = f[8].strip();
            String renamed = RENAMED_MODES.getOrDefault(event + "/" + mode, mode);
            cameoModes.add(!event.isEmpty() && modes.getOrDefault(event, Set.of()).contains(renamed) ? renamed : "");
        }
    }

    private void writeCameo(StringBuilder out) {
        for (int i = 0; i < cameo.size(); i++) {
            String[] f = cameo.get(i);
            if (!f[4].equals(String.valueOf(quadClass(f[2])))) {
                throw new IllegalStateException("CAMEO " + f[0] + " has quad class " + f[4] + ", its root "
                        + f[2] + " says " + quadClass(f[2]));
            }
            out.append("cameo\t").append(f[0]).append('\t').append(f[2]).append('\t').append(f[4]).append('\t')
                    .append(f[6]).append('\t').append(dash(f[7])).append('\t').append(dash(cameoModes.get(i)))
                    .append('\t').append(clean(f[3])).append('\n');
        }
    }

    /** GDELT's quad class of a CAMEO root: 01–05 verbal cooperation, 06–09 material, 10–14 verbal conflict. */
    private static int quadClass(String root) {
        int r = Integer.parseInt(root);
        return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
    }

    private void writeAcled(StringBuilder out) throws IOException {
        Map<String, Integer> seen = new TreeMap<>();
        for (String line : Files.readAllLines(events.resolve("acled/acled_codes.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                continue;
            }
            switch (f[0]) {
                case "geo_precision", "time_precision" -> {
                    out.append("acled\t").append(f[0]).append('\t').append(f[1]).append('\t')
                            .append(clean(f[2])).append('\n');
                    seen.merge(f[0], 1, Integer::sum);
                }
                case "fatalities" -> {
                    Matcher m = VAGUE_COUNT.matcher(f[2]);
                    while (m.find()) {
                        out.append("acled\tfatalities\t").append(m.group(1)).append('\t').append(m.group(2))
                                .append('\n');
                        seen.merge(f[0], 1, Integer::sum);
                    }
                }
                default -> { }
            }
        }
        if (seen.getOrDefault("geo_precision", 0) != 3 || seen.getOrDefault("time_precision", 0) != 3
                || seen.getOrDefault("fatalities", 0) == 0) {
            throw new IllegalStateException("acled_codes.tsv lacks precision codes 1-3 or fatality words: " + seen);
        }
    }

    private static String number(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return "-";
        }
        return Double.toString(n.asDouble());
    }

    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }

    /** One line of text: no tabs or line breaks inside a field, no LaTeX environment names left by extraction. */
    private static String clean(String s) {
        return SPACES.matcher(LATEX_LEFTOVER.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }
}
