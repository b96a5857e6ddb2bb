package id.warta.store.story;

import id.warta.events.Event;
import id.warta.internal.Fold;
import id.warta.model.Analysis;
import id.warta.ner.Entity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What of an analysed article tells which happening it reports, for {@link StoryMatcher}.
 *
 * @param day       the publication day in the article's own offset, else the first event's date; null when neither
 *                  is known (such an article starts its own story)
 * @param eventKeys one {@code TYPE|COUNTRY|DATE} key per asserted event ({@code PROTEST|KAZ|2022-01-05}): PLOVER
 *                  type, the country of its place (else of its actor, else {@code -}), its date (else the
 *                  profile's day, else {@code -}); sorted
 * @param entities  the people, organisations and places below country level that the article names, folded
 *                  ({@code kassym-jomart tokayev}), most mentioned first, at most {@value #MAX_ENTITIES}
 * @param countries ISO 3166-1 alpha-3 codes of the places the article names and its events happen in; sorted
 */
public record StoryProfile(LocalDate day, Set<String> eventKeys, Set<String> entities, Set<String> countries) {

    /** Entities kept per article: the ones a story is about are among the most mentioned. */
    public static final int MAX_ENTITIES = 12;
    /** Entities among the index keys: enough to find a story whose events the coder missed. */
    private static final int KEY_ENTITIES = 4;
    private static final int FORMAT = 1;

    public StoryProfile {
        eventKeys = Collections.unmodifiableSet(new TreeSet<>(eventKeys));
        entities = Collections.unmodifiableSet(new LinkedHashSet<>(entities));
        countries = Collections.unmodifiableSet(new TreeSet<>(countries));
    }

    /** The profile of an analysed article (an article that was not analysed has only its day). */
    public static StoryProfile of(Analysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        LocalDate day = analysis.article().published() == null ? null
                : analysis.article().published().toLocalDate();
        Set<String> countries = new TreeSet<>();
        LocalDate firstEvent = null;
        List<Event> asserted = new ArrayList<>();
        for (Event e : analysis.events()) {
            if (e.negated() || e.modality() != Event.Modality.ASSERTED) {
                continue;
            }
            asserted.add(e);
            if (e.location() != null && e.location().country() != null) {
                countries.add(e.location().country());
            }
            if (e.date() != null && (firstEvent == null || e.date().isBefore(firstEvent))) {
                firstEvent = e.date();
            }
        }
        if (day == null) {
            day = firstEvent;
        }
        Set<String> keys = new TreeSet<>();
        for (Event e : asserted) {
            // an event the text does not date happened, as far as anyone can tell, on the article's day
            String country = e.location() != null ? e.location().country() : e.actor().country();
            keys.add(eventKey(e.type(), country, e.date() != null ? e.date() : day));
        }
        List<Entity> ranked = new ArrayList<>();
        for (Entity entity : analysis.entities()) {
            if (entity.type() == Entity.Type.LOC && entity.country() != null) {
                countries.add(entity.country());
            }
            if (!"country".equals(entity.kind())) {
                ranked.add(entity);
            }
        }
        // stable: of equally mentioned entities the first named comes first
        ranked.sort(Comparator.comparingInt((Entity en) -> en.mentions().size()).reversed());
        Set<String> entities = new LinkedHashSet<>();
        for (Entity entity : ranked) {
            if (entities.size() == MAX_ENTITIES) {
                break;
            }
            String folded = Fold.fold(entity.text());
            if (!folded.isEmpty()) {
                entities.add(folded);
            }
        }
        return new StoryProfile(day, keys, entities, countries);
    }

    /** The key of an event of {@code type} in {@code country} (null: unknown) on {@code date} (null: unknown). */
    static String eventKey(String type, String country, LocalDate date) {
        return type + '|' + (country == null ? "-" : country) + '|' + (date == null ? "-" : date.toString());
    }

    /**
     * Terms to index the article under, so that a later article finds the stories it may join: each event's
     * {@code ev:TYPE|COUNTRY} (without the date, which may differ by a day between reports; the store narrows the
     * candidates to {@code storyWindowDays} around the day) and the {@value #KEY_ENTITIES} most mentioned
     * entities as {@code en:name}.
     */
    public List<String> keys() {
        Set<String> out = new LinkedHashSet<>();
        for (String k : eventKeys) {
            out.add("ev:" + k.substring(0, k.lastIndexOf('|')));
        }
        int n = 0;
        for (String e : entities) {
            if (n++ == KEY_ENTITIES) {
                break;
            }
            out.add("en:" + e);
        }
        return List.copyOf(out);
    }

    /** A compact binary form for storing the profile with the article. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 24 * (eventKeys.size() + entities.size()));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeLong(day == null ? Long.MIN_VALUE : day.toEpochDay());
            for (Set<String> set : List.of(eventKeys, entities, countries)) {
                out.writeShort(set.size());
                for (String s : set) {
                    out.writeUTF(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The profile {@link #toBytes()} wrote. */
    public static StoryProfile fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int format = in.readByte();
            if (format != FORMAT) {
                throw new IllegalArgumentException("unknown story profile format " + format);
            }
            long epochDay = in.readLong();
            List<Set<String>> sets = new ArrayList<>(3);
            for (int k = 0; k < 3; k++) {
                int n = in.readUnsignedShort();
                Set<String> set = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    set.add(in.readUTF());
                }
                sets.add(set);
            }
            return new StoryProfile(epochDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(epochDay), sets.get(0),
                    sets.get(1), sets.get(2));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a story profile: " + e.getMessage(), e);
        }
    }
}
