package id.warta.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The PLOVER event ontology (Political Language Ontology for Verifiable Event Records, Open Event Data Alliance,
 * CC BY-SA 4.0) that Warta codes events in, with what exports need around it: the 16 event categories with their
 * quad class, whether they require a recipient and their modes; the contexts; the actor sector codes and the
 * international non-state codes that stand in for a country; the CAMEO codes with their PLOVER category and mode,
 * and for each category and mode the CAMEO root code and GDELT quad class of a GDELT-style export; ACLED's geo- and
 * time-precision codes and its conservative values of vague fatality words.
 *
 * <pre>{@code
 * Plover plover = Plover.shared();
 * plover.category("PROTEST").orElseThrow().modes();      // demo, riot, strike, hunger, boycott, obstruct, vandalize
 * plover.cameoRoot("ASSAULT", "aerial").quadClass();      // 4 (root 19, FIGHT)
 * plover.cameo("0874").orElseThrow().ploverEvent();       // RETREAT
 * }</pre>
 *
 * <p>Loaded once from {@code id/warta/events/plover.tsv}, which {@link PloverBuilder} derives from the shared data;
 * immutable and thread-safe. Names and codes are matched as written in PLOVER (upper-case categories and codes,
 * lower-case modes), ignoring case.
 */
public final class Plover {

    private static final String RESOURCE = "plover.tsv";

    private final List<Category> categories;
    private final Map<String, Category> categoryByName;
    private final List<Code> contexts;
    private final List<Code> sectors;
    private final Map<String, Code> sectorByCode;
    private final List<Code> internationalCodes;
    private final Map<String, Code> internationalByCode;
    private final Map<String, CameoCode> cameo;
    private final Map<Integer, String> geoPrecision;
    private final Map<Integer, String> timePrecision;
    private final Map<String, Long> fatalityWords;

    /** PLOVER's four quad classes of event categories. */
    public enum Quad { VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT }

