package id.warta.ner;

import id.warta.text.Sentence;
import id.warta.text.Text;
import id.warta.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups the names found in one text into entities: repeats of a name, a surname after the full name
 * ({@code Tokayev} after {@code Kassym-Jomart Tokayev}), an acronym given in brackets after the full name
 * ({@code Dewan Urusan Internasional Rusia (RIAC)}) and names the directory knows as the same entity
 * ({@code CSTO}, {@code Organisasi Perjanjian Keamanan Kolektif}). Also adds the later, untagged repeats of a
 * name found elsewhere in the text: a tagger sees one sentence, an article names its people many times.
 */
final class EntityLinker {

    /** A name the tagger or the gazetteer found, before linking. */
    record Name(int start, int end, Entity.Type type) {
    }

    /** Longest name the linker looks for again in the text, in tokens; bounds the repeat search. */
    private static final int MAX_NAME_TOKENS = 8;

    private final NameDirectory directory;

    EntityLinker(NameDirectory directory) {
        this.directory = directory;
    }

    List<Entity> link(Text text, List<Name> found) {
        String s = text.text();
        TreeMap<Integer, Name> names = new TreeMap<>();
        for (Name name : found) {
            names.put(name.start(), name);
        }
        addRepeats(text, names);
        majorityTypes(s, names);

        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new HashMap<>();
        Map<String, Group> bySurname = new HashMap<>();
        Map<String, Group> byFirstName = new HashMap<>();
        Map<String, Group> byAcronym = new HashMap<>();
        Name previous = null;
        String previousKey = null;
        for (Name name : names.values()) {
            String written = normalise(s.substring(name.start(), name.end()));
            NameDirectory.Known known = directory.lookup(written, name.type());
            String key = name.type() + "|" + (known != null && known.canonical() != null ? known.canonical()
                    : written.toLowerCase(Locale.ROOT));
            Group group = byKey.get(key);
            // a lone word that is a person's surname (or, failing that, first name) is that person, whatever the
            // tagger made of it in its sentence
            if (group == null && !written.contains(" ")) {
                group = bySurname.get(written.toLowerCase(Locale.ROOT));
                if (group == null && name.type() == Entity.Type.PERSON) {
                    group = byFirstName.get(written.toLowerCase(Locale.ROOT));
                }
            }
            if (group == null && isAcronym(written)) {
                group = byAcronym.get(written);
                if (group == null && previous != null && bracketed(s, previous, name)) {
                    group = byKey.get(previousKey);
                }
            }
            if (group == null) {
                group = new Group(name.type(), known);
                groups.add(group);
            }
            group.add(name, s.substring(name.start(), name.end()));
            byKey.putIfAbsent(key, group);
            if (isAcronym(written)) {
                byAcronym.putIfAbsent(written, group);
            }
            if (group.type == Entity.Type.PERSON) {
                String[] parts = written.split(" ");
                if (parts.length > 1) {
                    bySurname.putIfAbsent(parts[parts.length - 1].toLowerCase(Locale.ROOT), group);
                    byFirstName.putIfAbsent(parts[0].toLowerCase(Locale.ROOT), group);
                }
            }
            previous = name;
            previousKey = key;
        }
        List<Entity> entities = new ArrayList<>(groups.size());
        for (Group group : groups) {
            entities.add(group.entity());
        }
        return entities;
    }

