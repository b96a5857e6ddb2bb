package id.warta.ner;

import id.warta.geo.Gazetteer;
import id.warta.geo.GazetteerGeocoder;
import id.warta.geo.Place;
import id.warta.internal.FoldedTokens;
import id.warta.internal.NameTokens;
import id.warta.internal.TokenTrie;
import id.warta.text.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shipped gazetteer, organisation list and list of titles, seen by the name finder in two ways: as tags on
 * tokens, a feature of the tagger ({@code B-country}, {@code I-city}, {@code B-org}, {@code B-title}; a trailing
 * {@code ~} when every word of a place or organisation name is also an ordinary word, which makes the match weak
 * evidence), and as a directory giving found names their canonical identity, kind and country.
 */
final class GazetteerNames implements NameGazetteer, NameDirectory {

    private static final String TITLES = "id/warta/ner/titles.txt";

    private final NameMatcher matcher;
    private final Gazetteer gazetteer;
    private final Organisations organisations;
    private final TokenTrie<Boolean> titles;

    GazetteerNames(NameMatcher matcher, Gazetteer gazetteer, Organisations organisations, TokenTrie<Boolean> titles) {
        this.matcher = matcher;
        this.gazetteer = gazetteer;
        this.organisations = organisations;
        this.titles = titles;
    }

    /** The titles of the shipped list. */
    static TokenTrie<Boolean> titles() {
        TokenTrie.Builder<Boolean> builder = TokenTrie.builder();
        try (InputStream in = GazetteerNames.class.getClassLoader().getResourceAsStream(TITLES)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + TITLES);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String title = line.strip();
                if (!title.isEmpty() && !title.startsWith("#")) {
                    for (List<String> tokens : NameTokens.of(title)) {
                        builder.add(tokens, Boolean.TRUE, true);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TITLES, e);
        }
        return builder.build();
    }

    static GazetteerNames shared() {
        return Holder.SHARED;
    }

    private static final class Holder {
        static final GazetteerNames SHARED = new GazetteerNames(NameMatcher.shared(), Gazetteer.shared(),
                Organisations.shared(), titles());
    }

    @Override
    public String[] tags(String text, List<Token> tokens) {
        String[] tags = new String[tokens.size()];
        FoldedTokens folded = FoldedTokens.of(text, tokens);
        List<Boolean> found = new ArrayList<>(1);
        for (int i = 0; i < tags.length; ) {
            int end = titles.longest(folded, i, false, found);
            if (end < 0) {
                i++;
                continue;
            }
            tags[i] = "B-title";
            for (int k = i + 1; k < end; k++) {
                tags[k] = "I-title";
            }
            i = end;
        }
        // places and organisations overrule titles: Gubernur Jawa Barat, Kepala BNPB
        for (NameMatch match : matcher.match(text, tokens)) {
            String kind = match.places().isEmpty() ? "org" : match.places().get(0).kind().label();
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
                Place place = GazetteerGeocoder.preferred(places);
                return new Known("place:" + place.geonameId(), place.kind().label(), place.country());
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
