package id.warta.events;

import id.warta.internal.FoldedTokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small hand-built lexicon for the coder's unit tests, so that they test the coder's reading of a sentence
 * rather than the shipped tables: triggers (a word or phrase, optionally needing a word after it within four
 * tokens), sector words and demonyms, each given as folded words separated by spaces.
 */
final class TestLexicon implements CoderLexicon {

    private record Entry(List<String> words, String complement, String type, String mode, TriggerMatch.Voice voice,
                         boolean needsTarget, boolean casualty) {
    }

    private final List<Entry> triggers = new ArrayList<>();
    private final Map<String, String> sectors = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, OrganisationFacts> organisations = new HashMap<>();

    /** The words of Indonesian and English news these tests use. */
    static TestLexicon standard() {
        TestLexicon l = new TestLexicon();
        l.trigger("mengirimkan", "pasukan", "MOBILIZE", "troops", TriggerMatch.Voice.ACTIVE);
        l.trigger("mengirim", "pasukan", "MOBILIZE", "troops", TriggerMatch.Voice.ACTIVE);
        l.trigger("dikirim", null, "MOBILIZE", "troops", TriggerMatch.Voice.PASSIVE);
        l.trigger("mendarat", null, "MOBILIZE", "troops", TriggerMatch.Voice.ACTIVE);
        l.trigger("tiba", null, "MOBILIZE", "troops", TriggerMatch.Voice.ACTIVE);
        l.trigger("menyerang", null, "ASSAULT", null, TriggerMatch.Voice.ACTIVE);
        l.trigger("diserang", null, "ASSAULT", null, TriggerMatch.Voice.PASSIVE);
        l.trigger("serangan", null, "ASSAULT", null, TriggerMatch.Voice.NOUN);
        l.trigger("menembak", null, "ASSAULT", "firearms", TriggerMatch.Voice.ACTIVE);
        l.trigger("ditembak", null, "ASSAULT", "firearms", TriggerMatch.Voice.PASSIVE);
        l.trigger("menangkap", null, "COERCE", "arrest", TriggerMatch.Voice.ACTIVE);
        l.trigger("ditangkap", null, "COERCE", "arrest", TriggerMatch.Voice.PASSIVE);
        l.trigger("kerusuhan", null, "PROTEST", "riot", TriggerMatch.Voice.NOUN);
        l.trigger("unjuk rasa", null, "PROTEST", "demo", TriggerMatch.Voice.NOUN);
        l.trigger("berunjuk rasa", null, "PROTEST", "demo", TriggerMatch.Voice.ACTIVE);
        l.trigger("protes", null, "PROTEST", "demo", TriggerMatch.Voice.NOUN);
        l.trigger("meminta bantuan", null, "REQUEST", "assist", TriggerMatch.Voice.ACTIVE);
        l.trigger("bertemu", null, "CONSULT", null, TriggerMatch.Voice.ACTIVE);
        l.trigger("membantu", null, "AID", null, TriggerMatch.Voice.ACTIVE);
        l.trigger("ditarik", null, "RETREAT", "withdraw", TriggerMatch.Voice.PASSIVE);
        l.trigger("mengancam", null, "THREATEN", null, TriggerMatch.Voice.ACTIVE);
        l.trigger("menjatuhkan sanksi", null, "SANCTION", null, TriggerMatch.Voice.ACTIVE);
        l.add(new Entry(List.of("tewas"), null, "ASSAULT", null, TriggerMatch.Voice.PASSIVE, false, true));
        l.trigger("sent", "troops", "MOBILIZE", "troops", TriggerMatch.Voice.PAST);
        l.trigger("deployed", null, "MOBILIZE", "troops", TriggerMatch.Voice.PAST);
        l.trigger("attacked", null, "ASSAULT", null, TriggerMatch.Voice.PAST);
        l.trigger("attack", null, "ASSAULT", null, TriggerMatch.Voice.ACTIVE);
        l.trigger("arrested", null, "COERCE", "arrest", TriggerMatch.Voice.PAST);
        l.trigger("protest", null, "PROTEST", "demo", TriggerMatch.Voice.NOUN);
        l.trigger("protests", null, "PROTEST", "demo", TriggerMatch.Voice.NOUN);
        l.trigger("threatened", null, "THREATEN", null, TriggerMatch.Voice.PAST);
        l.trigger("met", null, "CONSULT", null, TriggerMatch.Voice.PAST);
        l.trigger("agreed", null, "AGREE", null, TriggerMatch.Voice.PAST);
        l.trigger("arrest", null, "COERCE", "arrest", TriggerMatch.Voice.ACTIVE);
        l.add(new Entry(List.of("killed"), null, "ASSAULT", null, TriggerMatch.Voice.PAST, false, true));
        for (String s : new String[] {"pasukan:MIL", "pasukan terjun payung:MIL", "tentara:MIL", "militer:MIL",
                "polisi:COP", "pengunjuk rasa:CVL", "prime minister:GOV", "kapolda:COP", "personel keamanan:COP",
                "presiden:GOV", "perdana menteri:GOV",
                "mahasiswa:EDU", "warga:CVL", "troops:MIL", "police:COP", "protesters:CVL", "president:GOV",
                "officials:GOV", "foreign minister:GOV", "military:MIL"}) {
            String[] kv = s.split(":");
            l.sectors.put(kv[0], kv[1]);
        }
        for (String s : new String[] {"russian:RUS", "kazakh:KAZ", "hungarian:HUN", "romanian:ROU",
                "armenian:ARM"}) {
            String[] kv = s.split(":");
            l.demonyms.put(kv[0], kv[1]);
        }
        l.organisations.put("csto", new OrganisationFacts("IGO", null));
        l.organisations.put("polri", new OrganisationFacts("IDN", "COP"));
        l.organisations.put("united nations", new OrganisationFacts("UNO", null));
        return l;
    }

