package id.warta.ner;

import id.warta.text.Sentence;
import id.warta.text.Text;
import id.warta.text.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The entity finder Warta ships: the trained {@link NameModel} tags each sentence, with the gazetteers' tags as
 * features when the model was trained with them, then {@link EntityLinker} groups the names into entities and the
 * directory gives places their country and kind. Thread-safe; build one per model and share it.
 */
public final class ModelEntityFinder implements EntityFinder {

    /**
     * Longest run of tokens tagged at once. A sentence longer than this (a paragraph without punctuation) is tagged
     * in windows, which bounds memory; real sentences are far shorter.
     */
    static final int WINDOW = 256;

    /** Where the shipped model lies in the jar; {@code warta train ner} reproduces it. */
    public static final String MODEL_RESOURCE = "id/warta/ner/name-model.bin";

    private final NameModel model;
    private final NameGazetteer gazetteer;
    private final EntityLinker linker;

    /**
     * @param model     the tagger
     * @param gazetteer the gazetteer tags the model expects; required when the model was trained with gazetteer
     *                  features, ignored otherwise
     * @param directory what is known of names: canonical names, kinds and countries
     */
    ModelEntityFinder(NameModel model, NameGazetteer gazetteer, NameDirectory directory) {
        this.model = Objects.requireNonNull(model, "model");
        if (model.gazetteerFeatures() && gazetteer == null) {
            throw new IllegalArgumentException("the model was trained with gazetteer features: give it the gazetteer");
        }
        this.gazetteer = model.gazetteerFeatures() ? gazetteer : null;
        this.linker = new EntityLinker(Objects.requireNonNull(directory, "directory"));
    }

    /** The finder with the model shipped in the jar, loaded once and shared. */
    public static ModelEntityFinder shared() {
        return Shared.FINDER;
    }

    /** A finder with this model, given the gazetteer tags when it was trained with them. */
    public static ModelEntityFinder of(NameModel model) {
        return new ModelEntityFinder(model, gazetteer(), directory());
    }

    /** The gazetteer tags the shipped model is trained and run with. */
    public static NameGazetteer gazetteer() {
        return GazetteerNames.shared();
    }

    private static NameDirectory directory() {
        return GazetteerNames.shared();
    }

    /** Lazy holder: the model loads on first use, once, whichever thread comes first. */
    private static final class Shared {
        static final ModelEntityFinder FINDER = load();

        private static ModelEntityFinder load() {
            try (InputStream in = ModelEntityFinder.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks " + MODEL_RESOURCE);
                }
                return of(NameModel.load(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped name model " + MODEL_RESOURCE, e);
            }
        }
    }

    /** The model this finder tags with. */
    public NameModel model() {
        return model;
    }

    @Override
    public List<Entity> find(Text text) {
        Objects.requireNonNull(text, "text");
        String s = text.text();
        List<EntityLinker.Name> names = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int from = 0; from < tokens.size(); ) {
                int to = windowEnd(s, tokens, from);
                List<Token> window = tokens.subList(from, to);
                int[] labels = model.decode(TaggingInput.features(s, window, gazetteer));
                collect(s, window, labels, names);
                from = to;
            }
        }
        List<EntityLinker.Name> rules = new ArrayList<>();
        BracketedAcronyms.find(text, rules::add);
        if (!rules.isEmpty()) {
            names = overrule(names, rules);
        }
        return linker.link(text, names);
    }

    /**
     * Where the window starting at token {@code from} ends: after at most {@link #WINDOW} tokens, at a token that
     * cannot be inside a name (punctuation, a lower-case word) so that no name is cut in two; at the full length
     * when the last quarter of the window has no such token.
     */
    static int windowEnd(String s, List<Token> tokens, int from) {
        int end = from + WINDOW;
        if (end >= tokens.size()) {
            return tokens.size();
        }
        for (int i = end - 1; i > end - WINDOW / 4; i--) {
            Token t = tokens.get(i);
            char c = s.charAt(t.start());
            if (t.kind() == Token.Kind.PUNCT || Character.isLowerCase(c)) {
                return i + 1;
            }
        }
        return end;
    }

    /**
     * The tagger's names that overlap no rule name, plus the rule names. Both lists are in text order and each
     * is free of overlaps, so one merge-like sweep does it.
     */
    private static List<EntityLinker.Name> overrule(List<EntityLinker.Name> names, List<EntityLinker.Name> rules) {
        List<EntityLinker.Name> out = new ArrayList<>(names.size() + rules.size());
        int r = 0;
        for (EntityLinker.Name name : names) {
            while (r < rules.size() && rules.get(r).end() <= name.start()) {
                r++;
            }
            if (r == rules.size() || rules.get(r).start() >= name.end()) {
                out.add(name);
            }
        }
        out.addAll(rules);
        return out;
    }

    /**
     * The names a BIO label sequence marks, by character offsets. A name is widened over a hyphen joining it to an
     * untagged capitalised word without spaces ({@code Kassym-Jomart Tokayev}): the tokenizer splits such pairs
     * as it splits {@code Jakarta-Bandung}, and the tagger then often sees only the second half.
     */
    private static void collect(String s, List<Token> tokens, int[] labels, List<EntityLinker.Name> names) {
        int first = -1;
        for (int i = 0; i <= labels.length; i++) {
            int label = i < labels.length ? labels[i] : 0;
            if (first >= 0 && (label == 0 || label % 2 == 1)) {
                Entity.Type type = Entity.Type.values()[(labels[first] - 1) / 2];
                int from = first;
                while (from >= 2 && labels[from - 1] == 0 && labels[from - 2] == 0
                        && hyphenPair(s, tokens.get(from - 2), tokens.get(from - 1), tokens.get(from))) {
                    from -= 2;
                }
                int to = i;
                while (to + 1 < labels.length && labels[to] == 0 && labels[to + 1] == 0
                        && hyphenPair(s, tokens.get(to - 1), tokens.get(to), tokens.get(to + 1))) {
                    to += 2;
                }
                names.add(new EntityLinker.Name(tokens.get(from).start(), tokens.get(to - 1).end(), type));
                first = -1;
            }
            if (label % 2 == 1) {
                first = i;
            }
        }
    }

    /** Whether {@code left hyphen right} are written without spaces and both halves are capitalised. */
    private static boolean hyphenPair(String s, Token left, Token hyphen, Token right) {
        return hyphen.length() == 1 && s.charAt(hyphen.start()) == '-' && left.end() == hyphen.start()
                && hyphen.end() == right.start() && Character.isUpperCase(s.charAt(left.start()))
                && Character.isUpperCase(s.charAt(right.start()));
    }
}
