package id.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * Reads geocoding gold: the event locations of the PLOVER gold standard records, or a golden file of Warta's own.
 *
 * <p><b>PLOVER.</b> {@code PLOVER_GSR_CAMEO.json} is an array of records; those with an {@code eventLoc} give its
 * {@code name} as free text ({@code Gorazde}, {@code province of Herat}, {@code Algers}) and, for a few, an
 * ISO 3166-1 alpha-2 {@code country code}, never a GeoNames id. Each such record is a case: its name, its context
 * the actor codes of {@code source} then {@code target} (codes that are no country, such as {@code IGO}, are
 * dropped by the geocoder), its gold the reading of {@code plover-gsr-locations.tsv}, which gives the GeoNames
 * place(s) read by hand from the sentence. A record without a reading takes its {@code country code} as gold
 * country and is judged exact by name and country; one with neither is skipped and listed.
 *
 * <p><b>Golden file.</b> Tab-separated, {@code #} comments: the name; the context countries separated by commas,
 * or {@code -}; the expected GeoNames ids separated by {@code |}, or {@code -}; the expected country, or {@code -}
 * when the name must resolve to nothing; a note.
 */
public final class GeocodingCases {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READINGS = "plover-gsr-locations.tsv";

    private GeocodingCases() {
    }

    /**
     * The cases read from a dataset and the records that could not be read as one.
     *
     * @param cases   the cases, in file order
     * @param skipped ids of the records with a location but no gold country, with the reason
     */
    public record Loaded(List<GeocodingCase> cases, List<String> skipped) {

        public Loaded {
            cases = List.copyOf(cases);
            skipped = List.copyOf(skipped);
        }
    }

    /** Reads {@code file}: PLOVER gold records when it holds a JSON array, else a golden file. */
    public static Loaded read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8).stripLeading();
            if (text.startsWith("[")) {
                return plover(JSON.readTree(text));
            }
            return new Loaded(golden(new java.io.StringReader(text), file.getFileName().toString()), List.of());
        }
    }

    /** The cases of PLOVER gold records (a JSON array). */
    public static Loaded plover(JsonNode records) {
        if (!records.isArray()) {
            throw new IllegalArgumentException("PLOVER gold records are a JSON array");
        }
        Map<String, Reading> readings = readings();
        List<GeocodingCase> cases = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (JsonNode r : records) {
            String name = r.path("eventLoc").path("name").asText("").strip();
            if (name.isEmpty()) {
                continue;
            }
            String id = r.path("id").asText("");
            Set<String> context = new LinkedHashSet<>();
            codes(r.path("source"), context);
            codes(r.path("target"), context);
            Reading reading = readings.get(id);
            if (reading != null) {
                cases.add(new GeocodingCase(id, name, List.copyOf(context), reading.ids, reading.country,
                        reading.note));
                continue;
            }
            String iso3 = iso3(r.path("eventLoc").path("country code").asText(""));
            if (iso3 == null) {
                skipped.add(id + ": no reading and no country code for " + name);
            } else {
                cases.add(new GeocodingCase(id, name, List.copyOf(context), Set.of(), iso3, "country code"));
            }
        }
        return new Loaded(cases, skipped);
    }

    private static void codes(JsonNode actors, Set<String> out) {
        if (actors.isArray()) {
            for (JsonNode a : actors) {
                String code = a.path("code").asText("").strip();
                if (!code.isEmpty()) {
                    out.add(code.toUpperCase(Locale.ROOT));
                }
            }
        }
    }

    /** ISO 3166-1 alpha-3 for an alpha-2 code, or null. */
    private static String iso3(String alpha2) {
        if (alpha2.length() != 2) {
            return null;
        }
        if (alpha2.equalsIgnoreCase("XK")) {
            return "XKX";
        }
        try {
            String iso3 = new Locale("", alpha2.toUpperCase(Locale.ROOT)).getISO3Country();
            return iso3.isEmpty() ? null : iso3;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The cases of a golden file; {@code source} names it in error messages. */
    public static List<GeocodingCase> golden(Reader reader, String source) throws IOException {
        BufferedReader r = new BufferedReader(reader);
        List<GeocodingCase> cases = new ArrayList<>();
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": expected name, countries, ids, "
                        + "country and a note, tab-separated: " + line);
            }
            List<String> countries = f[1].strip().equals("-") ? List.of() : List.of(f[1].strip().split("\\s*,\\s*"));
            String country = f[3].strip().equals("-") ? null : f[3].strip();
            cases.add(new GeocodingCase(source + ":" + lineNo, f[0].strip(), countries, ids(f[2], source, lineNo),
                    country, f.length > 4 ? f[4].strip() : ""));
        }
        return cases;
    }

    private static Set<Long> ids(String field, String source, int lineNo) {
        String s = field.strip();
        if (s.equals("-")) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : s.split("\\|")) {
            try {
                ids.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": not a GeoNames id: " + id);
            }
        }
        return ids;
    }

    private record Reading(Set<Long> ids, String country, String note) {
    }

    /** Warta's reading of the PLOVER gold locations, shipped beside this class: id, ids, country, note. */
    private static Map<String, Reading> readings() {
        try (InputStream in = GeocodingCases.class.getResourceAsStream(READINGS)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + READINGS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Reading> out = new HashMap<>();
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalStateException(READINGS + ":" + lineNo + ": expected 4 fields: " + line);
                }
                out.put(f[0], new Reading(ids(f[1], READINGS, lineNo), f[2], f[3]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + READINGS, e);
        }
    }
}