    private void trigger(String words, String complement, String type, String mode, TriggerMatch.Voice voice) {
        add(new Entry(List.of(words.split(" ")), complement, type, mode, voice, false, false));
    }

    private void add(Entry e) {
        triggers.add(e);
    }

    @Override
    public List<Trigger> triggers(FoldedTokens tokens, String language) {
        List<Trigger> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Entry best = null;
            for (Entry e : triggers) {
                if (at(tokens, i, e.words()) && (best == null || e.words().size() > best.words().size())) {
                    best = e;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int anchorEnd = i + best.words().size();
            int end = anchorEnd;
            if (best.complement() != null) {
                for (int k = anchorEnd; k < tokens.size() && k - anchorEnd <= 4; k++) {
                    if (tokens.folded(k).equals(best.complement())) {
                        end = k + 1;
                        break;
                    }
                }
            }
            out.add(new Trigger(i, end, i, anchorEnd, best.type(), best.mode(), best.voice(), best.needsTarget(),
                    best.casualty()));
            i = anchorEnd;
        }
        return out;
    }

    @Override
    public SectorWord sector(FoldedTokens tokens, int at, String language) {
        int best = -1;
        for (Map.Entry<String, String> e : sectors.entrySet()) {
            List<String> words = List.of(e.getKey().split(" "));
            if (at(tokens, at, words) && at + words.size() > best) {
                best = at + words.size();
            }
        }
        if (best < 0) {
            return null;
        }
        StringBuilder phrase = new StringBuilder();
        for (int k = at; k < best; k++) {
            phrase.append(k > at ? " " : "").append(tokens.folded(k));
        }
        return new SectorWord(best, sectors.get(phrase.toString()));
    }

    @Override
    public CountryWord country(FoldedTokens tokens, int at, String language) {
        String code = demonyms.get(tokens.folded(at));
        return code == null ? null : new CountryWord(at + 1, code);
    }

    @Override
    public OrganisationFacts organisation(String name) {
        return organisations.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean at(FoldedTokens tokens, int from, List<String> words) {
        if (from + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.folded(from + k).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