    /**
     * Marks later and earlier occurrences of every found name that the tagger missed, where they stand on token
     * boundaries and are written with the same capitals.
     */
    private static void addRepeats(Text text, TreeMap<Integer, Name> names) {
        String s = text.text();
        Map<String, Entity.Type> known = new LinkedHashMap<>();
        for (Name name : names.values()) {
            known.putIfAbsent(s.substring(name.start(), name.end()), name.type());
        }
        // a person named in full is named again by one of the names alone: Jokowi ... Joko, Retno Marsudi ... Retno
        for (Name name : names.values()) {
            if (name.type() == Entity.Type.PERSON) {
                String[] parts = normalise(s.substring(name.start(), name.end())).split(" ");
                if (parts.length > 1) {
                    for (String part : new String[]{parts[0], parts[parts.length - 1]}) {
                        if (part.length() > 2 && Character.isUpperCase(part.charAt(0)) && !isAcronym(part)) {
                            known.putIfAbsent(part, Entity.Type.PERSON);
                        }
                    }
                }
            }
        }
        if (known.isEmpty()) {
            return;
        }
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token first = tokens.get(i);
                if (!Character.isUpperCase(s.charAt(first.start()))) {
                    continue;
                }
                for (int j = Math.min(tokens.size(), i + MAX_NAME_TOKENS); j > i; j--) {
                    int start = first.start();
                    int end = tokens.get(j - 1).end();
                    Entity.Type type = known.get(s.substring(start, end));
                    if (type != null && free(names, start, end)) {
                        names.put(start, new Name(start, end, type));
                        i = j - 1;
                        break;
                    }
                }
            }
        }
    }

    /** Gives every occurrence of a name the type most of its occurrences have (the first one's on a tie). */
    private static void majorityTypes(String s, TreeMap<Integer, Name> names) {
        Map<String, int[]> votes = new HashMap<>();
        for (Name name : names.values()) {
            int[] counts = votes.computeIfAbsent(normalise(s.substring(name.start(), name.end())),
                    k -> new int[Entity.Type.values().length + 1]);
            if (counts[0] == 0) {
                counts[0] = name.type().ordinal() + 1;
            }
            counts[name.type().ordinal() + 1]++;
        }
        for (Map.Entry<Integer, Name> entry : names.entrySet()) {
            Name name = entry.getValue();
            int[] counts = votes.get(normalise(s.substring(name.start(), name.end())));
            int best = counts[0];
            for (int t = 1; t < counts.length; t++) {
                if (counts[t] > counts[best]) {
                    best = t;
                }
            }
            if (best - 1 != name.type().ordinal()) {
                entry.setValue(new Name(name.start(), name.end(), Entity.Type.values()[best - 1]));
            }
        }
    }

    private static boolean free(TreeMap<Integer, Name> names, int start, int end) {
        Map.Entry<Integer, Name> before = names.floorEntry(end - 1);
        return before == null || before.getValue().end() <= start;
    }

    /** Whether {@code acronym} follows {@code name} in brackets: {@code Dewan … Rusia (RIAC)}. */
    private static boolean bracketed(String s, Name name, Name acronym) {
        int i = name.end();
        while (i < acronym.start() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i < acronym.start() && s.charAt(i) == '(' && s.substring(i + 1, acronym.start()).isBlank();
    }

    static boolean isAcronym(String written) {
        if (written.length() < 2 || written.length() > 10 || written.indexOf(' ') >= 0) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isLowerCase(c) && !Character.isDigit(c) && c != '-' && c != '&') {
                return false;
            }
        }
        return upper >= 2 && upper * 2 >= written.length();
    }

    private static String normalise(String written) {
        return written.replaceAll("\\s+", " ");
    }

    /** The mentions of one entity as they are gathered. */
    private static final class Group {
        final Entity.Type type;
        final NameDirectory.Known known;
        final List<Mention> mentions = new ArrayList<>();
        String fullest;

        Group(Entity.Type type, NameDirectory.Known known) {
            this.type = type;
            this.known = known;
        }

        void add(Name name, String written) {
            mentions.add(new Mention(name.start(), name.end()));
            // the fullest name is the longest one written out; an acronym names the entity only when nothing else does
            if (fullest == null || isAcronym(fullest) && !isAcronym(written)
                    || written.length() > fullest.length() && !isAcronym(written)) {
                fullest = written;
            }
        }

        Entity entity() {
            mentions.sort(Comparator.comparingInt(Mention::start));
            String kind = known == null ? null : known.kind();
            String country = known == null ? null : known.country();
            return new Entity(fullest, type, kind, country, mentions);
        }
    }
}
