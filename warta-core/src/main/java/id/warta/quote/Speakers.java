package id.warta.quote;

import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who an attribution names: the PERSON entity its phrase mentions, else the phrase's name words, else the phrase
 * itself; and, for a pronoun, the one last named. Remembers the speakers met so far and their roles, so one per
 * call.
 */
final class Speakers {

    /** A resolved speaker: name (null when unknown), role, and the name's offsets in the attribution or -1. */
    record Speaker(String name, String role, int start, int end) {
        static final Speaker UNKNOWN = new Speaker(null, null, -1, -1);

        /** The same speaker, not named where it is used. */
        Speaker elsewhere() {
            return new Speaker(name, role, -1, -1);
        }
    }

    private final QuoteTokens tokens;
    private final String s;
    private final Token[] t;
    private final boolean[] paragraph;
    /** PERSON mentions in text order with their entities. */
    private final int[] personStart;
    private final int[] personEnd;
    private final Entity[] person;
    /** The PERSON mentions outside quotations, for "the one last named". */
    private int[] outsideEnd = new int[0];
    private int[] outsideIndex = new int[0];
    /** Full names of the speakers met so far by their first and last words, for a surname alone. */
    private final Map<String, String> nameByWord = new HashMap<>();
    private final Map<String, String> roleByName = new HashMap<>();
    private Speaker lastSpeaker;
    private int lastSpeakerAt = -1;

