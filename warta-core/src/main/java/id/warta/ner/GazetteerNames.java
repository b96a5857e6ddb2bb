package id.warta.ner;

import id.warta.geo.Gazetteer;
import id.warta.geo.Place;
import id.warta.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The shipped gazetteer and organisation list, seen by the name finder in two ways: as tags on tokens, a feature of
 * the tagger ({@code B-country}, {@code I-city}, {@code B-org}; a trailing {@code ~} when every word of the name
 * is also an ordinary word, which makes the match weak evidence), and as a directory giving found names their
 * canonical identity, kind and country.
 */
final class GazetteerNames implements NameGazetteer, NameDirectory {

    private final NameMatcher matcher;
    private final Gazetteer gazetteer;
    private final Organisations organisations;

    GazetteerNames(NameMatcher matcher, Gazetteer gazetteer, Organisations organisations) {
        this.matcher = matcher;
        this.gazetteer = gazetteer;
        this.organisations = organisations;
    }

    static GazetteerNames shared() {
        return Holder.SHARED;
    }

    private static final class Holder {
        static final GazetteerNames SHARED = new GazetteerNames(NameMatcher.shared(), Gazetteer.shared(),
                Organisations.shared());
    }

    @Override
    public String[] tags(String text, List<Token> tokens) {
        String[] tags = new String[tokens.size()];
        for (NameMatch match : matcher.match(text, tokens)) {
            String kind = match.places().isEmpty() ? "org"
                    : match.places().get(0).kind().name().toLowerCase(Locale.ROOT);
            String weak = match.commonWord() ? "~" : "";
            tags[match.firstToken()] = "B-" + kind + weak;
            for (int i = match.firstToken() + 1; i < match.endToken(); i++) {
                tags[i] = "I-" + kind + weak;
            }
        }
        return tags;
    }

    @Override
    public Known lookup(String name, Entity.Type type) {
        if (type == Entity.Type.LOC) {
            List<Place> places = gazetteer.lookup(name);
            if (!places.isEmpty()) {
                Place place = places.get(0);
                return new Known("place:" + place.geonameId(), place.kind().name().toLowerCase(Locale.ROOT),
                        place.country());
            }
        } else if (type == Entity.Type.ORG) {
            Optional<Organisations.Entry> org = organisations.lookup(name);
            if (org.isPresent()) {
                return new Known("org:" + org.get().name(), null, org.get().country());
            }
        }
        return null;
    }
}
