package id.warta.store.story;

import id.warta.events.Actor;
import id.warta.events.Casualties;
import id.warta.events.Event;
import id.warta.events.EventLocation;
import id.warta.events.Evidence;
import id.warta.store.StoryEvent;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One event per happening across the articles of a story. Article-level events are one happening when they have
 * the same PLOVER type, negation and modality, actor and target countries that do not contradict each other (equal,
 * or one unknown), the same place country (or one unknown) and dates at most a day apart (or one unknown), each
 * with every other event of the happening (so that a chain of days does not grow into a week). The merged event
 * keeps per kind the highest count an article reports, with its breakdown ({@link Casualties#merge}: outlets repeat
 * the same dead and update the toll, they do not add to it), the earliest date, the fullest actors and the most
 * precise place, and every article's evidence (a syndicated copy's identical sentences once).
 */
public final class StoryEvents {

    /** Each further article reporting a happening adds this much to its confidence. */
    private static final double CORROBORATION = 0.05;
    private static final double MAX_CONFIDENCE = 0.95;

    private StoryEvents() {
    }

    /** An article-level event and the id of the article it comes from. */
    public record ArticleEvent(String article, Event event) {
        public ArticleEvent {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * The happenings of story {@code story}, from the events of its articles (given in article order, earliest
     * first), ordered by date (undated last), then by first appearance.
     */
    public static List<StoryEvent> merge(String story, List<ArticleEvent> events) {
        Objects.requireNonNull(story, "story");
        List<ArticleEvent> ordered = new ArrayList<>(events);
        // dated events first, so that an undated mention joins a dated happening rather than founding its own
        ordered.sort(Comparator.comparing((ArticleEvent a) -> a.event().date(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        List<List<ArticleEvent>> groups = new ArrayList<>();
        for (ArticleEvent e : ordered) {
            List<ArticleEvent> home = null;
            for (List<ArticleEvent> g : groups) {
                if (g.stream().allMatch(m -> compatible(m.event(), e.event()))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(e);
        }
        List<StoryEvent> out = new ArrayList<>(groups.size());
        for (List<ArticleEvent> g : groups) {
            out.add(merged(story, g));
        }
        return out;
    }

    private static boolean compatible(Event a, Event b) {
        return a.type().equals(b.type()) && a.negated() == b.negated() && a.modality() == b.modality()
                && agree(a.actor().country(), b.actor().country())
                && agree(a.target() == null ? null : a.target().country(),
                         b.target() == null ? null : b.target().country())
                && agree(a.location() == null ? null : a.location().country(),
                         b.location() == null ? null : b.location().country())
                && (a.date() == null || b.date() == null || Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= 1);
    }

    private static boolean agree(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    private static StoryEvent merged(String story, List<ArticleEvent> group) {
        Set<String> articles = new LinkedHashSet<>();
        Actor actor = null;
        Actor target = null;
        EventLocation location = null;
        Event dated = null;
        double confidence = 0;
        boolean reported = true;
        Map<String, Integer> modes = new LinkedHashMap<>();
        List<Casualties> counted = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        Set<String> sentences = new HashSet<>();
        for (ArticleEvent ae : group) {
            Event e = ae.event();
            articles.add(ae.article());
            actor = fuller(actor, e.actor());
            target = e.target() == null ? target : fuller(target, e.target());
            if (e.location() != null && (location == null || precise(e.location(), location))) {
                location = e.location();
            }
            if (e.date() != null && (dated == null || e.date().isBefore(dated.date()))) {
                dated = e;
            }
            confidence = Math.max(confidence, e.confidence());
            reported &= e.reported();
            if (e.mode() != null) {
                modes.merge(e.mode(), 1, Integer::sum);
            }
            if (!e.counts().isEmpty()) {
                counted.add(Casualties.of(e.counts()));
            }
            for (Evidence ev : e.evidence()) {
                if (sentences.add(ev.sentence())) {
                    evidence.add(ev);
                }
            }
        }
        Event first = group.get(0).event();
        Casualties casualties = Casualties.merge(counted);
        LocalDate date = dated == null ? null : dated.date();
        confidence = Math.min(MAX_CONFIDENCE, Math.max(confidence, confidence + CORROBORATION * (articles.size() - 1)));
        Event event = new Event(first.type(), mode(modes), actor, target, location, date,
                dated == null ? first.datePrecision() : dated.datePrecision(), casualties.killed(),
                casualties.injured(), casualties.arrested(), casualties.size(), casualties.approximate(),
                first.negated(), first.modality(), reported, casualties.counts(), evidence, confidence);
        return new StoryEvent(story, event, new ArrayList<>(articles));
    }

    /** Of two records of one side, the one that says more: a country, then a sector, then a name in the text. */
    private static Actor fuller(Actor current, Actor candidate) {
        if (current == null) {
            return candidate;
        }
        return weight(candidate) > weight(current) ? candidate : current;
    }

    private static int weight(Actor a) {
        return (a.country() != null ? 4 : 0) + (a.sector() != null ? 2 : 0) + (a.start() >= 0 ? 1 : 0);
    }

    /** Whether {@code a} places the happening more finely than {@code b}: town before province before country. */
    private static boolean precise(EventLocation a, EventLocation b) {
        return a.precision() < b.precision()
                || a.precision() == b.precision() && a.source().ordinal() < b.source().ordinal();
    }

    private static String mode(Map<String, Integer> votes) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() > most) {
                best = v.getKey();
                most = v.getValue();
            }
        }
        return best;
    }
}
