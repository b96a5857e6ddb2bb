package id.warta.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The counts a sentence (or an event's sentences) reports and their totals per kind. Each total is the sum of the
 * counts of its kind and null when there is none, so the breakdown behind a total is always at hand: killed 48 is
 * {@code 30 pengunjuk rasa} plus {@code 18 personel keamanan}.
 *
 * @param counts      the numbers behind the totals, in text order
 * @param killed      people killed, or null
 * @param injured     people injured, or null
 * @param arrested    people arrested or detained, or null
 * @param size        size of the acting group (troops, crowd), or null
 * @param approximate whether any count behind the totals is hedged, vague or a range's lower bound
 */
public record Casualties(List<Count> counts, Long killed, Long injured, Long arrested, Long size,
                         boolean approximate) {

    /** Nothing counted. */
    public static final Casualties NONE = of(List.of());

    private static final Comparator<Count> TEXT_ORDER = Comparator.comparingInt(Count::start)
            .thenComparingInt(Count::end).thenComparing(Count::kind);

    public Casualties {
        counts = List.copyOf(counts);
        Map<Count.Kind, Long> sums = sums(counts);
        boolean hedged = counts.stream().anyMatch(Count::approximate);
        if (!Objects.equals(killed, sums.get(Count.Kind.KILLED))
                || !Objects.equals(injured, sums.get(Count.Kind.INJURED))
                || !Objects.equals(arrested, sums.get(Count.Kind.ARRESTED))
                || !Objects.equals(size, sums.get(Count.Kind.SIZE)) || approximate != hedged) {
            throw new IllegalArgumentException("totals must be the sums of the counts: " + counts);
        }
    }

    /** The totals of {@code counts}: per kind their sum; approximate when any of them is. */
    public static Casualties of(List<Count> counts) {
        List<Count> sorted = new ArrayList<>(counts);
        sorted.sort(TEXT_ORDER);
        Map<Count.Kind, Long> sums = sums(sorted);
        return new Casualties(sorted, sums.get(Count.Kind.KILLED), sums.get(Count.Kind.INJURED),
                sums.get(Count.Kind.ARRESTED), sums.get(Count.Kind.SIZE),
                sorted.stream().anyMatch(Count::approximate));
    }

    /**
     * Merges the counts of several mentions of one event (usually one per evidence sentence) without double
     * counting: per kind, the mention with the largest total is kept whole, breakdown included, and the others'
     * counts of that kind are dropped. News repeats a figure ({@code 30 tewas} in the lead and again further down
     * is 30, not 60) and updates it ({@code korban tewas bertambah menjadi 20}), and within one article the later,
     * larger toll is the one that stands. Of equal totals the exact one wins over a hedged one, then the first
     * given. Figures that contradict each other (the police say 5, activists 20) give the larger; ACLED would take
     * the smaller across sources, but within one article the larger is far more often an update than a rival
     * claim, and the coder can leave a reported claim out of the mentions it merges.
     * Two sentences that each count a different group of the dead ({@code 30 pengunjuk rasa tewas.} and
     * {@code 18 polisi juga tewas.}) are therefore not added up; a sentence that gives both is.
     *
     * @param mentions the counts of each mention (each one sentence's, as {@link CasualtyCounter} gives them; do
     *                 not concatenate two sentences' counts into one mention, or a figure and its update add up)
     */
    public static Casualties merge(List<Casualties> mentions) {
        List<Count> kept = new ArrayList<>();
        for (Count.Kind kind : Count.Kind.values()) {
            Casualties best = null;
            Long bestTotal = null;
            boolean bestHedged = false;
            for (Casualties m : mentions) {
                Long total = m.total(kind);
                if (total == null) {
                    continue;
                }
                boolean hedged = m.counts.stream().anyMatch(c -> c.kind() == kind && c.approximate());
                if (best == null || total > bestTotal || total.equals(bestTotal) && bestHedged && !hedged) {
                    best = m;
                    bestTotal = total;
                    bestHedged = hedged;
                }
            }
            if (best != null) {
                for (Count c : best.counts) {
                    if (c.kind() == kind) {
                        kept.add(c);
                    }
                }
            }
        }
        return of(kept);
    }

    /** The total of {@code kind}, or null when nothing of that kind was counted. */
    public Long total(Count.Kind kind) {
        return switch (kind) {
            case KILLED -> killed;
            case INJURED -> injured;
            case ARRESTED -> arrested;
            case SIZE -> size;
        };
    }

    /** Whether nothing was counted. */
    public boolean isEmpty() {
        return counts.isEmpty();
    }

    private static Map<Count.Kind, Long> sums(List<Count> counts) {
        Map<Count.Kind, Long> sums = new EnumMap<>(Count.Kind.class);
        for (Count c : counts) {
            sums.merge(c.kind(), c.value(), Long::sum);
        }
        return sums;
    }
}