    /**
     * A PLOVER event category.
     *
     * @param name              {@code AGREE} … {@code ASSAULT}
     * @param quad              PLOVER's quad class
     * @param requiresRecipient whether an event of this category must have a target (COOPERATE, AID, SANCTION)
     * @param score             the manual's conflict-cooperation score, -10 to +10, used when a mode has none (the
     *                          manual's +3 for ACCUSE is kept as published although its modes score -2 to -3.5)
     * @param definition        the manual's definition, shortened to about 600 characters
     * @param modes             the category's modes in the manual's order; empty for categories without modes
     * @param cameoRoot         the CAMEO root of a GDELT-style export of this category without a mode
     */
    public record Category(String name, Quad quad, boolean requiresRecipient, double score, String definition,
                           List<Mode> modes, CameoRoot cameoRoot) {

        public Category {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(quad, "quad");
            Objects.requireNonNull(cameoRoot, "cameoRoot");
            modes = List.copyOf(modes);
        }

        /** The mode of this category with that name. */
        public Optional<Mode> mode(String name) {
            for (Mode m : modes) {
                if (m.name().equalsIgnoreCase(name)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A mode of a category: how an event of it was carried out ({@code riot}, {@code troops}, {@code aerial}).
     *
     * @param name        as PLOVER writes it, lower case
     * @param description the manual's description
     * @param score       the manual's score, or null where it gives none ({@code vandalize})
     * @param cameoRoot   the CAMEO root of a GDELT-style export of this category and mode
     */
    public record Mode(String name, String description, Double score, CameoRoot cameoRoot) {

        public Mode {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(cameoRoot, "cameoRoot");
        }
    }

    /**
     * A code with what it stands for: a context ({@code military}), a sector ({@code GOV}) or an international
     * non-state code ({@code IGO}).
     */
    public record Code(String code, String description) {

        public Code {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * A CAMEO root event code with its GDELT quad class.
     *
     * @param code      two digits, {@code 01} to {@code 20}
     * @param name      CAMEO's name of the root ({@code EXHIBIT FORCE POSTURE})
     * @param quadClass GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
     *                  4 material conflict
     * @param quadName  GDELT's name of that class
     */
    public record CameoRoot(String code, String name, int quadClass, String quadName) {

        public CameoRoot {
            Objects.requireNonNull(code, "code");
            if (quadClass < 1 || quadClass > 4) {
                throw new IllegalArgumentException("GDELT quad class is 1 to 4: " + quadClass);
            }
        }
    }

    /**
     * A CAMEO event code and what it is in PLOVER.
     *
     * @param code        two to four digits ({@code 14}, {@code 145}, {@code 1451})
     * @param description GDELT's description of the code
     * @param root        its root with the GDELT quad class
     * @param goldstein   its Goldstein score, -10 to +10
     * @param ploverEvent the PLOVER category it maps to, or null (statements 01 and appeals 02 are not events)
     * @param ploverMode  the PLOVER mode it maps to, or null
     */
    public record CameoCode(String code, String description, CameoRoot root, double goldstein, String ploverEvent,
                            String ploverMode) {

        public CameoCode {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(root, "root");
        }
    }

    private Plover(List<Category> categories, List<Code> contexts, List<Code> sectors, List<Code> international,
                   Map<String, CameoCode> cameo, Map<Integer, String> geoPrecision, Map<Integer, String> timePrecision,
                   Map<String, Long> fatalityWords) {
        this.categories = List.copyOf(categories);
        this.contexts = List.copyOf(contexts);
        this.sectors = List.copyOf(sectors);
        this.internationalCodes = List.copyOf(international);
        this.cameo = Map.copyOf(cameo);
        this.geoPrecision = Map.copyOf(geoPrecision);
        this.timePrecision = Map.copyOf(timePrecision);
        this.fatalityWords = Map.copyOf(fatalityWords);
        Map<String, Category> byName = new HashMap<>();
        categories.forEach(c -> byName.put(c.name(), c));
        this.categoryByName = Map.copyOf(byName);
        this.sectorByCode = index(sectors);
        this.internationalByCode = index(international);
    }

    /** The ontology shipped in the jar, loaded on first use. */
    public static Plover shared() {
        return Holder.SHARED;
    }

    private static final class Holder {
        static final Plover SHARED = load();

        private static Plover load() {
            try (InputStream in = Plover.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource id/warta/events/" + RESOURCE + " missing from the jar");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read id/warta/events/" + RESOURCE, e);
            }
        }
    }

    /** The 16 categories in the manual's order: verbal and material cooperation, verbal and material conflict. */
    public List<Category> categories() {
        return categories;
    }

    /** The category of that name ({@code PROTEST}). */
    public Optional<Category> category(String name) {
        return Optional.ofNullable(categoryByName.get(upper(name)));
    }

    /**
     * The CAMEO root and GDELT quad class of an event of {@code category} and {@code mode} (null for none), for a
     * GDELT-style export.
     *
     * @throws IllegalArgumentException when the category or the mode of it does not exist
     */
    public CameoRoot cameoRoot(String category, String mode) {
        Category c = category(category).orElseThrow(() -> new IllegalArgumentException(
                "not a PLOVER category: " + category));
        if (mode == null) {
            return c.cameoRoot();
        }
        return c.mode(mode).orElseThrow(() -> new IllegalArgumentException(
                "not a mode of " + c.name() + ": " + mode)).cameoRoot();
    }

    /** PLOVER's 37 contexts ({@code military}, {@code crime}…), with their descriptions. */
    public List<Code> contexts() {
        return contexts;
    }

    /** The 25 actor sector codes ({@code GOV}, {@code MIL}, {@code COP}, {@code REB}, {@code CVL}…). */
    public List<Code> sectors() {
        return sectors;
    }

    /** Whether {@code code} is a PLOVER sector code. */
    public boolean isSector(String code) {
        return sectorByCode.containsKey(upper(code));
    }

    /**
     * The seven codes that stand in an actor's country field for what is no country: {@code IGO}, {@code UNO},
     * {@code EUR}, {@code NGO}, {@code ISM}, {@code IMG}, {@code MNC}.
     */
    public List<Code> internationalCodes() {
        return internationalCodes;
    }

    /** Whether {@code code} is one of the international non-state codes. */
    public boolean isInternationalCode(String code) {
        return internationalByCode.containsKey(upper(code));
    }

    /** The CAMEO code with that exact number ({@code 0874}), with its PLOVER category and mode. */
    public Optional<CameoCode> cameo(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(cameo.get(code.strip()));
    }

    /**
     * What ACLED's {@code geo_precision} code means: 1 the town itself, 2 a part of a region or near a town, 3 only
     * a larger region.
     *
     * @throws IllegalArgumentException for a code other than 1, 2, 3
     */
    public String acledGeoPrecision(int code) {
        return precision(geoPrecision, "geo", code);
    }

    /**
     * What ACLED's {@code time_precision} code means: 1 the exact day, 2 about a week, 3 only a broader period such
     * as the month.
     *
     * @throws IllegalArgumentException for a code other than 1, 2, 3
     */
    public String acledTimePrecision(int code) {
        return precision(timePrecision, "time", code);
    }

    /**
     * ACLED's conservative values of vague fatality words ({@code tens} 10, {@code dozens} 12, {@code hundreds}
     * 100), in English as the codebook writes them.
     */
    public Map<String, Long> acledFatalityWords() {
        return fatalityWords;
    }

    private static String precision(Map<Integer, String> meanings, String kind, int code) {
        String meaning = meanings.get(code);
        if (meaning == null) {
            throw new IllegalArgumentException("ACLED " + kind + "-precision is 1, 2 or 3: " + code);
        }
        return meaning;
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    private static Map<String, Code> index(List<Code> codes) {
        Map<String, Code> m = new HashMap<>();
        codes.forEach(c -> m.put(c.code(), c));
        return Map.copyOf(m);
    }

    /** Reads the resource {@link PloverBuilder} writes. */
    static Plover read(InputStream in) throws IOException {
        Map<Integer, String> quadNames = new HashMap<>();
        Map<String, String[]> rootRows = new HashMap<>();
        List<String[]> categoryRows = new ArrayList<>();
        Map<String, List<String[]>> modeRows = new LinkedHashMap<>();
        List<String[]> cameoRows = new ArrayList<>();
        List<Code> contexts = new ArrayList<>();
        List<Code> sectors = new ArrayList<>();
        List<Code> international = new ArrayList<>();
        Map<Integer, String> geo = new HashMap<>();
        Map<Integer, String> time = new HashMap<>();
        Map<String, Long> fatalities = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "quad" -> quadNames.put(Integer.parseInt(f[1]), f[2]);
                case "category" -> categoryRows.add(f);
                case "mode" -> modeRows.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f);
                case "context" -> contexts.add(new Code(f[1], f[2]));
                case "sector" -> sectors.add(new Code(f[1], f[2]));
                case "international" -> international.add(new Code(f[1], f[2]));
                case "cameo" -> {
                    cameoRows.add(f);
                    if (f[1].length() == 2) {
                        rootRows.put(f[1], f);
                    }
                }
                case "acled" -> {
                    switch (f[1]) {
                        case "geo_precision" -> geo.put(Integer.parseInt(f[2]), f[3]);
                        case "time_precision" -> time.put(Integer.parseInt(f[2]), f[3]);
                        case "fatalities" -> fatalities.put(f[2], Long.parseLong(f[3]));
                        default -> throw new IOException("unknown ACLED row: " + line);
                    }
                }
                default -> throw new IOException("unknown row: " + line);
            }
        }
        Map<String, CameoRoot> roots = new HashMap<>();
        rootRows.forEach((code, f) -> {
            int quad = Integer.parseInt(f[3]);
            roots.put(code, new CameoRoot(code, f[7], quad, quadNames.get(quad)));
        });
        List<Category> categories = new ArrayList<>();
        for (String[] c : categoryRows) {
            List<Mode> modes = new ArrayList<>();
            for (String[] m : modeRows.getOrDefault(c[1], List.of())) {
                modes.add(new Mode(m[2], m[5], m[3].equals("-") ? null : Double.valueOf(m[3]), root(roots, m[4])));
            }
            categories.add(new Category(c[1], Quad.valueOf(c[2]), Boolean.parseBoolean(c[3]),
                    Double.parseDouble(c[4]), c[6], modes, root(roots, c[5])));
        }
        Map<String, CameoCode> cameo = new HashMap<>();
        for (String[] f : cameoRows) {
            cameo.put(f[1], new CameoCode(f[1], f[7], root(roots, f[2]), Double.parseDouble(f[4]), none(f[5]),
                    none(f[6])));
        }
        return new Plover(categories, contexts, sectors, international, cameo, geo, time, fatalities);
    }

    private static CameoRoot root(Map<String, CameoRoot> roots, String code) throws IOException {
        CameoRoot root = roots.get(code);
        if (root == null) {
            throw new IOException("no CAMEO root " + code);
        }
        return root;
    }

    private static String none(String field) {
        return field.equals("-") ? null : field;
    }
}
