package id.warta.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the English sector table ({@code sectors-en.tsv}, read by {@link SectorLexicon}) from the PETRARCH2
 * Phoenix agents dictionary: common nouns naming a kind of actor ({@code police}, {@code rebels},
 * {@code foreign minister}) with their CAMEO agent code, turned into PLOVER sector codes.
 *
 * <p>Each phrase keeps its written plural or takes the regular one (not for phrases with {@code of}, whose head
 * is not last); substitution markers ({@code !PERSON!}) are expanded. A CAMEO agent code is read in three-letter
 * parts; PLOVER renamed two ({@code MED} media is {@code JRN}, {@code HLH} health is {@code MED}), folds
 * environmental, human-rights and other NGOs into civil society ({@code SOC}), religions into {@code REL}, and
 * has no code for people in general (CAMEO {@code PPL}: civilians, {@code CVL}). The first part that names a
 * role is the sector, the others are secondary. Two rules follow PLOVER's definitions where CAMEO's differ:
 * protesters, demonstrators and rioters are civilians ({@code CVL}, PLOVER's own example) with the opposition
 * ({@code OPP}) as secondary; and armed groups called terrorists, militants, extremists or insurgents are armed
 * opposition ({@code REB}), CAMEO's "unaligned armed forces" ({@code UAF}) being in PLOVER only unidentified
 * gunmen.
 *
 * <p>Left out: abbreviations with a full stop (titles, which the name finder reads), phrases not in ASCII
 * (one mis-encoded Spanish name) and codes naming an international body rather than a sector ({@code IGO~}).
 */
final class PhoenixAgents {

    static final String DICTIONARY = "events/petrarch2/dictionaries/Phoenix.agents.txt";

    private static final Pattern ENTRY = Pattern.compile("^(.+?)\\s*(\\{[^}]*\\})?\\s*\\[([^\\]}]*)[\\]}].*$");
    private static final Pattern SUBSTITUTION = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
    private static final Pattern PROTESTER = Pattern.compile("protest|demonstrat|riot");
    private static final Pattern ARMED_GROUP = Pattern.compile("terror|militant|extremist|insurg|jihad");

    /** CAMEO agent code parts and the PLOVER sector each becomes; absent parts add nothing. */
    private static final Map<String, String> SECTOR = Map.ofEntries(
            Map.entry("GOV", "GOV"), Map.entry("MIL", "MIL"), Map.entry("REB", "REB"), Map.entry("CRM", "CRM"),
            Map.entry("OPP", "OPP"), Map.entry("BUS", "BUS"), Map.entry("CVL", "CVL"), Map.entry("JUD", "JUD"),
            Map.entry("COP", "COP"), Map.entry("LEG", "LEG"), Map.entry("EDU", "EDU"), Map.entry("UAF", "UAF"),
            Map.entry("SPY", "SPY"), Map.entry("AGR", "AGR"), Map.entry("LAB", "LAB"), Map.entry("REF", "REF"),
            Map.entry("PTY", "PTY"), Map.entry("ELI", "ELI"), Map.entry("MED", "JRN"), Map.entry("HLH", "MED"),
            Map.entry("ENV", "SOC"), Map.entry("HRI", "SOC"), Map.entry("NGO", "SOC"), Map.entry("PPL", "CVL"),
            Map.entry("IMG", "REB"), Map.entry("REL", "REL"), Map.entry("MUS", "REL"), Map.entry("CHR", "REL"),
            Map.entry("CTH", "REL"), Map.entry("JEW", "REL"), Map.entry("HIN", "REL"), Map.entry("BUD", "REL"),
            Map.entry("PRO", "REL"), Map.entry("MAR", "REL"), Map.entry("CPT", "REL"));

    private PhoenixAgents() {
    }

    /** The table built from the shared data folder. */
    static String build(Path shared) throws IOException {
        List<String> lines = Files.readAllLines(shared.resolve(DICTIONARY), StandardCharsets.UTF_8);
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        Map<String, String[]> rows = new LinkedHashMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        int entries = 0;
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
            if (line.isEmpty()) {
                continue;
            }
            Matcher sub = SUBSTITUTION.matcher(line);
            if (sub.matches()) {
                List<String> values = new ArrayList<>();
                for (String v : sub.group(2).split(",")) {
                    values.add(v.trim());
                }
                substitutions.put(sub.group(1), values);
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (!m.matches()) {
                skipped.merge("line not understood", 1, Integer::sum);
                continue;
            }
            entries++;
            String code = m.group(3).trim();
            if (code.endsWith("~") || !code.startsWith("~")) {
                skipped.merge("international body, not a sector", 1, Integer::sum);
                continue;
            }
            String phrase = m.group(1).trim();
            if (phrase.indexOf('.') >= 0) {
                skipped.merge("abbreviation", 1, Integer::sum);
                continue;
            }
            if (!phrase.chars().allMatch(c -> c < 0x80)) {
                skipped.merge("phrase not in ASCII", 1, Integer::sum);
                continue;
            }
            List<String> surfaces = new ArrayList<>();
            boolean substituted = false;
            for (Map.Entry<String, List<String>> s : substitutions.entrySet()) {
                if (phrase.contains(s.getKey())) {
                    for (String v : s.getValue()) {
                        surfaces.add(words(phrase.replace(s.getKey(), v)));
                    }
                    substituted = true;
                    break;
                }
            }
            if (!substituted) {
                String singular = words(phrase);
                surfaces.add(singular);
                String plural = m.group(2);
                if (plural == null) {
                    if (!(" " + singular + " ").contains(" of ")) {
                        surfaces.add(pluralOfPhrase(singular));
                    }
                } else {
                    for (String p : plural.substring(1, plural.length() - 1).split(",")) {
                        if (!p.isBlank()) {
                            surfaces.add(words(p));
                        }
                    }
                }
            }
            String[] sector = sector(code.substring(1), words(phrase));
            if (sector == null) {
                skipped.merge("code without a PLOVER sector", 1, Integer::sum);
                continue;
            }
            for (String s : surfaces) {
                if (rows.putIfAbsent(s, sector) != null) {
                    skipped.merge("phrase listed twice, later code dropped", 1, Integer::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# English actor sectors: the PETRARCH2 Phoenix agents dictionary (Phoenix.agents.txt,\n")
                .append("# openeventdata/petrarch2 @676801cd, MIT licence, (c) 2014 Open Event Data Alliance), CAMEO agent\n")
                .append("# codes turned into PLOVER sector codes (CC BY-SA 4.0, Open Event Data Alliance). Generated by\n")
                .append("# `warta build lexicon`; do not edit. Columns: phrase, PLOVER sector, secondary sectors (| or -).\n");
        out.append(String.format(Locale.ROOT, "# %d entries, %d phrases.%n", entries, rows.size()));
        for (Map.Entry<String, Integer> e : skipped.entrySet()) {
            out.append(String.format(Locale.ROOT, "# left out: %d %s%n", e.getValue(), e.getKey()));
        }
        for (Map.Entry<String, String[]> e : rows.entrySet()) {
            out.append(e.getKey()).append('\t').append(e.getValue()[0]).append('\t').append(e.getValue()[1])
                    .append('\n');
        }
        return out.toString();
    }

    /** {sector, secondary} for a CAMEO agent code such as {@code GOVMED}; null when no part maps. */
    private static String[] sector(String code, String phrase) {
        Set<String> parts = new LinkedHashSet<>();
        String religion = null;
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            String s = SECTOR.get(code.substring(i, i + 3));
            if (s == null) {
                continue;
            }
            if (s.equals("REL")) {
                religion = s;
            } else {
                parts.add(s);
            }
        }
        if (parts.contains("UAF") && ARMED_GROUP.matcher(phrase).find()) {
            parts.remove("UAF");
            parts.add("REB");
        }
        if (parts.contains("OPP")) {
            parts.remove("OPP");
            if (parts.isEmpty() && PROTESTER.matcher(phrase).find()) {
                parts.add("CVL");
            }
            parts.add("OPP");
        }
        if (religion != null) {
            parts.add(religion);
        }
        if (parts.isEmpty()) {
            return null;
        }
        List<String> list = new ArrayList<>(parts);
        String secondary = list.size() == 1 ? "-" : String.join("|", list.subList(1, list.size()));
        return new String[] {list.get(0), secondary};
    }

    private static String words(String phrase) {
        return phrase.replace('_', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String pluralOfPhrase(String words) {
        int space = words.lastIndexOf(' ');
        return words.substring(0, space + 1) + EnglishInflector.plural(words.substring(space + 1));
    }
}
