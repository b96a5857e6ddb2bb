package id.warta.events;

import id.warta.internal.Fold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One event per happening. Mentions of the same type, actor country, target country, place and date, equally
 * negated and of the same modality, are one event with all their evidence sentences. Then a mention dated only by
 * the publication (its sentence gives no date) joins the one event of the same type, actors and place that its
 * text dates, when there is exactly one such date: "kerusuhan" on 1 January and a later undated "kerusuhan" in the
 * same country are one riot, not two. Their counts merge by {@link Casualties#merge}: the largest total of each
 * kind stands, with its breakdown.
 */
final class EventMerger {

    /** Each further sentence reporting an event adds this much to the confidence of its best mention. */
    private static final double CORROBORATION = 0.05;
    private static final double MAX_CONFIDENCE = 0.95;

    private EventMerger() {
    }

    /** The events of {@code mentions}, which are in text order, in the order of their first evidence. */
    static List<Event> merge(List<RawEvent> mentions) {
        Map<String, List<RawEvent>> groups = new LinkedHashMap<>();
        for (RawEvent m : mentions) {
            groups.computeIfAbsent(key(m, true), k -> new ArrayList<>()).add(m);
        }
        // undated groups join the single dated group with the same key apart from the date
        Map<String, List<String>> datedByKey = new HashMap<>();
        for (Map.Entry<String, List<RawEvent>> g : groups.entrySet()) {
            RawEvent first = g.getValue().get(0);
            if (first.dateSource == RawEvent.DateSource.SENTENCE || first.dateSource == RawEvent.DateSource.CAPTION) {
                datedByKey.computeIfAbsent(key(first, false), k -> new ArrayList<>()).add(g.getKey());
            }
        }
        List<List<RawEvent>> merged = new ArrayList<>();
        Map<String, List<RawEvent>> byKey = new HashMap<>();
        for (Map.Entry<String, List<RawEvent>> g : groups.entrySet()) {
            byKey.put(g.getKey(), new ArrayList<>(g.getValue()));
        }
        for (Map.Entry<String, List<RawEvent>> g : groups.entrySet()) {
            RawEvent first = g.getValue().get(0);
            if (first.dateSource != RawEvent.DateSource.PUBLISHED) {
                continue;
            }
            List<String> dated = datedByKey.get(key(first, false));
            if (dated != null && dated.size() == 1) {
                byKey.get(dated.get(0)).addAll(byKey.remove(g.getKey()));
            }
        }
        for (String k : groups.keySet()) {
            List<RawEvent> group = byKey.get(k);
            if (group != null) {
                merged.add(group);
            }
        }
        List<Event> out = new ArrayList<>(merged.size());
        for (List<RawEvent> group : merged) {
            out.add(event(group));
        }
        out.sort(Comparator.comparingInt((Event e) -> e.evidence().get(0).start()));
        return out;
    }

    /** What makes two mentions one happening; with or without the date. */
    private static String key(RawEvent m, boolean withDate) {
        StringBuilder sb = new StringBuilder(64).append(m.type).append('|').append(side(m.actor)).append('|')
                .append(m.target == null ? "-" : side(m.target)).append('|');
        if (m.location == null) {
            sb.append('-');
        } else if (m.location.geonameId() > 0) {
            sb.append(m.location.geonameId());
        } else {
            sb.append(m.location.country()).append(':').append(Fold.fold(m.location.name()));
        }
        sb.append('|').append(m.modality).append('|').append(m.negated);
        if (withDate) {
            sb.append('|').append(m.date);
        }
        return sb.toString();
    }

    private static String side(Actor a) {
        String who = a.country() != null ? a.country() : a.members().isEmpty() ? "?" + Fold.fold(a.name()) : "";
        return a.members().isEmpty() ? who : who + a.members();
    }

    /** The event of a group of mentions of one happening. */
    private static Event event(List<RawEvent> group) {
        group.sort(Comparator.comparingInt((RawEvent m) -> m.sentence).thenComparingInt(m -> m.triggerStart));
        RawEvent dated = group.get(0);
        for (RawEvent m : group) {
            if (rank(m.dateSource) < rank(dated.dateSource)) {
                dated = m;
            }
        }
        Actor actor = null;
        Actor target = null;
        EventLocation location = null;
        double confidence = 0;
        boolean reported = true;
        List<Casualties> counted = new ArrayList<>();
        TreeSet<Evidence> evidence = new TreeSet<>(Comparator.comparingInt(Evidence::start));
        for (RawEvent m : group) {
            actor = better(actor, m.actor);
            target = m.target == null ? target : better(target, m.target);
            if (location == null || m.location != null && m.location.source().ordinal()
                    < location.source().ordinal()) {
                location = m.location;
            }
            confidence = Math.max(confidence, m.confidence);
            reported &= m.reported;
            if (!m.counts.isEmpty()) {
                counted.add(Casualties.of(m.counts));
            }
            evidence.addAll(m.evidence);
        }
        confidence = Math.min(MAX_CONFIDENCE, confidence + CORROBORATION * (evidence.size() - 1));
        Casualties casualties = Casualties.merge(counted);
        RawEvent first = group.get(0);
        return new Event(first.type, mode(group), actor, target, location, dated.date, dated.datePrecision,
                casualties.killed(), casualties.injured(), casualties.arrested(), casualties.size(),
                casualties.approximate(), first.negated, first.modality, reported, casualties.counts(),
                new ArrayList<>(evidence), confidence);
    }

    private static int rank(RawEvent.DateSource source) {
        return source == null ? RawEvent.DateSource.NONE.ordinal() : source.ordinal();
    }

    /** The fuller of two records of the same side: one written in the text, then one with a sector. */
    private static Actor better(Actor current, Actor candidate) {
        if (current == null) {
            return candidate;
        }
        int c = score(current);
        int n = score(candidate);
        return n > c ? candidate : current;
    }

    private static int score(Actor a) {
        return (a.start() >= 0 ? 4 : 0) + (a.sector() != null ? 2 : 0) + (a.country() != null ? 1 : 0);
    }

    /** The mode most mentions give; on a tie, the first mention's. */
    private static String mode(List<RawEvent> group) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (RawEvent m : group) {
            if (m.mode != null) {
                votes.merge(m.mode, 1, Integer::sum);
            }
        }
        String best = null;
        int bestVotes = 0;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() > bestVotes) {
                best = v.getKey();
                bestVotes = v.getValue();
            }
        }
        return best;
    }
}
