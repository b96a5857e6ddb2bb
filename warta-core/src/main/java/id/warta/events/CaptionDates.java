package id.warta.events;

import id.warta.internal.Fold;
import id.warta.internal.FoldedTokens;
import id.warta.model.Analysis;
import id.warta.model.CaptionFindings;
import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.text.RuleTokenizer;
import id.warta.text.Tokenizer;
import id.warta.time.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dates from image captions. A caption often carries the one date of the story ("Tentara Rusia menaiki pesawat
 * militer ke Kazakhstan pada pagi hari 6 Januari 2022") while the sentences reporting it have none. The rule: a
 * caption's first day-precise date applies to an event whose sentence has no date when the caption names both
 * <ul>
 *   <li>the event's actor: its country (by a name the article uses for an entity of that country, or a demonym),
 *       and, when the caption has a sector noun ({@code Tentara}), the actor's sector (an actor of unknown sector
 *       passes); and</li>
 *   <li>where it happened: another country that is the event's location or target country, or, for an event in
 *       the actor's own country, the place's name as the sentence writes it.</li>
 * </ul>
 * and the date lies in the {@value #MAX_DAYS_BEFORE} days up to the publication (an older date is an archive
 * photo's). Events of other actors keep the publication date.
 */
final class CaptionDates {

    /** A caption date older than this many days before publication belongs to a file photo. */
    static final int MAX_DAYS_BEFORE = 31;
    /** Only the first captions are read: a gallery's hundredth caption is not the story's. */
    private static final int MAX_CAPTIONS = 20;
    private static final Tokenizer TOKENIZER = new RuleTokenizer();

    /** What one caption names. */
    private record Caption(TimeExpression time, Set<String> countries, Set<String> sectors, Set<String> names) {
    }

    private final List<Caption> captions;

    private CaptionDates(List<Caption> captions) {
        this.captions = captions;
    }

    /** The dated captions of an article, each with the countries, sectors and names it mentions. */
    static CaptionDates read(Analysis analysis, CoderLexicon lexicon, String language) {
        List<CaptionFindings> findings = analysis.captions();
        if (findings.isEmpty()) {
            return new CaptionDates(List.of());
        }
        LocalDate published = analysis.article().published() == null ? null
                : analysis.article().published().toLocalDate();
        Map<String, List<Named>> names = null;
        List<Caption> out = new ArrayList<>();
        for (CaptionFindings f : findings) {
            if (f.caption() >= MAX_CAPTIONS) {
                break;
            }
            TimeExpression time = firstDay(f.times(), published);
            if (time == null) {
                continue;
            }
            if (names == null) {
                names = names(analysis);
            }
            String caption = analysis.article().captions().get(f.caption());
            FoldedTokens tokens = FoldedTokens.of(caption, TOKENIZER.tokenize(caption, language));
            Set<String> countries = new HashSet<>();
            Set<String> sectors = new HashSet<>();
            Set<String> named = new HashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                CoderLexicon.CountryWord c = lexicon.country(tokens, i, language);
                if (c != null) {
                    countries.add(c.country());
                }
                CoderLexicon.SectorWord s = lexicon.sector(tokens, i, language);
                if (s != null) {
                    sectors.add(s.sector());
                }
                for (Named n : names.getOrDefault(tokens.folded(i), List.of())) {
                    if (n.at(tokens, i)) {
                        named.add(n.key());
                        if (n.country() != null) {
                            countries.add(n.country());
                        }
                    }
                }
            }
            out.add(new Caption(time, countries, sectors, named));
        }
        return new CaptionDates(out);
    }

    /**
     * The caption date that applies to {@code e} by the rule of the class, or null.
     *
     * @param placeName the event's place as its sentence writes it, or null when the sentence names none
     */
    TimeExpression dateOf(RawEvent e, String placeName) {
        String actor = e.actor.country();
        if (actor == null) {
            return null;
        }
        String where = e.location != null ? e.location.country() : null;
        String target = e.target != null ? e.target.country() : null;
        for (Caption c : captions) {
            if (!c.countries().contains(actor)
                    || e.actor.sector() != null && !c.sectors().isEmpty() && !c.sectors().contains(e.actor.sector())) {
                continue;
            }
            boolean abroad = where != null && !where.equals(actor) && c.countries().contains(where)
                    || target != null && !target.equals(actor) && c.countries().contains(target);
            boolean home = placeName != null && where != null && where.equals(actor)
                    && c.names().contains(Fold.fold(placeName));
            if (abroad || home) {
                return c.time();
            }
        }
        return null;
    }

    /** The caption's first day-precise date within the window before publication, or null. */
    private static TimeExpression firstDay(List<TimeExpression> times, LocalDate published) {
        for (TimeExpression t : times) {
            if (t.precision().compareTo(TimeExpression.Precision.DAY) < 0) {
                continue;
            }
            if (published == null || !t.begin().isAfter(published)
                    && !t.begin().isBefore(published.minusDays(MAX_DAYS_BEFORE))) {
                return t;
            }
        }
        return null;
    }

    /** A name the article uses for an entity, as folded tokens, with the entity's country. */
    private record Named(List<String> tokens, String key, String country) {

        boolean at(FoldedTokens text, int from) {
            if (from + tokens.size() > text.size()) {
                return false;
            }
            for (int k = 0; k < tokens.size(); k++) {
                if (!text.folded(from + k).equals(tokens.get(k))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The names of the article's entities (their fullest names and the words of each mention), by first token. */
    private static Map<String, List<Named>> names(Analysis analysis) {
        String text = analysis.article().text();
        Map<String, List<Named>> out = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Entity e : analysis.entities()) {
            List<String> written = new ArrayList<>();
            written.add(e.text());
            for (Mention m : e.mentions()) {
                if (m.end() <= text.length()) {
                    written.add(m.text(text));
                }
            }
            for (String w : written) {
                String key = Fold.fold(w);
                if (key.isEmpty() || !seen.add(key + '\u0000' + e.country())) {
                    continue;
                }
                List<String> tokens = new ArrayList<>();
                FoldedTokens t = FoldedTokens.of(w, TOKENIZER.tokenize(w, null));
                for (int i = 0; i < t.size(); i++) {
                    tokens.add(t.folded(i));
                }
                if (!tokens.isEmpty()) {
                    out.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(new Named(tokens, key,
                            e.country()));
                }
            }
        }
        return out;
    }
}
