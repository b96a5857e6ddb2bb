package id.warta.events;

import id.warta.ner.Entity;
import id.warta.quote.Quote;
import id.warta.time.TimeExpression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Codes the event mentions of one sentence from its participants: finds the triggers, gives each its actor and
 * target by the sentence's structure around it, its place, date, negation, modality and whether it is reported.
 *
 * <p>Structure, by voice: an active verb's actor is the nearest participant before it in its clause and its
 * target the first one after it (directly, or after {@code terhadap}, {@code kepada}, {@code dengan},
 * {@code against}, {@code with}...); a passive verb's target is before it and its actor after {@code oleh} or
 * {@code by} (or, in Indonesian, right after the verb: {@code ditangkap polisi}); a noun's actor is next to it
 * ({@code unjuk rasa mahasiswa}, {@code student protests}). A sent force (MOBILIZE, AID) or a visit (CONSULT)
 * into a foreign country ({@code ke Kazakhstan}, {@code di Kazakhstan}) has that country as its target.
 * {@code atas permintaan X} / {@code at the request of X} after an event adds X's REQUEST of the event's actor.
 * A list of states ({@code anggota CSTO seperti Armenia, Belarusia, Kirgistan, dan Tajikistan}) acts as one actor
 * whose members are the states the text names: one happening, one event, its states at hand for counting dyads.
 *
 * <p>One coder serves the sentences of one article, in order, on one thread.
 */
final class SentenceCoder {

    /** Actors and targets are looked for at most this many tokens from the trigger. */
    static final int WINDOW = 25;
    /** Negation and modality words are looked for this many tokens before the trigger. */
    private static final int CUE_WINDOW = 5;
    /** A conditional this many tokens after the trigger still governs it ({@code mengirim pasukan ... jika}). */
    private static final int CONDITIONAL_AFTER = 8;
    /** How much less sure each later trigger of a sentence is than the one before it. */
    private static final double RANK_PENALTY = 0.07;
    private static final int MAX_RANK = 4;
    /** An apposition is short: a longer stretch between commas is a clause of its own. */
    private static final int MAX_APPOSITION = 12;
    /** How much less sure an event in a clause of purpose ({@code untuk}, {@code to}) is. */
    private static final double PURPOSE_FACTOR = 0.85;
    /** Words that make the verb after them a purpose. */
    private static final Set<String> PURPOSE = Set.of("to", "untuk", "guna", "demi", "agar", "supaya");
    /** The last words of the phrases naming protesters. */
    private static final Set<String> PROTESTERS = Set.of("protesters", "protestors", "demonstrators", "rioters",
            "protester", "protestor", "demonstrator", "rioter", "demonstran", "pendemo", "rasa", "perusuh");
    /** Words of suspicion: what someone is suspected of is alleged, not reported as happened. */
    private static final Set<String> SUSPICION = Set.of("suspected", "suspect", "suspects", "disangka",
            "dicurigai");
    /** Verbs of refusal: what they govern did not happen, and the refusal is a REJECT. */
    private static final Set<String> REFUSALS = Set.of("refused", "refuses", "refuse", "refusing", "declined",
            "declines", "decline", "declining", "enggan", "ogah");
    /** Cooperation that a sentence says will happen: PLOVER codes the promise, an AGREE. */
    private static final Set<String> PROMISED = Set.of("CONSULT", "SUPPORT", "COOPERATE", "AID");
    /** How much less sure a supposed or planned event is than the same event reported as happened. */
    private static final double SUPPOSED_FACTOR = 0.7;
    private static final double PLANNED_FACTOR = 0.85;
    /**
     * A noun trigger's actor may stand this far before it, over a light verb and its determiners
     * ({@code menggelar aksi}, {@code mounted its long-threatened invasion}).
     */
    private static final int NOUN_REACH = 5;
    /** Types whose trigger introduces a clause saying what was threatened, asked, agreed or refused. */
    private static final Set<String> FRAMING = Set.of("THREATEN", "REQUEST", "AGREE", "REJECT", "CONCEDE",
            "SUPPORT", "ACCUSE");
    /**
     * Words between a framing trigger and the action it frames ({@code threatened to attack}, {@code accused the
     * United States of violating}).
     */
    private static final Set<String> FRAME_LINKS = Set.of("to", "untuk", "akan", "agar", "supaya", "bahwa",
            "that", "will", "would", "of", "telah");
    /** Types of movement into a place: a foreign country they go to or are in is their target. */
    private static final Set<String> INTO = Set.of("MOBILIZE", "AID", "CONSULT");
    /** Possessive pronouns, after which a word is a noun. */
    private static final Set<String> POSSESSIVE = Set.of("its", "their", "his", "her", "our", "my");
    /** Types whose passive subject, when it is a force, is what its state moved. */
    private static final Set<String> MOVED = Set.of("MOBILIZE", "AID", "RETREAT");
    /** Sectors of armed or police forces. */
    private static final Set<String> FORCES = Set.of("MIL", "COP", "PRM", "REB", "UAF", "SPY");
    /** PLOVER's classes of statements. */
    private static final Set<Plover.Quad> VERBAL = Set.of(Plover.Quad.VERBAL_COOPERATION, Plover.Quad.VERBAL_CONFLICT);
    /** Types of violence: a toll in their sentence is theirs. */
    static final Set<String> VIOLENT = Set.of("ASSAULT", "PROTEST");
    /** The longest cue of {@link Cues#REQUESTED_BY}, in tokens. */
    private static final int MAX_CUE = 4;
    /** The mode of a REQUEST for help. */
    private static final String ASSIST = "assist";

    /**
     * A trigger found in the sentence, with its voice as the sentence shows it: {@code first} and {@code after}
     * bound the trigger word, {@code start} and {@code end} the whole match with the words it needs around it.
     */
    private record Hit(int start, int end, int first, int after, CoderLexicon.Trigger trigger,
                       TriggerMatch.Voice voice) {
    }

    /**
     * How the words around a trigger qualify it, and the type and mode it is coded with after PLOVER's conventions
     * ({@link #conventions}); {@code rank} is the trigger's position among the sentence's triggers.
     */
    private record Reading(String type, String mode, boolean negated, Event.Modality modality, boolean reported,
                           int rank) {
    }

    private final String language;
    private final ArticleContext context;
    private final Defaults defaults;
    /** The evidence of sentence {@link #evidenceOf}; the coder is confined to one article's coding. */
    private Evidence evidence;
    private int evidenceOf = -1;

    SentenceCoder(String language, ArticleContext context, Defaults defaults) {
        this.language = language;
        this.context = context;
        this.defaults = defaults;
    }

