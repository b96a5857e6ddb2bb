package id.warta.events;

import id.warta.geo.Gazetteer;
import id.warta.geo.Place;
import id.warta.internal.FoldedTokens;
import id.warta.ner.Organisations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The coder's words from Warta's shipped tables: {@link TriggerLexicon}, {@link SectorLexicon} and
 * {@link Demonyms} of the text's language, country names of the {@link Gazetteer}, and the curated
 * {@link Organisations}. A text of undetermined language is read with the Indonesian tables, and with the
 * English ones where the Indonesian find nothing. Immutable and thread-safe.
 */
final class ShippedLexicon implements CoderLexicon {

    static final ShippedLexicon SHARED = new ShippedLexicon();
    /** PLOVER's codes for international actors, which stand in an actor's country. */
    private static final Set<String> INTERNATIONAL = Set.of("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC");

    private ShippedLexicon() {
    }

    @Override
    public List<Trigger> triggers(FoldedTokens tokens, String language) {
        List<TriggerMatch> matches = TriggerLexicon.of(language).matches(tokens);
        if (matches.isEmpty() && undetermined(language)) {
            matches = TriggerLexicon.indonesian().matches(tokens);
            if (matches.isEmpty()) {
                matches = TriggerLexicon.english().matches(tokens);
            }
        }
        List<Trigger> out = new ArrayList<>(matches.size());
        for (TriggerMatch m : matches) {
            // a word that only counts the dead or hurt (tewas, killed), not one that says how (tewas ditembak)
            boolean casualty = (m.count() == Count.Kind.KILLED || m.count() == Count.Kind.INJURED)
                    && m.trigger().mode() == null;
            out.add(new Trigger(m.start(), m.end(), m.anchorStart(), m.anchorEnd(), m.trigger().event(),
                    m.trigger().mode(), m.voice(), m.trigger().needsTarget(), casualty));
        }
        return out;
    }

    @Override
    public SectorWord sector(FoldedTokens tokens, int at, String language) {
        if (at < 0 || at >= tokens.size()) {
            return null;
        }
        Optional<SectorLexicon.SectorMatch> m = SectorLexicon.of(language).match(tokens, at);
        if (m.isEmpty() && undetermined(language)) {
            m = SectorLexicon.indonesian().match(tokens, at);
            if (m.isEmpty()) {
                m = SectorLexicon.english().match(tokens, at);
            }
        }
        return m.map(s -> new SectorWord(s.end(), s.sector().code())).orElse(null);
    }

    @Override
    public CountryWord country(FoldedTokens tokens, int at, String language) {
        if (at < 0 || at >= tokens.size()) {
            return null;
        }
        Optional<Demonyms.DemonymMatch> m = Demonyms.of(language).match(tokens, at);
        if (m.isEmpty() && undetermined(language)) {
            m = Demonyms.indonesian().match(tokens, at);
            if (m.isEmpty()) {
                m = Demonyms.english().match(tokens, at);
            }
        }
        if (m.isPresent()) {
            return new CountryWord(m.get().end(), m.get().country());
        }
        // a country's own name the entity stage missed (Iran at the start of a sentence): the gazetteer knows it;
        // so is a capital's, which stands for its government (Beijing condemned, Washington said)
        List<Place> places = new ArrayList<>(2);
        int end = Gazetteer.shared().longest(tokens, at, false, places);
        if (end <= at || places.isEmpty()) {
            return null;
        }
        if (places.get(0).kind() == Place.Kind.COUNTRY) {
            return new CountryWord(end, places.get(0).country());
        }
        Place biggest = null;
        for (Place p : places) {
            if (p.kind() == Place.Kind.CITY && (biggest == null || p.population() > biggest.population())) {
                biggest = p;
            }
        }
        return biggest != null && Capitals.IDS.contains(biggest.geonameId())
                ? new CountryWord(end, biggest.country()) : null;
    }

    /**
     * The capitals of the gazetteer's countries: the towns at their country's seat, whose coordinates the
     * gazetteer gives the country ({@link Place#latitude()}). Computed once, on first use.
     */
    private static final class Capitals {
        static final Set<Long> IDS = capitals();

        private static Set<Long> capitals() {
            Gazetteer g = Gazetteer.shared();
            Set<Long> out = new HashSet<>();
            for (Place p : g.places()) {
                if (p.kind() != Place.Kind.CITY) {
                    continue;
                }
                Optional<Place> c = g.country(p.country());
                if (c.isPresent() && Math.abs(c.get().latitude() - p.latitude()) < SAME_POINT
                        && Math.abs(c.get().longitude() - p.longitude()) < SAME_POINT) {
                    out.add(p.geonameId());
                }
            }
            return Set.copyOf(out);
        }
    }

    /** Degrees within which two coordinates of the gazetteer are the same point. */
    private static final double SAME_POINT = 1e-4;

    @Override
    public OrganisationFacts organisation(String name) {
        Optional<Organisations.Entry> e = Organisations.shared().lookup(name);
        if (e.isEmpty()) {
            return null;
        }
        String sector = e.get().sector();
        boolean international = INTERNATIONAL.contains(sector);
        return new OrganisationFacts(international ? sector : e.get().country(), international ? null : sector);
    }

    /** Whether the tag names neither of the languages the tables are for. */
    private static boolean undetermined(String language) {
        return TriggerLexicon.table(language) == TriggerLexicon.Table.NONE;
    }
}
