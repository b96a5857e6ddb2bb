package id.warta.events;

import id.warta.geo.GazetteerGeocoder;
import id.warta.geo.Geocoder;
import id.warta.model.Analysis;
import id.warta.quantity.Quantity;
import id.warta.quote.Quote;
import id.warta.text.Sentence;
import id.warta.text.Text;
import id.warta.text.Token;
import id.warta.time.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Codes events with rules over the analysis: per sentence, triggers of the PLOVER categories found by a lexicon
 * of Indonesian and English words, actors and targets read from the sentence's structure around them, the place,
 * date, casualties and size, negation and modality; then mentions of one happening merged into one event.
 * Stateless and thread-safe: the lexicons, counter and geocoder it is built with are. Its cost is linear in the
 * text: all work per trigger is bounded by a window of tokens around it.
 *
 * <p>The rules, in the order they apply:
 * <ol>
 *   <li><b>Participants</b> ({@link ParticipantReader}): entities (an organisation with its country or PLOVER's
 *       international code from the curated list), sector nouns with their country, titles with the person they
 *       introduce (a title's country holds for the person throughout the article), demonyms, lists. A list of
 *       states ({@code anggota CSTO seperti Armenia, Belarusia, Kirgistan, dan Tajikistan}) is one actor whose
 *       {@code members} are the states named, under the alliance that introduces them.</li>
 *   <li><b>Triggers and roles</b> ({@link SentenceCoder}): the lexicon's triggers, none inside a name, an
 *       apposition or a participant's phrase; actor and target by voice; a participant with no written country
 *       (a sector noun, a titled person, an organisation of unknown home) is of the country its event is in,
 *       else of the article's main country, else, in an Indonesian article naming none, of Indonesia;
 *       {@code atas permintaan X} / {@code at the request of X} adds X's REQUEST of the event's actor, and makes
 *       forces sent into X's country military aid (AID). A statement with neither actor nor target is no
 *       event.</li>
 *   <li><b>Qualifiers</b>: negation, PLANNED, HYPOTHETICAL, reported, as {@link SentenceCoder} documents, with
 *       PLOVER's conventions: promised cooperation is an AGREE, a refusal a REJECT, an announced withdrawal a
 *       CONCEDE. Other planned and hypothetical events are kept and flagged.</li>
 *   <li><b>Place</b>: a place of the sentence after a preposition of place, else the dateline's place, else the
 *       article's main country (the country it most names as a place), geocoded with the article's countries as
 *       context.</li>
 *   <li><b>Date</b>: the sentence's time expression nearest the trigger; else a caption's date by the rule of
 *       {@link CaptionDates}; else the publication day; else none. A REQUEST made for an event takes its
 *       date.</li>
 *   <li><b>Counts</b> ({@link CasualtyCounter}): the sentence's casualty and size counts go to one of its events
 *       that can have them (killed and injured: ASSAULT, then PROTEST, then COERCE; arrested: COERCE first; size:
 *       the event whose actor the counted noun is, else MOBILIZE, PROTEST, AID). A casualty word with no one doing
 *       it ({@code tewas}, {@code were killed}) is a toll: it belongs to the violent event (ASSAULT, PROTEST) of
 *       its sentence, whose target its victims become. A sentence with only a toll ("Jumlah korban luka
 *       diperkirakan mencapai 1.000 orang") adds it, and itself as evidence, to the violent event of the sentence
 *       right before it in the same paragraph; with no such event it makes none: a death toll alone may be an
 *       accident or a disaster, not an event.</li>
 *   <li><b>Merging</b> ({@link EventMerger}): one event per happening.</li>
 * </ol>
 */
public final class RuleEventCoder implements EventCoder {

    /** Event types that take killed and injured counts, most fitting first. */
    private static final List<String> HARM = List.of("ASSAULT", "PROTEST", "COERCE");
    /** Event types that take arrest counts, most fitting first. */
    private static final List<String> DETENTION = List.of("COERCE", "ASSAULT", "PROTEST");
    /** Event types that take the size of the acting group, most fitting first. */
    private static final List<String> FORCE = List.of("MOBILIZE", "PROTEST", "AID", "ASSAULT");
    /** Words that keep a sentence's counts from being someone's happened toll. */
    private static final Set<String> UNSURE = Set.of("jika", "kalau", "apabila", "bila", "seandainya", "if",
            "could", "would", "might", "bisa", "dapat", "akan", "will");

    private static final CasualtyCounter COUNTER = new CasualtyCounter();
    /**
     * Longest sentence read as one, in tokens. A longer "sentence" (a paragraph without punctuation) is read in
     * pieces of this size: the participant and clause rules look across a sentence, and only this bound keeps the
     * coder linear in the text; real news sentences are far shorter.
     */
    static final int MAX_SENTENCE_TOKENS = 150;

    private final CoderLexicon lexicon;
    private final Geocoder geocoder;

    /** The coder on Warta's shipped lexicons, placing events with the shipped gazetteer ({@link GazetteerGeocoder}). */
    public RuleEventCoder() {
        this(GazetteerGeocoder.shared());
    }

    /** The coder on Warta's shipped lexicons, placing events with {@code geocoder}. */
    public RuleEventCoder(Geocoder geocoder) {
        this(ShippedLexicon.SHARED, geocoder);
    }

    /** A coder reading sentences with {@code lexicon} and placing events with {@code geocoder}. */
    RuleEventCoder(CoderLexicon lexicon, Geocoder geocoder) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.geocoder = Objects.requireNonNull(geocoder, "geocoder");
    }

    @Override
    public List<Event> code(Text text, Analysis analysis) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysis, "analysis");
        String s = text.text();
        String language = text.language();
        ArticleContext context = new ArticleContext(geocoder, analysis.article().dateline(), language);
        Mentions mentions = new Mentions(analysis.entities(), s.length());
        ParticipantReader reader = new ParticipantReader(lexicon, language, mentions, context.persons);

        List<Sentence> sentences = pieces(text.sentences());
        List<SentenceView> views = new ArrayList<>(sentences.size());
        List<List<CoderLexicon.Trigger>> triggers = new ArrayList<>(sentences.size());
        List<List<Participant>> participants = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            SentenceView v = mentions.view(i, sentences.get(i), s);
            List<CoderLexicon.Trigger> found = lexicon.triggers(v.tokens(), language);
            boolean[] anchors = new boolean[v.size()];
            for (CoderLexicon.Trigger t : found) {
                for (int k = Math.max(0, t.anchorStart()); k < Math.min(v.size(), t.anchorEnd()); k++) {
                    anchors[k] = true;
                }
            }
            views.add(v);
            triggers.add(found);
            participants.add(reader.read(v, anchors));
        }
        context.rankCountries(participants);

        SentenceCoder coder = new SentenceCoder(language, context, new Defaults(lexicon, language));
        List<TimeExpression> times = sorted(analysis.times(), TimeExpression::start);
        List<Quote> quotes = sorted(analysis.quotes(), Quote::start);
        List<Quantity> quantities = sorted(analysis.quantities(), Quantity::start);
        int t = 0;
        int q = 0;
        int n = 0;
        List<RawEvent> all = new ArrayList<>();
        List<RawEvent> previous = List.of();
        for (SentenceView v : views) {
            Sentence sentence = v.sentence();
            while (t < times.size() && times.get(t).start() < sentence.start()) {
                t++;
            }
            int tEnd = t;
            while (tEnd < times.size() && times.get(tEnd).end() <= sentence.end()) {
                tEnd++;
            }
            while (q < quotes.size() && quotes.get(q).end() <= sentence.start()) {
                q++;
            }
            List<Quote> around = new ArrayList<>();
            for (int k = q; k < quotes.size() && quotes.get(k).start() < sentence.end(); k++) {
                around.add(quotes.get(k));
            }
            while (n < quantities.size() && quantities.get(n).start() < sentence.start()) {
                n++;
            }
            int nEnd = n;
            while (nEnd < quantities.size() && quantities.get(nEnd).end() <= sentence.end()) {
                nEnd++;
            }
            List<RawEvent> made = coder.code(v, reader.resolve(participants.get(v.index())),
                    triggers.get(v.index()), times.subList(t, tEnd), around);
            List<Count> found = COUNTER.count(text, sentence, quantities.subList(n, nEnd)).counts();
            boolean carried = carries(made, previous, v, views);
            if (carried) {
                attach(found, previous, v, true);
                made = List.of();
            } else {
                // a toll with no one doing it and no violence around it is not an event: an accident, a disaster
                made = made.stream().filter(m -> !m.toll).toList();
                if (!found.isEmpty()) {
                    attach(found, made, v, false);
                }
            }
            all.addAll(made);
            previous = made;
        }
        date(all, analysis, language, s);
        return EventMerger.merge(all);
    }

    /**
     * Whether a sentence only adds to the events of the sentence right before it in the same paragraph: it reports
     * no event of its own, only a toll (counts, or a casualty word with no one doing it), and the sentence before
     * reported violence; and it does not merely suppose the toll ({@code jika}, {@code bisa}).
     */
    private static boolean carries(List<RawEvent> made, List<RawEvent> previous, SentenceView v,
                                   List<SentenceView> views) {
        if (previous.isEmpty() || !adjacent(views, previous.get(0).sentence, v) || unsure(v)) {
            return false;
        }
        for (RawEvent m : made) {
            if (!m.toll) {
                return false;
            }
        }
        for (RawEvent p : previous) {
            if (HARM.contains(p.type) && (made.isEmpty() || SentenceCoder.VIOLENT.contains(p.type))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives a sentence's counts to the events that fit them; a sentence carried over to the events of the
     * sentence before is also their evidence.
     */
    private static void attach(List<Count> found, List<RawEvent> takers, SentenceView v, boolean carried) {
        Takers index = new Takers(takers);
        for (Count c : found) {
            RawEvent to = index.taker(c);
            if (to != null) {
                to.counts.add(c);
            }
        }
        if (carried) {
            Sentence s = v.sentence();
            Evidence e = new Evidence(v.tokens().text().substring(s.start(), s.end()), s.start(), s.end());
            RawEvent owner = null;
            for (RawEvent r : takers) {
                if (HARM.contains(r.type) && (owner == null || HARM.indexOf(r.type) < HARM.indexOf(owner.type))) {
                    owner = r;
                }
            }
            for (RawEvent r : takers) {
                if ((r == owner || !r.counts.isEmpty()) && !r.evidence.contains(e)) {
                    r.evidence.add(e);
                }
            }
        }
    }

    /**
     * The events of a sentence that can take counts, indexed so that each count finds its event in constant or
     * logarithmic time: the event whose actor is the counted group, else the first of the most fitting type.
     */
    private static final class Takers {

        private final Map<String, RawEvent> firstOfType = new HashMap<>();
        private final TreeMap<Integer, RawEvent> byActor = new TreeMap<>();

        Takers(List<RawEvent> events) {
            for (RawEvent e : events) {
                if (!e.countable) {
                    continue;
                }
                firstOfType.putIfAbsent(e.type, e);
                if (FORCE.contains(e.type) && e.actor.start() >= 0) {
                    byActor.putIfAbsent(e.actor.start(), e);
                }
            }
        }

        RawEvent taker(Count c) {
            List<String> fitting = switch (c.kind()) {
                case KILLED, INJURED -> HARM;
                case ARRESTED -> DETENTION;
                case SIZE -> FORCE;
            };
            if (c.kind() == Count.Kind.SIZE) {
                // 3.000 pasukan terjun payung Rusia mendarat: the counted troops are the actor
                Map.Entry<Integer, RawEvent> e = byActor.floorEntry(c.end() - 1);
                if (e != null && c.start() < e.getValue().actor.end()) {
                    return e.getValue();
                }
            }
            for (String type : fitting) {
                RawEvent e = firstOfType.get(type);
                if (e != null) {
                    return e;
                }
            }
            return null;
        }
    }

    /** Whether sentence {@code before} is right before {@code v} in the same paragraph (no blank line between). */
    private static boolean adjacent(List<SentenceView> views, int before, SentenceView v) {
        if (before != v.index() - 1) {
            return false;
        }
        String text = v.tokens().text();
        int from = views.get(before).sentence().end();
        return text.substring(from, v.sentence().start()).indexOf("\n\n") < 0;
    }

    /** Whether the sentence only supposes what it counts ({@code jika}, {@code bisa}). */
    private static boolean unsure(SentenceView v) {
        for (int i = 0; i < v.size(); i++) {
            if (UNSURE.contains(v.word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Dates the mentions their sentence does not date: by a caption, else by the publication day; a mention
     * another implies (a REQUEST made for it) takes that one's date.
     */
    private void date(List<RawEvent> all, Analysis analysis, String language, String text) {
        CaptionDates captions = null;
        LocalDate published = analysis.article().published() == null ? null
                : analysis.article().published().toLocalDate();
        for (RawEvent e : all) {
            if (e.dateSource != null || e.implying != null) {
                continue;
            }
            if (captions == null) {
                captions = CaptionDates.read(analysis, lexicon, language);
            }
            String placeName = e.location != null && e.location.start() >= 0 && e.location.end() <= text.length()
                    ? text.substring(e.location.start(), e.location.end()) : null;
            TimeExpression caption = captions.dateOf(e, placeName);
            if (caption != null) {
                e.date(caption.begin(), caption.precision(), RawEvent.DateSource.CAPTION);
            } else if (published != null) {
                e.date(published, TimeExpression.Precision.DAY, RawEvent.DateSource.PUBLISHED);
            } else {
                e.date(null, null, RawEvent.DateSource.NONE);
            }
        }
        for (RawEvent e : all) {
            if (e.dateSource == null) {
                e.date(e.implying.date, e.implying.datePrecision, e.implying.dateSource);
            }
        }
    }

    private static <T> List<T> sorted(List<T> items, ToIntFunction<T> start) {
        List<T> out = new ArrayList<>(items);
        out.sort(Comparator.comparingInt(start));
        return out;
    }

    /** The sentences, each longer than {@link #MAX_SENTENCE_TOKENS} tokens cut into pieces of that size. */
    static List<Sentence> pieces(List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            if (tokens.size() <= MAX_SENTENCE_TOKENS) {
                out.add(sentence);
                continue;
            }
            for (int from = 0; from < tokens.size(); from += MAX_SENTENCE_TOKENS) {
                out.add(Sentence.of(tokens.subList(from, Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS))));
            }
        }
        return out;
    }
}