    /**
     * The event mentions of one sentence, in trigger order.
     *
     * @param found    its participants
     * @param triggers its triggers, as the lexicon found them
     * @param times    the time expressions inside the sentence
     * @param quotes   the quotes overlapping it
     */
    List<RawEvent> code(SentenceView v, List<Participant> found, List<CoderLexicon.Trigger> triggers,
                        List<TimeExpression> times, List<Quote> quotes) {
        boolean[] aside = appositions(v);
        List<Participant> outsideAsides = new ArrayList<>(found.size());
        for (Participant p : found) {
            if (!aside[p.first()]) {
                outsideAsides.add(p);
            }
        }
        List<Hit> hits = hits(v, triggers, found, aside);
        List<Participant> participants = withoutTriggers(outsideAsides, hits);
        List<RawEvent> demands = demands(v, participants, hits, times);
        if (hits.isEmpty()) {
            return demands;
        }
        boolean violent = false;
        for (Hit hit : hits) {
            violent |= !hit.trigger().casualty() && VIOLENT.contains(hit.trigger().type());
        }
        SentenceCues cues = SentenceCues.of(v);
        List<RawEvent> out = new ArrayList<>();
        List<RawEvent> previous = List.of();
        List<Actor> victims = new ArrayList<>();
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (!previous.isEmpty() && requestCue(v, hit) >= 0) {
                continue; // atas permintaan after an event: the REQUEST of that event, made by requestedBy
            }
            Reading raw = reading(v, hit, h == 0 ? null : hits.get(h - 1), quotes, h, near(participants, hit),
                    cues);
            Reading reading = conventions(raw);
            int limit = v.size();
            for (int next = h + 1; next < hits.size(); next++) {
                if (requestCue(v, hits.get(next)) < 0) {
                    limit = hits.get(next).first();
                    break;
                }
            }
            boolean requested = requestedAt(v, hit.after(), limit) >= 0;
            List<RawEvent> made = mentions(v, near(participants, hit), hit, raw, times, quotes, requested);
            if (!made.isEmpty() && made.get(0).toll && violent) {
                victims.add(made.get(0).target);
                continue; // the toll of the sentence's riot or attack, which takes its counts and its victims
            }
            out.addAll(made);
            previous = made;
            requestedBy(v, near(participants, hit), hit, limit, made,
                    reading, times, out);
        }
        for (RawEvent e : out) {
            if (e.type.equals("ASSAULT") && e.target == null && !victims.isEmpty() && victims.get(0) != null) {
                e.target = victims.get(0); // killed by an explosive device: the dead are the attack's target
            }
        }
        if (!demands.isEmpty()) {
            out.addAll(demands);
            out.sort((a, b) -> Integer.compare(a.triggerStart, b.triggerStart));
        }
        return out;
    }

    /**
     * The demands a sentence reports in someone's words: {@code X said (that) Y must V}, {@code Y must V, X said},
     * {@code X menegaskan Y harus V} is X's REQUEST of Y (PLOVER's REQUEST covers demands), whatever V is; its mode
     * follows the trigger V when there is one (withdraw: yield, meet: meet, help: assist, else change). The
     * speaker is the subject of the verb of saying, the addressee the subject of {@code must}; a speaker
     * demanding of itself ({@code Russia said it must defend itself}) makes none.
     */
    private List<RawEvent> demands(SentenceView v, List<Participant> ps, List<Hit> hits,
                                   List<TimeExpression> times) {
        List<RawEvent> out = null;
        for (int k = 1; k < v.size(); k++) {
            if (!Cues.OBLIGATION.contains(v.word(k))) {
                continue;
            }
            int say = -1;
            for (int j = k - 1; j >= 0 && k - j <= WINDOW; j--) {
                String w = v.word(j);
                if (Cues.DECLARING.contains(w)) {
                    say = j;
                    break;
                }
                if (Cues.CLAUSE_BREAKS.contains(w) && !Cues.LINKS.contains(w) || w.equals(",")) {
                    break;
                }
            }
            Participant addressee = before(v, ps, k, say + 1, NOUN_REACH);
            if (addressee == null) {
                continue;
            }
            Participant speaker = null;
            if (say >= 0) {
                speaker = before(v, ps, say, clauseStart(v, say), WINDOW);
            } else {
                // Y must go, X said: the speaker after the clause, right before or after the verb of saying
                for (int j = k + 1; j < v.size(); j++) {
                    if (v.word(j).equals(",") && j + 1 < v.size()) {
                        speaker = attribution(v, ps, j + 1);
                        if (speaker != null) {
                            say = j;
                            break;
                        }
                    }
                }
            }
            if (speaker == null || speaker == addressee || speaker.first() == addressee.first()) {
                continue;
            }
            String mode = "change";
            for (Hit h : hits) {
                if (h.first() > k && h.first() - k <= 3) {
                    mode = rejection(h.trigger().type());
                    break;
                }
            }
            EventLocation location = context.fallback();
            String eventCountry = context.homeCountry();
            Actor actor = actor(speaker, eventCountry);
            Actor target = actor(addressee, eventCountry);
            if (actor.country() != null && actor.country().equals(target.country()) && addressee.isPlace()) {
                if (speaker.countryExplicit()) {
                    continue; // Russia said it must: a state's demand of itself is none
                }
                // the Red Cross said the US must: a speaker of unknown home is not of the state it addresses
                actor = withCountry(actor, context.homeCountryExcept(target.country()));
            }
            double confidence = 0.55 + (speaker.countryExplicit() || speaker.entity() != null ? 0.2 : 0.1) + 0.05;
            RawEvent e = new RawEvent("REQUEST", mode, actor, target, location, false, Event.Modality.ASSERTED,
                    true, confidence, v.index(), v.start(k), false, false);
            TimeExpression when = nearest(times, v.start(Math.min(k, say)));
            if (when != null) {
                e.date(when.begin(), when.precision(), RawEvent.DateSource.SENTENCE);
            }
            e.evidence.add(evidence(v));
            if (out == null) {
                out = new ArrayList<>(1);
            }
            out.add(e);
        }
        return out == null ? List.of() : out;
    }

    /**
     * The speaker of an attribution starting at token {@code at} after a comma: {@code Russia said},
     * {@code said Russia}, {@code a spokesman for the ministry said}; null when the words there are no
     * attribution.
     */
    private static Participant attribution(SentenceView v, List<Participant> ps, int at) {
        if (Cues.DECLARING.contains(v.word(at))) {
            int i = lastBefore(ps, at + 1) + 1;
            return i < ps.size() && ps.get(i).first() == at + 1 && ps.get(i).prep() == null ? ps.get(i) : null;
        }
        int i = lastBefore(ps, at) + 1;
        if (i < ps.size() && ps.get(i).prep() == null && ps.get(i).first() - at <= 2) {
            Participant p = ps.get(i);
            for (int j = p.after(); j < v.size() && j - p.after() <= 3; j++) {
                if (Cues.DECLARING.contains(v.word(j))) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * The triggers whose words lie outside entity names and inside no participant's phrase ({@code visiting} in
     * {@code Jordan's visiting King Abdullah} describes the king), with their voices.
     */
    private static List<Hit> hits(SentenceView v, List<CoderLexicon.Trigger> triggers, List<Participant> ps,
                                  boolean[] aside) {
        List<Hit> hits = new ArrayList<>(triggers.size());
        for (CoderLexicon.Trigger t : triggers) {
            if (t.anchorStart() < 0 || t.anchorEnd() > v.size() || t.anchorStart() >= t.anchorEnd()
                    || !v.free(t.anchorStart(), t.anchorEnd()) || cue(v, t) || inside(ps, t)
                    || aside[t.anchorStart()] || t.voice() != TriggerMatch.Voice.NOUN
                    && POSSESSIVE.contains(v.word(t.anchorStart() - 1)) || adjective(v, t)) {
                continue; // a verb's form after its, their is a noun (its forces); after the, an adjective
            }
            int start = Math.max(0, Math.min(t.start(), t.anchorStart()));
            int end = Math.min(v.size(), Math.max(t.end(), t.anchorEnd()));
            hits.add(new Hit(start, end, t.anchorStart(), t.anchorEnd(), t, voice(v, t.anchorStart(), t)));
        }
        return hits;
    }

    /**
     * Per token, whether it lies in an apposition: from a comma followed by an article or {@code seorang},
     * {@code salah}, {@code yakni} to the next comma, at most {@value #MAX_APPOSITION} tokens, the comma closing it
     * present ({@code Pakistan, a key U.S. ally in the war against terrorism, has refused}). What an apposition
     * says describes a participant; it neither acts nor happens in the sentence's event.
     */
    private static boolean[] appositions(SentenceView v) {
        boolean[] aside = new boolean[v.size() + 1];
        for (int i = 0; i + 1 < v.size(); i++) {
            if (!v.word(i).equals(",") || !Cues.APPOSITION.contains(v.word(i + 1))) {
                continue;
            }
            for (int k = i + 2; k < v.size() && k - i <= MAX_APPOSITION; k++) {
                if (v.word(k).equals(",")) {
                    Arrays.fill(aside, i + 1, k, true);
                    i = k - 1;
                    break;
                }
            }
        }
        return aside;
    }

    /** Whether an English participle stands as an adjective, after an article: the detained leader. */
    private static boolean adjective(SentenceView v, CoderLexicon.Trigger t) {
        String before = v.word(t.anchorStart() - 1);
        String w = v.word(t.anchorStart());
        return (t.voice() == TriggerMatch.Voice.PAST || t.voice() == TriggerMatch.Voice.PASSIVE)
                && (before.equals("the") || before.equals("a") || before.equals("an"))
                && (w.endsWith("ed") || w.endsWith("en"));
    }

    /** Whether a trigger's word lies strictly inside a participant's phrase, neither at its start nor its end. */
    private static boolean inside(List<Participant> ps, CoderLexicon.Trigger t) {
        int i = lastBefore(ps, t.anchorEnd() + 1);
        for (int k = Math.max(0, i - 1); k < ps.size() && k <= i + 1; k++) {
            Participant p = ps.get(k);
            if (p.first() < t.anchorStart() && t.anchorEnd() < p.after()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a trigger's word is one the coder reads as a qualifier of another verb: a word of planning, modality
     * or refusal ({@code plan}, {@code rencana}, {@code refused}) standing before a verb is not an event of its
     * own when the lexicon has no pattern for it.
     */
    private static boolean cue(SentenceView v, CoderLexicon.Trigger t) {
        if (t.anchorEnd() - t.anchorStart() != 1 || t.end() - t.start() > 1) {
            return false;
        }
        String w = v.word(t.anchorStart());
        return Cues.PLANNED.contains(w) || Cues.MODALS.contains(w) || Cues.NEGATORS.contains(w);
    }

    /**
     * The trigger's voice: an English past form or participle after a form of {@code be} or {@code get} is
     * passive ({@code were arrested}, {@code was reportedly killed}), otherwise active; other voices are the
     * lexicon's.
     */
    private static TriggerMatch.Voice voice(SentenceView v, int first, CoderLexicon.Trigger t) {
        if (t.voice() != TriggerMatch.Voice.PAST && (t.voice() != TriggerMatch.Voice.ACTIVE
                || v.word(first).endsWith("ing")) || Cues.STATES.contains(v.word(first))) {
            return t.voice() == TriggerMatch.Voice.PAST ? TriggerMatch.Voice.ACTIVE : t.voice();
        }
        for (int k = first - 1; k >= 0 && first - k <= 3; k--) {
            String w = v.word(k);
            if (Cues.BE.contains(w)) {
                return TriggerMatch.Voice.PASSIVE;
            }
            if (!Cues.ADVERBS.contains(w) && !Cues.NEGATORS.contains(w)) {
                break;
            }
        }
        return TriggerMatch.Voice.ACTIVE;
    }

    /** The participants that are not part of a trigger (a sector noun a trigger contains is the trigger's). */
    private static List<Participant> withoutTriggers(List<Participant> found, List<Hit> hits) {
        List<Participant> out = new ArrayList<>(found.size());
        int h = 0;
        for (Participant p : found) {
            while (h < hits.size() && hits.get(h).after() <= p.first()) {
                h++;
            }
            boolean overlaps = h < hits.size() && hits.get(h).first() < p.after();
            if (!overlaps || p.entity() != null) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The mentions one trigger makes: one per actor and target of its lists. Participants inside the match but
     * outside the trigger word (its theme: {@code pasukan} in {@code mengirimkan pasukan}, {@code troops} in
     * {@code troops were sent}) are neither actor nor target, except that a theme with a country or sector acts
     * when nothing else does ({@code pasukan Rusia mendarat}, {@code Russian troops were sent}).
     */
    private List<RawEvent> mentions(SentenceView v, List<Participant> ps, Hit hit, Reading raw,
                                    List<TimeExpression> times, List<Quote> quotes, boolean requested) {
        String type = raw.type();
        int lo = clauseStart(v, hit.first());
        int hi = clauseEnd(v, hit.after());
        int left = Math.min(hit.start(), hit.first());
        int right = Math.max(hit.end(), hit.after());
        List<Participant> free = outside(ps, hit);
        Participant subject = themeBefore(ps, hit);
        Participant actor;
        Participant target;
        switch (hit.voice()) {
            case PASSIVE -> {
                target = subject != null ? subject : before(v, free, left, lo, Integer.MAX_VALUE);
                actor = agent(v, free, right, hi);
                if (actor == null && target != null && MOVED.contains(type)
                        && target.sector() != null && FORCES.contains(target.sector())) {
                    // troops were sent, pasukan dikirim: the force moved is its state's, and it went somewhere
                    actor = target;
                    target = after(free, right, hi, type, true, actor);
                }
            }
            case NOUN -> {
                actor = nounActor(v, free, hit, lo, hi);
                target = after(free, right, hi, type, true, actor);
            }
            default -> {
                actor = subject != null ? subject : before(v, free, left, lo, Integer.MAX_VALUE);
                target = after(free, right, hi, type, false, actor);
                if (hit.end() > hit.after()) {
                    // rejected calls by Belarus's rulers, menolak permintaan dari Jakarta: who made what is
                    // rejected or answered is the target
                    Participant author = author(free, hit.end());
                    target = author != null ? author : target;
                }
            }
        }
        if (actor == null) {
            actor = theme(ps, hit);
        }
        if (actor == null) {
            actor = speaker(ps, quotes, v.start(hit.first()));
        }
        Reading reading = conventions(riot(v, deployment(raw, theme(ps, hit), actor, target), actor));
        Participant place = place(free, hit, actor, target);
        EventLocation location = place != null ? context.place(place) : null;
        if (location == null) {
            location = context.fallback();
        }
        TimeExpression when = nearest(times, v.start(hit.first()));
        boolean toll = hit.trigger().casualty() && actor == null;
        RawEvent m = mention(v, hit, reading, actor, target, location, place != null, when, toll, requested);
        return m == null ? List.of() : List.of(m);
    }

    /**
     * Violence by protesters ({@code protesters clashed with police}, {@code demonstrators stoned the embassy}) is
     * PROTEST, mode riot: the manual's riot is a protest's "violent action directed toward members of a distinct
     * other group or government authorities". Other readings are kept.
     */
    private static Reading riot(SentenceView v, Reading r, Participant actor) {
        if (!r.type().equals("ASSAULT") || actor == null || actor.entity() != null
                || !PROTESTERS.contains(v.word(actor.after() - 1))) {
            return r;
        }
        return new Reading("PROTEST", "riot", r.negated(), r.modality(), r.reported(), r.rank());
    }

    /**
     * Forces sent with no one abroad to receive them ({@code India deployed 10,000 troops to the border}) are a
     * MOBILIZE, not military AID: PLOVER's AID needs a recipient, and moving one's own forces is MOBILIZE (mode
     * troops, police or militia by the force's sector). Other readings are kept.
     */
    private static Reading deployment(Reading r, Participant force, Participant actor, Participant target) {
        if (!r.type().equals("AID") || force == null || force.sector() == null
                || !FORCES.contains(force.sector())) {
            return r;
        }
        String home = actor != null && actor.country() != null ? actor.country() : force.country();
        boolean abroad = target != null && target != actor && target != force
                && (target.country() == null ? !target.isPlace() : !target.country().equals(home));
        if (abroad) {
            return r;
        }
        String mode = switch (force.sector()) {
            case "COP" -> "police";
            case "MIL" -> "troops";
            default -> "militia";
        };
        return new Reading("MOBILIZE", mode, r.negated(), r.modality(), r.reported(), r.rank());
    }

    /**
     * The speaker of the quote a trigger stands in, when the attribution names a participant of the sentence:
     * {@code "Kami minta Polri mengusut kasus ini," kata Ketua Komisi III DPR} is the chairman's request.
     */
    private static Participant speaker(List<Participant> ps, List<Quote> quotes, int at) {
        Quote q = quoteAround(quotes, at);
        if (q == null || q.speakerStart() < 0) {
            return null;
        }
        for (Participant p : ps) {
            if (p.start() < q.speakerEnd() && q.speakerStart() < p.end() && p.prep() == null) {
                return p;
            }
        }
        return null;
    }

    /** The quote, of those in text order, whose words hold offset {@code at}; null when none. */
    private static Quote quoteAround(List<Quote> quotes, int at) {
        int lo = 0;
        int hi = quotes.size() - 1;
        Quote found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).start() <= at) {
                found = quotes.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null && at < found.end() ? found : null;
    }

    /**
     * The participants within reach of a trigger ({@value #WINDOW} tokens and a window more on each side), so that
     * the work per trigger is bounded however long the sentence.
     */
    private static List<Participant> near(List<Participant> ps, Hit hit) {
        int from = lastBefore(ps, Math.max(0, hit.start() - 2 * WINDOW)) + 1;
        int to = lastBefore(ps, hit.end() + 2 * WINDOW) + 1;
        return ps.subList(from, Math.max(from, to));
    }

    /** The participants outside the trigger's match: those that can be its actor or target. */
    private static List<Participant> outside(List<Participant> ps, Hit hit) {
        List<Participant> out = new ArrayList<>(ps.size());
        for (Participant p : ps) {
            if (!theme(p, hit)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether a participant overlaps the trigger's match but not its word: the trigger's theme. */
    private static boolean theme(Participant p, Hit hit) {
        boolean inMatch = p.first() < hit.end() && hit.start() < p.after();
        boolean onWord = p.first() < hit.after() && hit.first() < p.after();
        return inMatch && !onWord;
    }

    /**
     * A participant of the trigger's match standing before its word: the subject ({@code pasukan Rusia mendarat},
     * {@code no troops had been sent}); null when none.
     */
    private static Participant themeBefore(List<Participant> ps, Hit hit) {
        for (Participant p : ps) {
            if (theme(p, hit) && p.after() <= hit.first() && p.prep() == null) {
                return p;
            }
        }
        return null;
    }

    /** The participant of the trigger's theme that can act: one with a country or a sector; null otherwise. */
    private static Participant theme(List<Participant> ps, Hit hit) {
        for (Participant p : ps) {
            if (theme(p, hit) && p.prep() == null && (p.country() != null || p.sector() != null)) {
                return p;
            }
        }
        return null;
    }

    /** The mention of one actor and target, or null for a statement with neither. */
    private RawEvent mention(SentenceView v, Hit hit, Reading reading, Participant a, Participant t,
                             EventLocation location, boolean placeInSentence, TimeExpression when, boolean toll,
                             boolean requested) {
        String type = reading.type();
        String eventCountry = placeInSentence && location != null ? location.country() : context.homeCountry();
        if (a == null && t == null && VERBAL.contains(quad(type))) {
            return null; // a statement is by someone to someone: with neither (the recipe calls for), none was made
        }
        Actor actor = a == null ? defaults.actor(type, reading.mode(), eventCountry) : actor(a, eventCountry);
        Actor target = t == null ? null : actor(t, eventCountry);
        if (type.equals("CONSULT") && target != null && a != null
                && Objects.equals(actor.country(), target.country())) {
            // the two sides of a meeting are of two countries: Presiden Joko Widodo bertemu Perdana Menteri
            // Malaysia in an article that names only Malaysia
            if (!a.countryExplicit() && t.countryExplicit()) {
                actor = withCountry(actor, context.homeCountryExcept(target.country()));
            } else if (a.countryExplicit() && !t.countryExplicit()) {
                target = withCountry(target, context.homeCountryExcept(actor.country()));
            }
        }
        if (target != null && a != null && a.countryExplicit() && sameSide(actor, target, t)) {
            target = null;
        }
        if (requested && type.equals("MOBILIZE") && target != null && target.country() != null
                && !target.country().equals(actor.country())) {
            // forces sent into another country at its request are military aid (PLOVER AID)
            type = "AID";
            reading = new Reading(type, null, reading.negated(), reading.modality(), reading.reported(),
                    reading.rank());
        }
        double confidence = confidence(hit, a, actor, target, type);
        if (reading.modality() == Event.Modality.HYPOTHETICAL) {
            confidence *= SUPPOSED_FACTOR; // what a sentence reports as happened comes before what it supposes
        } else if (reading.modality() == Event.Modality.PLANNED) {
            confidence *= PLANNED_FACTOR;
        }
        // the main verb of a news sentence comes first; later triggers are mostly its purpose or circumstances
        confidence = Math.max(0.05, confidence - RANK_PENALTY * Math.min(reading.rank(), MAX_RANK));
        if (purpose(v, hit.first())) {
            confidence *= PURPOSE_FACTOR; // marched to demand: the march is the event, the demand its aim
        }
        if (reading.rank() > 0 && hit.trigger().voice() == TriggerMatch.Voice.PAST
                && hit.voice() == TriggerMatch.Voice.ACTIVE && a != null && a.after() == hit.first()
                && a.prep() == null && !v.word(hit.first() - 1).equals(",")
                && hit.first() > 0 && Character.isLowerCase(v.word(hit.first()).charAt(0))
                && a.first() > 0 && !Cues.CLAUSE_BREAKS.contains(v.word(a.first() - 1))
                && !Cues.LIST.contains(v.word(a.first() - 1))) {
            // released the mayor, a member of Hamas jailed a year ago: a participle right after a later noun
            // describes that noun; the sentence's main verb came before
            confidence *= PURPOSE_FACTOR;
        }
        RawEvent e = new RawEvent(type, reading.mode(), actor, target, location, reading.negated(),
                reading.modality(), reading.reported(), confidence, v.index(), v.start(hit.first()),
                true, toll);
        if (when != null) {
            e.date(when.begin(), when.precision(), RawEvent.DateSource.SENTENCE);
        }
        e.evidence.add(evidence(v));
        return e;
    }

    /** The record of a participant, its country inferred from the event's place when the text gives none. */
    private Actor actor(Participant p, String eventCountry) {
        if (p.isList()) {
            return list(p, eventCountry);
        }
        String country = p.country();
        Entity.Type kind = p.entity() == null ? null : p.entity().type();
        if (country == null && !p.countryExplicit() && (p.sector() != null && (kind == null
                || kind == Entity.Type.PERSON) || kind == Entity.Type.ORG)) {
            // a sector noun (polisi, protesters), a titled person or an organisation of unknown home acts where
            // the event is, or in the article's country
            country = eventCountry;
        }
        return new Actor(p.name(), country, p.sector(), List.of(), p.start(), p.end());
    }

    /**
     * The record of a list acting or acted on together: the countries of its items as members when they are
     * several ({@code Armenia, Belarusia, Kirgistan, dan Tajikistan}: ARM, BLR, KGZ, TJK), under the alliance
     * that introduces them when one does ({@code anggota CSTO seperti ...}); one country when all are of it; the
     * sector they share.
     */
    private Actor list(Participant p, String eventCountry) {
        List<String> members = new ArrayList<>();
        String sector = null;
        boolean shared = true;
        for (Participant item : p.members()) {
            Actor a = actor(item, eventCountry);
            if (a.country() != null && !members.contains(a.country())) {
                members.add(a.country());
            }
            shared &= a.sector() != null && (sector == null || sector.equals(a.sector()));
            sector = a.sector() != null ? a.sector() : sector;
        }
        String country = p.country();
        if (country == null && members.size() == 1) {
            country = members.get(0);
        }
        return new Actor(p.name(), country, shared ? sector : null, members.size() > 1 ? members : List.of(),
                p.start(), p.end());
    }

    private static Actor withCountry(Actor a, String country) {
        return new Actor(a.name(), country, a.sector(), a.members(), a.start(), a.end());
    }

    /** Whether the target is only the actor's own country (Kazakhstan for a Kazakh actor) or the actor itself. */
    private static boolean sameSide(Actor actor, Actor target, Participant t) {
        if (actor.start() >= 0 && actor.start() == target.start()) {
            return true;
        }
        return t.isPlace() && target.country() != null && target.country().equals(actor.country());
    }

    /**
     * How sure the coder is. The trigger's strength first: a bare word 0.45, a word of several tokens or with the
     * words it needs around it ({@code mengirimkan pasukan}) 0.55, a casualty word alone 0.35. Then a named actor
     * adds 0.2 (an actor whose country is inferred 0.1; none, 0), an unknown actor country takes 0.05 off, a target
     * adds 0.05 (and its absence takes 0.1 off an event that needs one).
     */
    private static double confidence(Hit hit, Participant a, Actor actor, Actor target, String type) {
        boolean phrase = hit.after() - hit.first() > 1 || hit.end() - hit.start() > hit.after() - hit.first();
        double c = hit.trigger().casualty() ? 0.35 : phrase ? 0.55 : 0.45;
        if (a != null) {
            c += a.countryExplicit() || a.entity() != null ? 0.2 : 0.1;
        }
        if (actor.country() == null) {
            c -= 0.05;
        }
        if (target != null) {
            c += 0.05;
        } else if (Defaults.needsRecipient(type) || hit.trigger().needsTarget()) {
            c -= 0.1;
        }
        return Math.max(0.05, Math.min(0.95, c));
    }

    /** The sentence as evidence, made once per sentence: its mentions share one copy of its text. */
    private Evidence evidence(SentenceView v) {
        if (evidenceOf != v.index()) {
            int s = v.sentence().start();
            int e = v.sentence().end();
            evidence = new Evidence(v.tokens().text().substring(s, e), s, e);
            evidenceOf = v.index();
        }
        return evidence;
    }

    /**
     * Adds the REQUEST an event was made at: {@code atas permintaan X} or {@code at the request of X} between
     * this trigger and the next names X as having asked the event's actor for it.
     */
    private void requestedBy(SentenceView v, List<Participant> ps, Hit hit, int limit, List<RawEvent> made,
                             Reading reading, List<TimeExpression> times, List<RawEvent> out) {
        int k = requestedAt(v, hit.after(), limit);
        if (k < 0) {
            return;
        }
        int from = k;
        while (from < v.size() && from - k < MAX_CUE && !Cues.REQUESTED_BY_LAST.contains(v.word(from))) {
            from++;
        }
        from++;
        Participant requester = null;
        for (Participant p : ps) {
            if (p.first() >= from && p.first() <= from + 1) {
                requester = p;
                break;
            }
        }
        if (requester == null || made.isEmpty()) {
            return;
        }
        RawEvent main = made.get(0);
        EventLocation location = main.location;
        String eventCountry = location == null ? null : location.country();
        TimeExpression when = nearest(times, v.start(k));
        {
            Actor actor = actor(requester, eventCountry);
            Actor target = main.actor.start() >= 0 || main.actor.country() != null ? main.actor : null;
            RawEvent request = new RawEvent("REQUEST", ASSIST, actor, target, location, reading.negated(),
                    reading.modality(), reading.reported(), Math.min(0.95, main.confidence), v.index(), v.start(k),
                    false, false);
            if (when != null) {
                request.date(when.begin(), when.precision(), RawEvent.DateSource.SENTENCE);
            }
            request.implying = main;
            request.evidence.add(evidence(v));
            out.add(request);
        }
    }

    /**
     * Where an {@code atas permintaan} / {@code at the request of} cue starts between token {@code from} and
     * {@code limit}, at most {@value #WINDOW} tokens on; -1 when none.
     */
    private static int requestedAt(SentenceView v, int from, int limit) {
        for (int k = from; k < limit && k - from <= WINDOW; k++) {
            for (String[] cue : Cues.REQUESTED_BY) {
                if (matches(v, k, cue)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /**
     * Where the {@code atas permintaan} cue a REQUEST trigger is part of starts, or -1 when the trigger is not
     * part of one.
     */
    private static int requestCue(SentenceView v, Hit hit) {
        if (!hit.trigger().type().equals("REQUEST")) {
            return -1;
        }
        for (String[] cue : Cues.REQUESTED_BY) {
            for (int k = Math.max(0, hit.first() - cue.length + 1); k <= hit.first(); k++) {
                if (matches(v, k, cue)) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static boolean matches(SentenceView v, int at, String[] words) {
        if (at + words.length > v.size()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!v.word(at + i).equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Where the trigger's clause starts: after the nearest clause break before it, within the window. */
    private static int clauseStart(SentenceView v, int first) {
        // a relative pronoun right before the verb leads back to its head: pasukan yang dikirim
        boolean relative = true;
        for (int k = first - 1; k >= 0 && first - k <= WINDOW; k--) {
            String w = v.word(k);
            if (relative && (w.equals("yang") || w.equals("who") || w.equals("which") || w.equals("that"))) {
                relative = false;
                continue;
            }
            if (Cues.CLAUSE_BREAKS.contains(w)) {
                return k + 1;
            }
            if (!Cues.ADVERBS.contains(w) && !Cues.NEGATORS.contains(w) && !Cues.PLANNED.contains(w)
                    && !Cues.MODALS.contains(w) && !Cues.BE.contains(w)) {
                relative = false;
            }
        }
        return Math.max(0, first - WINDOW);
    }

    /** Where the clause after the trigger ends: at the next clause break, within the window. */
    private static int clauseEnd(SentenceView v, int after) {
        for (int k = after; k < v.size() && k - after < WINDOW; k++) {
            if (Cues.CLAUSE_BREAKS.contains(v.word(k))) {
                return k;
            }
        }
        return Math.min(v.size(), after + WINDOW);
    }

    /**
     * The nearest participant before token {@code first} that may act: not after a preposition, not set aside by
     * {@code selain}, starting at or after {@code lo}; within {@code reach} tokens.
     */
    private static Participant before(SentenceView v, List<Participant> ps, int first, int lo, int reach) {
        int pronoun = -1;
        for (int k = first - 1; k >= 0 && first - k <= CUE_WINDOW; k--) {
            if (Cues.PRONOUNS.contains(v.word(k))) {
                pronoun = k;
                break;
            }
        }
        for (int i = lastBefore(ps, first); i >= 0; i--) {
            Participant p = ps.get(i);
            if (p.after() <= pronoun) {
                // a pronoun subject nearer the verb stands for the sentence's subject: Hungary said it will support,
                // Katsav refused ..., saying he would only welcome him
                for (Participant s : ps) {
                    if (s.prep() == null && s.first() < pronoun) {
                        return s;
                    }
                }
                return null;
            }
            if (p.first() < lo || first - p.after() > reach) {
                return null;
            }
            if (p.prep() == null && (!v.word(p.first() - 1).equals("of")
                    || Cues.COUNTS_OF.contains(v.word(p.first() - 2)))) {
                // not the island of Cyprus: what follows of modifies a noun, it does not act; but hundreds of
                // protesters act
                return p;
            }
        }
        return null;
    }

    /** Index of the last participant ending at or before token {@code first}, or -1. */
    private static int lastBefore(List<Participant> ps, int first) {
        int lo = 0;
        int hi = ps.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ps.get(mid).after() <= first) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * The first participant after token {@code after} and before {@code hi} that can be acted on: right after
     * the verb, or after a preposition of target; for a movement into a place, a foreign place it goes to or is
     * in. A noun takes only targets after a preposition ({@code protes terhadap}, {@code protest against}).
     */
    private static Participant after(List<Participant> ps, int after, int hi, String type, boolean noun,
                                     Participant actor) {
        for (int i = lastBefore(ps, after) + 1; i < ps.size(); i++) {
            Participant p = ps.get(i);
            if (p.first() >= hi) {
                return null;
            }
            if (p.first() < after || p.excepted() || Cues.AGENT.contains(p.prep() == null ? "" : p.prep())) {
                continue;
            }
            if (p.locative()) {
                if (INTO.contains(type) && p.isPlace() && p.country() != null
                        && (actor == null || !p.country().equals(actor.country()))) {
                    return p;
                }
                continue;
            }
            if (p.prep() == null ? !noun : Cues.TARGET.contains(p.prep())) {
                return p;
            }
        }
        return null;
    }

    /** The participant right after a trigger's complement with {@code by}, {@code from}, {@code oleh}, {@code dari}. */
    private static Participant author(List<Participant> ps, int end) {
        int i = lastBefore(ps, end) + 1;
        if (i < ps.size()) {
            Participant p = ps.get(i);
            if (p.first() == end + 1 && p.prep() != null && (Cues.AGENT.contains(p.prep())
                    || Cues.ORIGIN.contains(p.prep()))) {
                return p;
            }
        }
        return null;
    }

    /**
     * A passive verb's actor: after {@code oleh} or {@code by} within the clause, or, in Indonesian, the
     * participant right after the verb ({@code ditembak polisi}).
     */
    private Participant agent(SentenceView v, List<Participant> ps, int after, int hi) {
        for (int i = lastBefore(ps, after) + 1; i < ps.size(); i++) {
            Participant p = ps.get(i);
            if (p.first() >= hi) {
                return null;
            }
            if (p.first() >= after && p.prep() != null && Cues.AGENT.contains(p.prep())) {
                return p;
            }
            if (p.first() == after && p.prep() == null && !"en".equals(language)) {
                return p;
            }
        }
        return null;
    }

    /**
     * A noun trigger's actor: the participant right after it (Indonesian: {@code unjuk rasa mahasiswa}, or after
     * {@code oleh}, {@code dari}, {@code by}) or right before it ({@code student protests}), else one a light verb
     * before it ({@code Mahasiswa menggelar aksi protes}).
     */
    private static Participant nounActor(SentenceView v, List<Participant> ps, Hit hit, int lo, int hi) {
        int next = lastBefore(ps, hit.after()) + 1;
        if (next < ps.size()) {
            Participant p = ps.get(next);
            boolean adjacent = p.first() == hit.after() && p.prep() == null && !p.isPlace();
            boolean marked = p.first() - hit.after() <= 1 && p.first() < hi && p.prep() != null
                    && (Cues.AGENT.contains(p.prep()) || Cues.ORIGIN.contains(p.prep())) && !p.isPlace();
            if (adjacent || marked) {
                return p;
            }
        }
        Participant before = before(v, ps, hit.first(), lo, NOUN_REACH);
        for (int k = before == null ? hit.first() : before.after(); k < hit.first(); k++) {
            if (Cues.AGENT.contains(v.word(k)) || Cues.BE.contains(v.word(k))) {
                return null; // US servicemen were killed by an explosive device: no light verb, a passive
            }
        }
        // a state acts by a light verb (Amerika Serikat menjatuhkan sanksi), a town does not
        boolean state = before != null && before.entity() != null && "country".equals(before.entity().kind());
        return before == null || before.isPlace() && before.after() != hit.first() && !state ? null : before;
    }

    /**
     * The event's place in the sentence: the place nearest the trigger after a preposition of place ({@code di},
     * {@code ke}, {@code in}, {@code at}...), not its actor or target; a target reached by going there is the
     * place. A place without a preposition is a state acting or acted on ({@code Moskow menghadapi}), not where;
     * null when the sentence names no place.
     */
    private static Participant place(List<Participant> ps, Hit hit, Participant actor, Participant target) {
        if (target != null && target.locative() && target.isPlace()) {
            return target;
        }
        Participant best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Participant p : ps) {
            if (p == actor || p == target || !p.locative()) {
                continue;
            }
            Participant single = p.singles().get(0);
            if (!single.isPlace()) {
                continue;
            }
            int distance = p.first() >= hit.after() ? p.first() - hit.after() : hit.first() - p.after();
            if (distance < bestDistance) {
                best = p.isList() ? single.withPrep(p.prep()) : p;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The time expression of the sentence nearest offset {@code at}, or null. */
    private static TimeExpression nearest(List<TimeExpression> times, int at) {
        int lo = 0;
        int hi = times.size() - 1;
        int after = times.size(); // the first expression starting at or after at
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times.get(mid).start() >= at) {
                after = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = Math.max(0, after - 1); i <= after && i < times.size(); i++) {
            TimeExpression t = times.get(i);
            int d = t.start() >= at ? t.start() - at : Math.max(0, at - t.end());
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * How the words around the trigger qualify it: a negator or denial before it negates it (not {@code tidak
     * hanya}); a planning word before it makes it PLANNED; a modal word before it, a conditional anywhere before
     * it or shortly after it, or a framing trigger before it ({@code threatened to attack}) makes it
     * HYPOTHETICAL; a quote around it or {@code menurut}/{@code according to} in its sentence makes it reported.
     */
    private static Reading reading(SentenceView v, Hit hit, Hit previous, List<Quote> quotes, int rank,
                                   List<Participant> ps, SentenceCues cues) {
        boolean negated = false;
        boolean planned = false;
        boolean supposed = false;
        boolean refused = false;
        boolean alleged = false;
        int first = hit.first();
        for (int k = first - 1; k >= 0 && first - k <= 2 * CUE_WINDOW; k--) {
            String w = v.word(k);
            if (Cues.CLAUSE_BREAKS.contains(w) || w.equals(",") || (previous != null && previous.after() > k)) {
                break;
            }
            if (REFUSALS.contains(w)) {
                refused = true; // refused to allow the envoys to meet
            } else if (SUSPICION.contains(w)) {
                alleged = true; // nationals suspected of blowing up a plane: only alleged
            }
        }
        for (int k = first - 1; k >= 0 && first - k <= CUE_WINDOW; k--) {
            String w = v.word(k);
            if (Cues.CLAUSE_BREAKS.contains(w) || w.equals(",")) {
                break;
            }
            if (REFUSALS.contains(w)) {
                continue;
            } else if (Cues.NEGATORS.contains(w) && !Cues.NEGATION_BREAKERS.contains(v.word(k + 1))) {
                negated = true;
            } else if (Cues.PLANNED.contains(w) && !(w.equals("will") && v.capitalised(k))
                    || intent(v, k) && !hit.trigger().type().equals("AGREE")
                    || Cues.FUTURE_IN_PAST.contains(w) && cues.reported()) {
                planned = true; // willing to, ready to; said it would: an intention, not a supposition
            } else if (Cues.MODALS.contains(w)) {
                supposed = true;
            }
        }
        boolean saying = Cues.DECLARING.contains(v.word(first)) || Cues.REPORTING.contains(v.word(first));
        for (int k = hit.after(); saying && k < hit.end(); k++) {
            // said they will release: a pattern's verb of saying introduces what is intended
            String w = v.word(k);
            if (Cues.PLANNED.contains(w) || Cues.FUTURE_IN_PAST.contains(w) || intent(v, k)) {
                planned = true;
            } else if (Cues.NEGATORS.contains(w) && !Cues.NEGATION_BREAKERS.contains(v.word(k + 1))) {
                negated = true; // said he would not provide support
            }
        }
        // a statement (a threat, a promise, a demand) happened whatever condition it sets after it
        boolean verbal = VERBAL.contains(quad(hit.trigger().type()));
        boolean reported = cues.reported();
        if (cues.lastDenial()[first] >= 0 && first - cues.lastDenial()[first] <= WINDOW) {
            negated = true;
            reported = true; // a denial relays what the actor says
        }
        int conditional = cues.nextConditional()[0];
        // a promise happened whatever condition it sets after it (willing to send help if it is attacked)
        boolean promise = planned && PROMISED.contains(hit.trigger().type());
        if (conditional < first || !verbal && !promise
                && cues.nextConditional()[first] < first + CONDITIONAL_AFTER) {
            supposed = true;
        }
        if (previous != null && FRAMING.contains(previous.trigger().type()) && framed(v, previous, first, ps)
                || alleged) {
            supposed = true;
        }
        reported |= quoteAround(quotes, v.start(first)) != null;
        if (hit.trigger().type().equals("THREATEN")) {
            planned = false; // a threat is about the future by nature: the threat itself happened
            supposed = false;
        }
        Event.Modality modality = supposed ? Event.Modality.HYPOTHETICAL
                : planned ? Event.Modality.PLANNED : Event.Modality.ASSERTED;
        if (refused) {
            return new Reading("REJECT", rejection(hit.trigger().type()), false, Event.Modality.ASSERTED, reported,
                    rank);
        }
        return new Reading(hit.trigger().type(), hit.trigger().mode(), negated, modality, reported, rank);
    }

    /**
     * What a sentence's cue words say, computed once so that reading each trigger costs a bounded window:
     * whether the sentence relays a claim, and per token the last denial before it and the next conditional at or
     * after it.
     *
     * @param reported        {@code menurut}, {@code according to}, a verb of saying
     * @param lastDenial      per token index (and the end), the position of the last denial before it, or -1
     * @param nextConditional per token index (and the end), the position of the first conditional at or after it,
     *                        or {@link Integer#MAX_VALUE}
     */
    private record SentenceCues(boolean reported, int[] lastDenial, int[] nextConditional) {

        static SentenceCues of(SentenceView v) {
            int n = v.size();
            boolean reported = false;
            int[] lastDenial = new int[n + 1];
            int last = -1;
            for (int k = 0; k < n; k++) {
                lastDenial[k] = last;
                String w = v.word(k);
                if (Cues.DENIALS.contains(w)) {
                    last = k;
                }
                if (Cues.REPORTING.contains(w) || w.equals("according") && v.word(k + 1).equals("to")
                        || Cues.SAID_AFTER.contains(w) && isQuoteOrComma(v.word(k - 1))) {
                    reported = true;
                }
            }
            lastDenial[n] = last;
            int[] nextConditional = new int[n + 1];
            int next = Integer.MAX_VALUE;
            nextConditional[n] = next;
            for (int k = n - 1; k >= 0; k--) {
                String w = v.word(k);
                if (Cues.CONDITIONALS.contains(w) && !(w.equals("if") && Cues.ASKING.contains(v.word(k - 1)))) {
                    next = k;
                }
                nextConditional[k] = next;
            }
            return new SentenceCues(reported, lastDenial, nextConditional);
        }
    }

    /**
     * Whether token {@code k} says its subject intends the verb after it: an English word of willingness before
     * {@code to} ({@code willing to}, {@code offered to}; not {@code offered concessions}), or an Indonesian one
     * ({@code bersedia}, {@code berjanji}).
     */
    private static boolean intent(SentenceView v, int k) {
        return Cues.INTENT.contains(v.word(k)) && (v.word(k + 1).equals("to") || Cues.INTENT_ID.contains(v.word(k)));
    }

    /** The mode of the REJECT of an event of {@code type}: refusing to meet, to help, to yield, or to change. */
    private static String rejection(String type) {
        return switch (type) {
            case "CONSULT" -> "meet";
            case "AID", "COOPERATE" -> "assist";
            case "RETREAT", "CONCEDE" -> "yield";
            default -> "change";
        };
    }

    /**
     * PLOVER's conventions for what is said about the future: a refusal ({@code will not accept}, {@code tidak
     * akan mencabut}, like {@code refused to allow}) is a REJECT that happened; promised cooperation
     * ({@code will visit}, {@code akan membantu}) is an AGREE that happened; an announced withdrawal ({@code akan
     * menarik pasukan}) is a CONCEDE. Other planned events keep their type, flagged PLANNED.
     */
    private static Reading conventions(Reading r) {
        if (r.modality() != Event.Modality.PLANNED) {
            return r;
        }
        if (r.negated()) {
            return new Reading("REJECT", rejection(r.type()), false, Event.Modality.ASSERTED, r.reported(),
                    r.rank());
        }
        if (PROMISED.contains(r.type())) {
            return new Reading("AGREE", null, false, Event.Modality.ASSERTED, r.reported(), r.rank());
        }
        if (r.type().equals("RETREAT")) {
            return new Reading("CONCEDE", null, false, Event.Modality.ASSERTED, r.reported(), r.rank());
        }
        return r;
    }

    private static boolean isQuoteOrComma(String w) {
        return w.equals(",") || w.equals("\"") || w.equals("\u201D") || w.equals(",\"") || w.equals("\u2019");
    }

    /** PLOVER's quad class of an event type. */
    private static Plover.Quad quad(String type) {
        return Plover.shared().category(type).map(Plover.Category::quad).orElse(Plover.Quad.MATERIAL_CONFLICT);
    }

    /** Whether a word of purpose stands right before token {@code first}, adverbs aside. */
    private static boolean purpose(SentenceView v, int first) {
        for (int k = first - 1; k >= 0 && first - k <= 2; k--) {
            String w = v.word(k);
            if (PURPOSE.contains(w)) {
                return true;
            }
            if (!Cues.ADVERBS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a framing trigger governs this one: it comes a few tokens before, in the same clause, with a linking
     * word between them ({@code mengancam akan menyerang}, {@code urged Russia to withdraw}) or only its addressee
     * ({@code meminta Polri mengusut}).
     */
    private static boolean framed(SentenceView v, Hit frame, int first, List<Participant> ps) {
        if (first - frame.after() > 2 * CUE_WINDOW) {
            return false;
        }
        boolean linked = false;
        boolean addressee = first > frame.after();
        for (int k = frame.after(); k < first; k++) {
            String w = v.word(k);
            linked |= FRAME_LINKS.contains(w);
            if (Cues.CLAUSE_BREAKS.contains(w) && !FRAME_LINKS.contains(w)) {
                return false;
            }
            addressee &= covered(ps, k);
        }
        return linked || addressee;
    }

    /** Whether token {@code k} lies in a participant. */
    private static boolean covered(List<Participant> ps, int k) {
        int i = lastBefore(ps, k + 1);
        return i >= 0 && ps.get(i).first() <= k;
    }
}
