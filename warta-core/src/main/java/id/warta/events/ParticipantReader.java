package id.warta.events;

import id.warta.ner.Entity;
import id.warta.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the participants of a sentence, left to right in one pass: entities, titles (a sector word right before a
 * person's name: {@code Presiden}, {@code Foreign Minister}) with the names they introduce, sector nouns with the
 * country written after them (Indonesian: {@code pasukan terjun payung Rusia}, {@code polisi dari Malaysia}) or
 * before them (English: {@code Russian troops}, {@code Kazakhstan's police}), demonyms, and then lists of these.
 * What a title says of a person is remembered for the article, so that a later bare {@code Tokayev} is still
 * Kazakhstan's government.
 */
final class ParticipantReader {

    /** At most this many lower-case words between a sector noun and its country ({@code pasukan terjun payung}). */
    private static final int MAX_MODIFIERS = 3;
    /** How far back a preposition is looked for over place nouns and articles ({@code in the city of}). */
    private static final int MAX_PREP_DISTANCE = 4;
    /** Words that may stand between a preposition of place and the place's name. */
    private static final Set<String> PLACE_NOUNS = Set.of("the", "a", "of", "city", "town", "village", "capital",
            "province", "region", "state", "district", "kota", "ibu", "ibukota", "desa", "kecamatan", "distrik",
            "provinsi", "kabupaten", "negara", "wilayah", "kawasan", "daerah", "pulau", "island", "area");

    /** Counts and determiners that may stand between a preposition and the noun it governs. */
    private static final Set<String> QUANTIFIERS = Set.of("para", "sejumlah", "beberapa", "ratusan", "ribuan",
            "puluhan", "seorang", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
            "the", "a", "an", "some", "several", "dozens", "hundreds", "thousands", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "its", "their", "his", "her");

    /** Words introducing the listed members of a group: anggota CSTO seperti ..., NATO members such as ... */
    private static final Set<String> INTRODUCERS = Set.of("seperti", "termasuk", "yaitu", "yakni", "antara",
            "lain", "such", "as", "including", "namely", "like");

    /** Prepositions that before a number hedge it rather than place it: sekitar 1.500 tentara. */
    private static final Set<String> APPROXIMATORS = Set.of("sekitar", "around", "near", "toward", "towards");

    /** PLOVER's sector of civilians and unarmed groups. */
    private static final String CIVILIANS = "CVL";
    /** Articles before a name. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "sang");
    /** Words before a nationality word that make it an ethnic group, not the state: ethnic Albanians. */
    private static final Set<String> ETHNIC = Set.of("ethnic", "etnis", "keturunan", "suku");

    /** Possessive pronouns: what follows belongs to someone named before. */
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her");

    /** Modifiers saying a group is from abroad, so it is not of the country it is in. */
    private static final Set<String> FOREIGN = Set.of("asing", "luar", "foreign", "international", "internasional",
            "multinasional", "multinational", "koalisi", "coalition");

    /** What titles said about a person, by the entity's index in the analysis. */
    record PersonFacts(String country, String sector) {
    }

    private final CoderLexicon lexicon;
    private final String language;
    private final Mentions mentions;
    private final Map<Integer, PersonFacts> persons;

    /**
     * @param persons filled with what titles say of persons: the first explicit country and the first sector
     */
    ParticipantReader(CoderLexicon lexicon, String language, Mentions mentions, Map<Integer, PersonFacts> persons) {
        this.lexicon = lexicon;
        this.language = language;
        this.mentions = mentions;
        this.persons = persons;
    }

    /**
     * The participants of the sentence in order, lists joined.
     *
     * @param anchors per token, whether it is a trigger word (no sector noun's modifier)
     */
    List<Participant> read(SentenceView v, boolean[] anchors) {
        List<Participant> found = new ArrayList<>();
        int i = 0;
        while (i < v.size()) {
            Participant p = v.inMention(i) ? entity(v, i, anchors) : phrase(v, i, anchors);
            if (p == null) {
                i++;
            } else {
                found.add(p.withPrep(prep(v, p.first())));
                i = p.after();
            }
        }
        return alliances(v, lists(v, appositives(v, possessed(v, found))));
    }

    /**
     * A person of unknown country takes the country of the title set beside it between commas: {@code Kenzo
     * Oshima, the United Nations Emergency Relief Coordinator,} is of the UN; {@code Qatar's emir, Sheikh Hamad}
     * of Qatar.
     */
    private static List<Participant> appositives(SentenceView v, List<Participant> found) {
        List<Participant> out = new ArrayList<>(found);
        for (int k = 0; k + 1 < out.size(); k++) {
            Participant p = out.get(k);
            Participant q = out.get(k + 1);
            if (!v.word(p.after()).equals(",") || q.prep() != null || p.prep() != null) {
                continue;
            }
            int gap = q.first() - p.after();
            if (unknownPerson(p) && (gap == 1 || gap == 2 && ARTICLES.contains(v.word(p.after() + 1)))
                    && q.country() != null && !q.isPlace() && !unknownPerson(q) && (q.sector() != null
                    || q.entity() != null && q.entity().type() == Entity.Type.ORG)) {
                out.set(k, p.withCountry(q.country(), true));
            } else if (unknownPerson(q) && gap == 1 && p.country() != null && p.entity() == null
                    && p.sector() != null) {
                out.set(k + 1, q.withCountry(p.country(), true).withSector(p.sector()));
            }
        }
        return out;
    }

    private static boolean unknownPerson(Participant p) {
        return p.country() == null && p.entity() != null && p.entity().type() == Entity.Type.PERSON;
    }

    /**
     * Participants after a possessive pronoun belong to the nearest state or group before them whose country is
     * known: {@code Israel denied that its forces had fired}.
     */
    private static List<Participant> possessed(SentenceView v, List<Participant> found) {
        List<Participant> out = new ArrayList<>(found.size());
        Participant owner = null;
        for (Participant p : found) {
            Participant q = p;
            if (p.country() == null && POSSESSIVES.contains(v.word(p.first() - 1)) && owner != null) {
                q = p.withCountry(owner.country(), true);
            }
            if (q.country() != null && q.countryExplicit() && q.prep() == null) {
                owner = q;
            }
            out.add(q);
        }
        return out;
    }

    /**
     * The participants with what the whole article's titles say of their persons: a bare {@code Tokayev} read
     * before {@code Presiden Kazakhstan Kassym-Jomart Tokayev} gets its country and sector.
     */
    List<Participant> resolve(List<Participant> ps) {
        List<Participant> out = new ArrayList<>(ps.size());
        for (Participant p : ps) {
            if (p.isList()) {
                List<Participant> members = new ArrayList<>(p.members().size());
                for (Participant m : p.members()) {
                    members.add(resolve(m));
                }
                out.add(new Participant(p.first(), p.after(), p.start(), p.end(), p.name(), p.country(),
                        p.countryExplicit(), p.sector(), p.entity(), p.prep(), members));
            } else {
                out.add(resolve(p));
            }
        }
        return out;
    }

    private Participant resolve(Participant p) {
        if (p.entity() == null || p.entity().type() != Entity.Type.PERSON || p.country() != null
                && p.sector() != null) {
            return p;
        }
        int owner = mentions.indexOf(p.entity());
        PersonFacts facts = owner < 0 ? null : persons.get(owner);
        if (facts == null) {
            return p;
        }
        Participant out = p;
        if (p.country() == null && facts.country() != null) {
            out = out.withCountry(facts.country(), true);
        }
        if (p.sector() == null && facts.sector() != null) {
            out = out.withSector(facts.sector());
        }
        return out;
    }

    /** The participant an entity mention starting at token {@code i} begins. */
    private Participant entity(SentenceView v, int i, boolean[] anchors) {
        int m = v.mentionAt()[i];
        int after = mentionAfter(v, i);
        Entity e = mentions.entity(m);
        String country = e.country();
        if (e.type() == Entity.Type.PERSON) {
            CoderLexicon.CountryWord demonym = lexicon.country(v.tokens(), i, language);
            if (demonym != null && demonym.end() == after) {
                // the entity stage took a nationality word for a name (the Azerbaijani parliament)
                return demonyms(v, i, demonym, anchors);
            }
            PersonFacts facts = persons.get(mentions.owner(m));
            String sector = facts == null ? null : facts.sector();
            if (country == null && facts != null) {
                country = facts.country();
            }
            int end = after;
            if (country == null && v.word(after).equals("of") && !v.inMention(after)) {
                // King Hassan of Morocco: the country a person is of
                Participant of = countryAt(v, after + 1);
                if (of != null && of.entity() != null && "country".equals(of.entity().kind())) {
                    country = of.country();
                    end = of.after();
                }
            }
            return new Participant(i, end, v.start(i), v.end(after - 1), e.text(), country, country != null,
                    sector, e, null, List.of());
        }
        if (e.type() == Entity.Type.LOC) {
            // English puts the country before the noun: Kazakhstan police, Russia's military, Jordan's visiting
            // King Abdullah
            boolean possessive = after < v.size() && (v.word(after).equals("'s") || v.word(after).equals("’s"));
            int j = possessive ? after + 1 : after;
            for (int k = j; country != null && k < v.size() && k - j <= (possessive ? 2 : 0); k++) {
                Participant titled = v.inMention(k) ? null : sectorPhrase(v, i, k, country, anchors);
                if (titled != null) {
                    return titled;
                }
                if (v.inMention(k) || !possessive && v.capitalised(k) || Cues.LIST.contains(v.word(k))) {
                    break; // Nicaragua's Sandinista government: a possessive may take a capitalised modifier
                }
            }
            return new Participant(i, after, v.start(i), v.end(after - 1), e.text(), country, country != null, null,
                    e, null, List.of());
        }
        String sector = null;
        CoderLexicon.OrganisationFacts known = organisation(v, i, after, e);
        if (known != null) {
            country = country != null ? country : known.country();
            sector = known.sector();
        }
        if (country != null && after < v.size() && !v.inMention(after)) {
            // U.N. Secretary-General Kofi Annan: the title of an organisation, and the person holding it
            CoderLexicon.SectorWord title = lexicon.sector(v.tokens(), after, language);
            Participant person = title == null ? null : titledPerson(v, i, title.end(), country, title.sector());
            if (person != null) {
                return person;
            }
            if (title != null && "en".equals(TriggerLexicon.primary(language))) {
                // NATO peacekeeping troops, UN officials: the organisation's people, of its country or code
                Participant members = sectorPhrase(v, i, after, country, anchors);
                if (members != null) {
                    return members;
                }
            }
        }
        for (int k = i; k < after && sector == null; k++) {
            CoderLexicon.SectorWord s = lexicon.sector(v.tokens(), k, language);
            sector = s == null ? null : s.sector();
        }
        for (int k = i; k < after && country == null; k++) {
            CoderLexicon.CountryWord c = lexicon.country(v.tokens(), k, language);
            country = c == null ? null : c.country();
        }
        return new Participant(i, after, v.start(i), v.end(after - 1), e.text(), country, country != null, sector, e,
                null, List.of());
    }

    /**
     * What the list of organisations knows of an organisation named at tokens {@code i} to {@code after}: by its
     * entity's name, by the words as written without a leading article ({@code The Security Council}), or with
     * the capitalised word before it that the entity stage left out ({@code European Community}).
     */
    private CoderLexicon.OrganisationFacts organisation(SentenceView v, int i, int after, Entity e) {
        CoderLexicon.OrganisationFacts known = lexicon.organisation(e.text());
        int from = i;
        while (known == null && from < after - 1 && ARTICLES.contains(v.word(from))) {
            from++;
            known = lexicon.organisation(v.text(from, after));
        }
        if (known == null && !v.text(i, after).equals(e.text())) {
            known = lexicon.organisation(v.text(i, after));
        }
        if (known == null && i > 0 && !v.inMention(i - 1) && v.capitalised(i - 1)) {
            known = lexicon.organisation(v.text(i - 1, after));
        }
        return known;
    }

    /** A phrase that starts at a plain token: a demonym or a sector noun, or nothing. */
    private Participant phrase(SentenceView v, int i, boolean[] anchors) {
        CoderLexicon.CountryWord demonym = lexicon.country(v.tokens(), i, language);
        if (demonym != null && v.free(i, demonym.end())) {
            return demonyms(v, i, demonym, anchors);
        }
        CoderLexicon.SectorWord sector = lexicon.sector(v.tokens(), i, language);
        if (sector == null || !v.free(i, sector.end())) {
            return null;
        }
        return sectorPhrase(v, i, i, null, anchors);
    }

    /**
     * A sector noun or title starting at token {@code at}, the whole phrase starting at {@code first}: with the
     * name a title introduces, or with the country written after the noun; {@code country} is the one written
     * before it (English order), or null. Null when no sector word starts at {@code at}.
     */
    private Participant sectorPhrase(SentenceView v, int first, int at, String country, boolean[] anchors) {
        CoderLexicon.SectorWord s = lexicon.sector(v.tokens(), at, language);
        if (s == null || !v.free(at, s.end())) {
            return null;
        }
        int j = s.end();
        Participant person = titledPerson(v, first, j, country, s.sector());
        if (person != null) {
            return person;
        }
        if (country == null) {
            // Indonesian order: the noun, a few modifiers, then the country (pasukan terjun payung Rusia)
            int k = j;
            while (k < v.size() && k - j < MAX_MODIFIERS && modifier(v, k, anchors)) {
                k++;
            }
            for (int stop = k; stop >= j; stop--) {
                int c = stop < v.size() && Cues.ORIGIN.contains(v.word(stop)) ? stop + 1 : stop;
                Participant named = countryAt(v, c);
                if (named != null) {
                    return new Participant(first, named.after(), v.start(first), v.end(named.after() - 1),
                            v.text(first, named.after()), named.country(), true, s.sector(), null, null, List.of());
                }
            }
            for (int m = j; m < k; m++) {
                if (FOREIGN.contains(v.word(m))) {
                    // pasukan asing, foreign troops: whose they are is not the place's, and not written
                    return new Participant(first, m + 1, v.start(first), v.end(m), v.text(first, m + 1), null, true,
                            s.sector(), null, null, List.of());
                }
            }
        }
        return new Participant(first, j, v.start(first), v.end(j - 1), v.text(first, j), country, country != null,
                s.sector(), null, null, List.of());
    }

    /**
     * A person named at token {@code at} after a title that starts at {@code first}, maybe with the country
     * between them ({@code Presiden Kazakhstan Kassym-Jomart Tokayev}); null when no person follows.
     */
    private Participant titledPerson(SentenceView v, int first, int at, String country, String sector) {
        int p = at;
        String written = country;
        Participant named = country == null ? countryAt(v, at) : null;
        if (named != null) {
            written = named.country();
            p = named.after();
        }
        if (p >= v.size() || !v.inMention(p) || p > 0 && v.inMention(p - 1)
                && v.mentionAt()[p - 1] == v.mentionAt()[p]) {
            return null;
        }
        int m = v.mentionAt()[p];
        Entity e = mentions.entity(m);
        if (e.type() != Entity.Type.PERSON) {
            return null;
        }
        int after = mentionAfter(v, p);
        String personCountry = e.country() != null ? e.country() : written;
        persons.merge(mentions.owner(m), new PersonFacts(personCountry, sector),
                (old, now) -> new PersonFacts(old.country() != null ? old.country() : now.country(),
                        old.sector() != null ? old.sector() : now.sector()));
        PersonFacts facts = persons.get(mentions.owner(m));
        return new Participant(first, after, v.start(p), v.end(after - 1), e.text(), facts.country(),
                facts.country() != null, sector, e, null, List.of());
    }

    /** A country named at token {@code at}: a located entity or a demonym; null otherwise. */
    private Participant countryAt(SentenceView v, int at) {
        if (at >= v.size()) {
            return null;
        }
        if (v.inMention(at)) {
            if (at > 0 && v.mentionAt()[at - 1] == v.mentionAt()[at]) {
                return null;
            }
            Entity e = mentions.entity(v.mentionAt()[at]);
            if (e.type() == Entity.Type.LOC && e.country() != null) {
                int after = mentionAfter(v, at);
                return new Participant(at, after, v.start(at), v.end(after - 1), e.text(), e.country(), true, null,
                        e, null, List.of());
            }
            return null;
        }
        CoderLexicon.CountryWord c = lexicon.country(v.tokens(), at, language);
        if (c == null || !v.free(at, c.end())) {
            return null;
        }
        return new Participant(at, c.end(), v.start(at), v.end(c.end() - 1), v.text(at, c.end()), c.country(),
                true, null, null, null, List.of());
    }

    /**
     * Demonyms starting at {@code i}, maybe a list of them, with the sector noun after them: {@code Russian
     * troops}, {@code Hungarian and Romanian officials}, {@code Kazakh President Tokayev}, or a bare
     * {@code Palestinians}.
     */
    private Participant demonyms(SentenceView v, int i, CoderLexicon.CountryWord first, boolean[] anchors) {
        List<int[]> run = new ArrayList<>(); // token start, token end, index into codes
        List<String> codes = new ArrayList<>();
        run.add(new int[] {i, first.end()});
        codes.add(first.country());
        int j = first.end();
        while (j < v.size()) {
            int k = j;
            while (k < v.size() && k - j < 2 && Cues.LIST.contains(v.word(k))) {
                k++;
            }
            CoderLexicon.CountryWord next = k > j && k < v.size() ? lexicon.country(v.tokens(), k, language)
                    : null;
            if (next == null || !v.free(k, next.end())) {
                break;
            }
            run.add(new int[] {k, next.end()});
            codes.add(next.country());
            j = next.end();
        }
        CoderLexicon.SectorWord s = j < v.size() && v.free(j, j + 1) ? lexicon.sector(v.tokens(), j, language) : null;
        if (s != null && !v.free(j, s.end())) {
            s = null;
        }
        if (run.size() == 1) {
            CoderLexicon.CountryWord people = j < v.size() && v.free(j, j + 1)
                    ? lexicon.country(v.tokens(), j, language) : null;
            if (people != null && v.free(j, people.end())) {
                // Bosnian Serbs, Iraqi Kurds: a people named by the country they live in
                return new Participant(i, people.end(), v.start(i), v.end(people.end() - 1),
                        v.text(i, people.end()), codes.get(0), true, null, null, null, List.of());
            }
            if (s != null) {
                Participant p = sectorPhrase(v, i, j, codes.get(0), anchors);
                if (p != null) {
                    return p;
                }
            }
            // a demonym and a word or two before a name say whose the person is: Palestinian leader Yasser Arafat
            for (int k = j; k < v.size() && k - j <= 2; k++) {
                if (v.inMention(k)) {
                    Participant person = titledPerson(v, i, k, codes.get(0), null);
                    if (person != null) {
                        return person;
                    }
                    break;
                }
                if (v.capitalised(k) || !modifier(v, k, anchors)) {
                    break;
                }
            }
            if (ETHNIC.contains(v.word(i - 1))) {
                // ethnic Albanians in Macedonia are civilians of the country they live in, not Albania's
                return new Participant(i, j, v.start(i), v.end(j - 1), v.text(i, j), null, false, CIVILIANS, null,
                        null, List.of());
            }
            return new Participant(i, j, v.start(i), v.end(j - 1), v.text(i, j), codes.get(0), true, null, null,
                    null, List.of());
        }
        int after = s == null ? j : s.end();
        String noun = s == null ? "" : " " + v.text(j, s.end());
        List<Participant> members = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            int[] r = run.get(k);
            members.add(new Participant(r[0], r[1], v.start(r[0]), v.end(r[1] - 1), v.text(r[0], r[1]) + noun,
                    codes.get(k), true, s == null ? null : s.sector(), null, null, List.of()));
        }
        return list(v, members, i, after);
    }

    /** Whether token {@code k} can modify a sector noun before its country: a plain lower-case word. */
    private static boolean modifier(SentenceView v, int k, boolean[] anchors) {
        if (v.inMention(k) || v.capitalised(k)) {
            return false;
        }
        String w = v.word(k);
        if (w.isEmpty() || !Character.isLetter(w.codePointAt(0)) || Cues.LIST.contains(w)
                || Cues.LOCATIVE.contains(w) || Cues.CLAUSE_BREAKS.contains(w) || Cues.AGENT.contains(w)
                || Cues.TARGET.contains(w) || Cues.ORIGIN.contains(w) || Cues.NEGATORS.contains(w)
                || Cues.PLANNED.contains(w) || Cues.ADVERBS.contains(w)) {
            return false;
        }
        return !anchors[k];
    }

    /** The token index after the mention that covers token {@code i}. */
    private static int mentionAfter(SentenceView v, int i) {
        int m = v.mentionAt()[i];
        int after = i + 1;
        while (after < v.size() && v.mentionAt()[after] == m) {
            after++;
        }
        return after;
    }

    /**
     * The preposition governing a participant at token {@code first}: the word just before it, or a preposition
     * of place a few place nouns before it ({@code in the city of Almaty}); null when none.
     */
    private static String prep(SentenceView v, int first) {
        int q = first - 1;
        // over a count or a determiner: terhadap lima pejabat, against three banks, oleh para pengunjuk rasa
        while (q > 0 && first - q <= 2 && (v.tokens().token(q).kind() == Token.Kind.NUMBER
                || QUANTIFIERS.contains(v.word(q)))) {
            q--;
        }
        if (q < first - 1 && isPrep(v.word(q)) && !APPROXIMATORS.contains(v.word(q))) {
            return v.word(q);
        }
        String before = v.word(first - 1);
        if (isPrep(before)) {
            return before;
        }
        for (int k = first - 1; k >= 0 && first - k <= MAX_PREP_DISTANCE && PLACE_NOUNS.contains(v.word(k)); k--) {
            if (Cues.LOCATIVE.contains(v.word(k - 1))) {
                return v.word(k - 1);
            }
        }
        return null;
    }

    private static boolean isPrep(String w) {
        return Cues.LOCATIVE.contains(w) || Cues.ORIGIN.contains(w) || Cues.AGENT.contains(w)
                || Cues.TARGET.contains(w) || Cues.EXCEPT.contains(w);
    }

    /**
     * Joins participants separated only by commas and {@code dan}/{@code and} into lists; a list needs a
     * conjunction somewhere. A country right after a place of that country is the place's apposition
     * ({@code Almaty, Kazakhstan}), not a list item.
     */
    private static List<Participant> lists(SentenceView v, List<Participant> found) {
        List<Participant> out = new ArrayList<>(found.size());
        int i = 0;
        while (i < found.size()) {
            Participant head = found.get(i);
            List<Participant> items = new ArrayList<>(head.singles());
            int j = i + 1;
            int end = head.after();
            boolean conjunction = head.isList();
            while (j < found.size() && joined(v, end, found.get(j).first(), head.excepted())) {
                Participant next = found.get(j);
                Participant last = items.get(items.size() - 1);
                for (int k = end; k < next.first(); k++) {
                    conjunction |= !v.word(k).equals(",") && Cues.LIST.contains(v.word(k));
                }
                if (!apposition(last, next)) {
                    items.addAll(next.singles());
                }
                end = next.after();
                j++;
            }
            if (j == i + 1) {
                out.add(head);
            } else if (items.size() > 1 && !conjunction) {
                // commas alone make no list: Perdana Menteri Nikol Pashinyan, officials said
                out.addAll(found.subList(i, j));
            } else if (items.size() == 1) {
                Participant only = items.get(0);
                out.add(new Participant(head.first(), end, only.start(), only.end(), only.name(), only.country(),
                        only.countryExplicit(), only.sector(), only.entity(), head.prep(), List.of()));
            } else {
                out.add(list(v, items, head.first(), end).withPrep(head.prep()));
            }
            i = j;
        }
        return out;
    }

    /**
     * Whether the tokens from {@code from} to {@code to} join two list items: one to three list words, the
     * article {@code the} allowed ({@code Vietnam and the Philippines}); after an item set aside by {@code selain},
     * a conjunction is needed.
     */
    private static boolean joined(SentenceView v, int from, int to, boolean excepted) {
        if (to <= from || to - from > 3) {
            return false;
        }
        boolean list = false;
        for (int k = from; k < to; k++) {
            String w = v.word(k);
            // after selain, besides, a bare comma ends what is set aside: Selain Rusia, Armenia juga ...
            list |= Cues.LIST.contains(w) && !(excepted && w.equals(","));
            if (!Cues.LIST.contains(w) && !w.equals("the")) {
                return false;
            }
        }
        return list;
    }

    private static boolean apposition(Participant place, Participant next) {
        return place.isPlace() && next.isPlace() && next.entity().kind() != null
                && next.entity().kind().equals("country") && next.country() != null
                && next.country().equals(place.country());
    }

    private static Participant list(SentenceView v, List<Participant> items, int first, int after) {
        Participant a = items.get(0);
        Participant z = items.get(items.size() - 1);
        boolean explicit = items.stream().allMatch(Participant::countryExplicit);
        return new Participant(first, after, a.start(), z.end(), v.tokens().text().substring(a.start(), z.end()),
                null, explicit, null, null, null, items);
    }

    /**
     * A list introduced as an alliance's members ({@code anggota CSTO seperti Armenia, Belarusia...},
     * {@code NATO members such as Poland and Romania}) acts as the alliance: its name, code and mention, with the
     * listed states as members.
     */
    private static List<Participant> alliances(SentenceView v, List<Participant> ps) {
        List<Participant> out = new ArrayList<>(ps.size());
        for (int i = 0; i < ps.size(); i++) {
            Participant p = ps.get(i);
            Participant alliance = i > 0 ? ps.get(i - 1) : null;
            int k = p.first() - 1;
            while (k > 0 && INTRODUCERS.contains(v.word(k)) && p.first() - k <= 2) {
                k--;
            }
            boolean introduced = k < p.first() - 1 && alliance != null && alliance.after() >= k
                    && alliance.after() <= k + 2 && alliance.entity() != null
                    && alliance.entity().type() == Entity.Type.ORG;
            if (p.isList() && introduced) {
                out.add(new Participant(p.first(), p.after(), alliance.start(), alliance.end(), alliance.name(),
                        alliance.country(), true, alliance.sector(), alliance.entity(), p.prep(), p.members()));
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