    /** Mentions lying past the end of the text (another text's entities) are left out. */
    Speakers(QuoteTokens tokens, List<Entity> entities) {
        this.tokens = tokens;
        this.s = tokens.s;
        this.t = tokens.t;
        this.paragraph = tokens.paragraph;
        List<int[]> persons = new ArrayList<>();
        List<Entity> owners = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() != Entity.Type.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.end() <= s.length()) {
                    persons.add(new int[] {m.start(), m.end(), owners.size()});
                    owners.add(e);
                }
            }
        }
        persons.sort((a, b) -> Integer.compare(a[0], b[0]));
        personStart = new int[persons.size()];
        personEnd = new int[persons.size()];
        person = new Entity[persons.size()];
        for (int i = 0; i < persons.size(); i++) {
            personStart[i] = persons.get(i)[0];
            personEnd[i] = persons.get(i)[1];
            person[i] = owners.get(persons.get(i)[2]);
        }
    }

    /** Records a quote's speaker as the last one named, at offset {@code at}. */
    void heard(Speaker speaker, int at) {
        lastSpeaker = speaker;
        lastSpeakerAt = at;
    }

    /**
     * The speaker of the phrase in tokens {@code [from, to)} with a role written beside it at {@code [roleStart,
     * roleEnd)} (or -1): a PERSON entity it mentions, else the name words, else the phrase. */
    Speaker named(int from, int to, int roleStart, int roleEnd) {
        int phraseStart = t[from].start();
        int phraseEnd = t[to - 1].end();
        String appositive = roleStart >= 0 ? s.substring(roleStart, roleEnd) : null;
        int m = personAt(phraseStart, phraseEnd);
        Speaker sp;
        if (m >= 0) {
            int r = from;
            while (r < to && t[r].end() <= personStart[m]) {
                r++;
            }
            String role = tokens.role(from, r);
            sp = new Speaker(person[m].text(), role != null ? role : appositive, personStart[m], personEnd[m]);
        } else {
            sp = fallback(from, to, appositive);
        }
        if (sp.role() != null) {
            roleByName.put(sp.name(), sp.role());
        } else if (roleByName.containsKey(sp.name())) {
            sp = new Speaker(sp.name(), roleByName.get(sp.name()), sp.start(), sp.end());
        }
        return sp;
    }

    /**
     * The speaker "last named" before offset {@code at}: the later of the last speaker and the last PERSON
     * mention outside quotations; unknown when there is neither.
     */
    Speaker recent(int at) {
        int i = lastOutsideBefore(at);
        if (i >= 0 && (lastSpeaker == null || personStart[outsideIndex[i]] > lastSpeakerAt)) {
            String name = person[outsideIndex[i]].text();
            String role = roleByName.get(name);
            return new Speaker(name, role != null ? role : roleBefore(personStart[outsideIndex[i]]), -1, -1);
        }
        return lastSpeaker != null ? lastSpeaker.elsewhere() : Speaker.UNKNOWN;
    }

    /** Index of the first PERSON mention overlapping {@code [start, end)}, or -1. */
    int personAt(int start, int end) {
        int lo = 0;
        int hi = personEnd.length;
        while (lo < hi) { // first mention ending after start; mentions do not overlap, so ends are ordered
            int mid = (lo + hi) >>> 1;
            if (personEnd[mid] <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < personEnd.length && personStart[lo] < end ? lo : -1;
    }

    /** Keeps the PERSON mentions that lie outside every quotation, in order. */
    void outside(List<QuoteMarks.Span> spans) {
        int[] ends = new int[personStart.length];
        int[] index = new int[personStart.length];
        int count = 0;
        int q = 0;
        for (int i = 0; i < personStart.length; i++) {
            while (q < spans.size() && spans.get(q).end() <= personStart[i]) {
                q++;
            }
            boolean inside = q < spans.size() && spans.get(q).start() < personEnd[i];
            if (!inside) {
                ends[count] = personEnd[i];
                index[count++] = i;
            }
        }
        outsideEnd = Arrays.copyOf(ends, count);
        outsideIndex = Arrays.copyOf(index, count);
    }

    /**
     * A speaker from the phrase's words alone: the capitalised words after its last role word, organisation
     * or title ({@code Menteri Luar Negeri | Retno Marsudi}); when three or more follow a role, a place is
     * taken to come first and the last two are the name ({@code Presiden Rusia | Vladimir Putin}). Without
     * such words the whole phrase is the speaker ({@code seorang saksi mata}, {@code Polisi}).
     */
    private Speaker fallback(int from, int to, String appositive) {
        int b = to;
        while (b > from && tokens.nameWord(b - 1)) {
            b--;
        }
        while (b < to && !Character.isUpperCase(s.codePointAt(t[b].start()))) {
            b++; // a name starts with a capital, not with a particle
        }
        int lastRole = -1;
        boolean roleSeen = false;
        for (int k = from; k < to; k++) {
            String w = QuoteWords.bare(tokens.word(k));
            boolean roleWord = QuoteWords.role(w) && !QuoteWords.HONORIFIC.contains(w);
            roleSeen |= roleWord;
            if (k < b) {
                continue;
            }
            boolean acronym = tokens.acronym(k) && (k + 1 < to || roleSeen);
            if (roleWord || QuoteWords.ROLE_PART.contains(w) || QuoteWords.HONORIFIC.contains(w) || acronym
                    || QuoteWords.PLACE_HEAD.contains(w)
                    || k > b && QuoteWords.PLACE_HEAD.contains(tokens.word(k - 1)) && lastRole == k - 1) {
                lastRole = k;
            }
        }
        int name = Math.max(b, lastRole + 1);
        while (name < to && (tokens.possessive(name) || tokens.glued(name))) {
            name++; // "NASA's Steve Clarke": the owner is part of the role
        }
        // Without a role word, a phrase opening with an organisation is the organisation speaking
        // (Pemerintah Indonesia, Kementerian Luar Negeri).
        boolean organisation = !roleSeen && b == from && QuoteWords.ROLE_PART.contains(tokens.word(from));
        if (name >= to || organisation) {
            return new Speaker(s.substring(t[from].start(), t[to - 1].end()), appositive, t[from].start(),
                    t[to - 1].end());
        }
        boolean afterTitle = name > from && QuoteWords.HONORIFIC.contains(QuoteWords.bare(tokens.word(name - 1)));
        int words = tokens.words(name, to);
        if (roleSeen && !afterTitle && words >= 3 || words > 4) {
            name = tokens.lastWords(to, 2);
        }
        String full = s.substring(t[name].start(), t[to - 1].end());
        if (tokens.words(name, to) == 1 && nameByWord.containsKey(full)) {
            full = nameByWord.get(full);
        } else if (tokens.words(name, to) > 1) {
            nameByWord.putIfAbsent(s.substring(t[name].start(), t[name].end()), full);
            nameByWord.putIfAbsent(s.substring(t[to - 1].start(), t[to - 1].end()), full);
        }
        String role = roleSeen ? tokens.role(from, name) : null;
        return new Speaker(full, role != null ? role : appositive, t[name].start(), t[to - 1].end());
    }

    /** The role written right before a name at offset {@code at} ({@code Bupati Garut Rudy Gunawan}), or null. */
    private String roleBefore(int at) {
        int lo = tokens.tokenAt(at);
        if (lo < 0) {
            return null; // the mention does not start on a token
        }
        int end = lo;
        if (lo > 1 && tokens.isPunct(lo - 1, ",") && !paragraph[lo]) {
            end = lo - 1; // "Sopir angkot di Terminal Kampung Rambutan, Ujang Suparman, ..."
        }
        int k = end - 1;
        while (k >= 0 && end - k <= QuoteTokens.MAX_ROLE && !paragraph[k + 1] && t[k].kind() == Token.Kind.WORD
                && (!tokens.stopBack(k) || end < lo && QuoteWords.ROLE_LINK.contains(tokens.word(k)))) {
            k--;
        }
        if (k + 1 >= end || end < lo && !tokens.roleStart(k + 1)) {
            return null;
        }
        return tokens.role(k + 1, end);
    }

    private int lastOutsideBefore(int at) {
        int lo = 0;
        int hi = outsideEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (outsideEnd[mid] <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
