package id.warta.events;

import id.warta.internal.FoldedTokens;
import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.text.Sentence;
import id.warta.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every entity mention of an article in text order, so that each sentence finds its own by one forward walk.
 * Mentions that overlap an earlier one (the entity stage promises none) are dropped rather than trusted.
 */
final class Mentions {

    private final List<Entity> entities;
    private final Map<Entity, Integer> indexes = new IdentityHashMap<>();
    private final int[] starts;
    private final int[] ends;
    private final int[] owners;
    private int cursor;

    Mentions(List<Entity> entities, int textLength) {
        this.entities = entities;
        List<int[]> all = new ArrayList<>();
        for (int e = 0; e < entities.size(); e++) {
            indexes.putIfAbsent(entities.get(e), e);
            for (Mention m : entities.get(e).mentions()) {
                if (m.end() <= textLength) {
                    all.add(new int[] {m.start(), m.end(), e});
                }
            }
        }
        all.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> -a[1]));
        int[] s = new int[all.size()];
        int[] t = new int[all.size()];
        int[] o = new int[all.size()];
        int n = 0;
        int previousEnd = 0;
        for (int[] m : all) {
            if (m[0] >= previousEnd) {
                s[n] = m[0];
                t[n] = m[1];
                o[n] = m[2];
                previousEnd = m[1];
                n++;
            }
        }
        starts = Arrays.copyOf(s, n);
        ends = Arrays.copyOf(t, n);
        owners = Arrays.copyOf(o, n);
    }

    /** The entity of mention {@code m}. */
    Entity entity(int m) {
        return entities.get(owners[m]);
    }

    /** The index of entity {@code e} in the analysis, or -1. */
    int indexOf(Entity e) {
        return indexes.getOrDefault(e, -1);
    }

    /** The index of mention {@code m}'s entity in the analysis. */
    int owner(int m) {
        return owners[m];
    }

    int start(int m) {
        return starts[m];
    }

    int end(int m) {
        return ends[m];
    }

    /**
     * The view of {@code sentence}, the next sentence in text order after the previous call's: its tokens folded
     * and the mentions over them.
     */
    SentenceView view(int index, Sentence sentence, String text) {
        List<Token> tokens = sentence.tokens();
        int[] at = new int[tokens.size()];
        Arrays.fill(at, -1);
        while (cursor < starts.length && ends[cursor] <= sentence.start()) {
            cursor++;
        }
        int t = 0;
        for (int m = cursor; m < starts.length && starts[m] < sentence.end(); m++) {
            while (t < tokens.size() && tokens.get(t).end() <= starts[m]) {
                t++;
            }
            for (int k = t; k < tokens.size() && tokens.get(k).start() < ends[m]; k++) {
                at[k] = m;
            }
        }
        return new SentenceView(index, sentence, FoldedTokens.of(text, tokens), at);
    }
}
