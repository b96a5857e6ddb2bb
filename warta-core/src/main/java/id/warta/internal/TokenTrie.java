package id.warta.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dictionary of names, each a sequence of tokens, matched over the tokens of a text: the longest name starting
 * at a token in one walk down a trie keyed by {@link Fold folded} tokens, so the cost is bounded by the longest
 * name, not by the number of names. Immutable and thread-safe once built.
 *
 * <p>Each name keeps the case it is written in, and by default a token of the text matches a token of the name
 * only in that case: a name token in capitals ({@code AS}, {@code DKI}, {@code U.S.}) matches only capitals, a
 * capitalised one ({@code Padang}) matches a capitalised or all-capitals token ({@code Padang}, {@code PADANG},
 * not {@code padang}, and not two or three capitals, which make an acronym: {@code SOE} is not the town of Soe),
 * and a lower-case one ({@code dan} in {@code Bosnia dan Herzegovina}) matches any case.
 * Ignoring case matches every name regardless of case, except those added with {@code keepCase} (names that are
 * also ordinary words).
 *
 * @param <V> what a name stands for
 */
public final class TokenTrie<V> {

    private static final byte ANY = 0;
    private static final byte CAPITALISED = 1;
    private static final byte CAPITALS = 2;
    /** Two or three capitals: an acronym, which a capitalised name does not match (SOE is not Soe). */
    private static final byte ACRONYM = FoldedTokens.ALL_UPPER | FoldedTokens.SEVERAL | FoldedTokens.FEW;

    // Edges in one open-addressing table keyed by (parent node, folded token): no map per node.
    private final int[] edgeParent;
    private final String[] edgeToken;
    private final int[] edgeChild;
    private final int mask;
    /** Per node: null, one {@link Variant} or a {@code Variant[]} (names folding alike but written differently). */
    private final Object[] terminals;
    private final int names;

    private TokenTrie(Builder<V> b) {
        int edges = b.edgeChild.size();
        int capacity = Integer.highestOneBit(Math.max(4, edges * 2 - 1)) << 1;
        edgeParent = new int[capacity];
        edgeToken = new String[capacity];
        edgeChild = new int[capacity];
        mask = capacity - 1;
        java.util.Arrays.fill(edgeParent, -1);
        for (int e = 0; e < edges; e++) {
            int parent = b.edgeParent.get(e);
            String token = b.edgeToken.get(e);
            int slot = slot(parent, token);
            while (edgeParent[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            edgeParent[slot] = parent;
            edgeToken[slot] = token;
            edgeChild[slot] = b.edgeChild.get(e);
        }
        terminals = b.terminals.toArray();
        names = b.names;
    }

    /** A builder for a new dictionary. */
    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** Number of names added. */
    public int names() {
        return names;
    }

    /**
     * The longest name starting at token {@code from} of {@code text}.
     *
     * @param ignoreCase whether to match names regardless of case (except those added with {@code keepCase})
     * @param values     cleared, then given what the matched name stands for (several when names written
     *                   differently fold alike and all match), in the order they were added
     * @return the index after the name's last token, or -1 when no name starts at {@code from}
     */
    public int longest(FoldedTokens text, int from, boolean ignoreCase, List<V> values) {
        values.clear();
        int node = 0;
        int best = -1;
        Object bestTerminal = null;
        for (int j = from; j < text.size(); j++) {
            node = child(node, text.folded(j));
            if (node < 0) {
                break;
            }
            Object t = terminals[node];
            if (t != null && collect(t, text, from, ignoreCase, null)) {
                best = j + 1;
                bestTerminal = t;
            }
        }
        if (best >= 0) {
            collect(bestTerminal, text, from, ignoreCase, values);
        }
        return best;
    }

    /**
     * The longest name starting at token {@code from}, with the first value it stands for; null when none starts
     * there.
     *
     * @throws IndexOutOfBoundsException when {@code from} is not a token of {@code text}
     */
    public Hit<V> first(FoldedTokens text, int from, boolean ignoreCase) {
        if (from < 0 || from >= text.size()) {
            throw new IndexOutOfBoundsException("token " + from + " of " + text.size());
        }
        List<V> values = new ArrayList<>(1);
        int end = longest(text, from, ignoreCase, values);
        return end < 0 ? null : new Hit<>(values.get(0), end);
    }

    /** A name found by {@link #first}: the first value it stands for, and the index after its last token. */
    public record Hit<V>(V value, int end) {
    }

    /** Receives one name found by {@link #scan}: its tokens {@code [start, end)} and what it stands for. */
    @FunctionalInterface
    public interface Found<V> {
        void accept(int start, int end, V value);
    }

    /**
     * The names of {@code text} from left to right, each the longest starting where the previous one ended (a
     * token where none starts is skipped); {@code found} gets the first value of each.
     */
    public void scan(FoldedTokens text, boolean ignoreCase, Found<V> found) {
        List<V> values = new ArrayList<>(1);
        for (int i = 0; i < text.size(); ) {
            int end = longest(text, i, ignoreCase, values);
            if (end < 0) {
                i++;
            } else {
                found.accept(i, end, values.get(0));
                i = end;
            }
        }
    }

    /** Everything the name made of {@code folded} tokens stands for, whatever the case it was written in. */
    public void lookup(List<String> folded, List<V> values) {
        values.clear();
        int node = 0;
        for (String token : folded) {
            node = child(node, token);
            if (node < 0) {
                return;
            }
        }
        Object t = terminals[node];
        if (t instanceof TokenTrie.Variant<?> v) {
            values.add(value(v));
        } else if (t != null) {
            for (Variant<?> v : (Variant<?>[]) t) {
                values.add(value(v));
            }
        }
    }

    /** Whether a variant of terminal {@code t} matches the text at {@code from}; adds their values when asked. */
    private boolean collect(Object t, FoldedTokens text, int from, boolean ignoreCase, List<V> values) {
        if (t instanceof TokenTrie.Variant<?> v) {
            boolean ok = matches(v, text, from, ignoreCase);
            if (ok && values != null) {
                values.add(value(v));
            }
            return ok;
        }
        boolean any = false;
        for (Variant<?> v : (Variant<?>[]) t) {
            if (matches(v, text, from, ignoreCase)) {
                any = true;
                if (values == null) {
                    break;
                }
                values.add(value(v));
            }
        }
        return any;
    }

    @SuppressWarnings("unchecked")
    private V value(Variant<?> v) {
        return (V) v.value;
    }

    private static boolean matches(Variant<?> v, FoldedTokens text, int from, boolean ignoreCase) {
        if (ignoreCase && !v.keepCase) {
            return true;
        }
        byte[] req = v.requirement;
        for (int k = 0; k < req.length; k++) {
            byte shape = text.shape(from + k);
            switch (req[k]) {
                case CAPITALISED -> {
                    if ((shape & FoldedTokens.FIRST_UPPER) == 0 || (shape & ACRONYM) == ACRONYM) {
                        return false;
                    }
                }
                case CAPITALS -> {
                    if ((shape & FoldedTokens.ALL_UPPER) == 0) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    private int child(int parent, String token) {
        int slot = slot(parent, token);
        while (true) {
            int p = edgeParent[slot];
            if (p < 0) {
                return -1;
            }
            if (p == parent && edgeToken[slot].equals(token)) {
                return edgeChild[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    private int slot(int parent, String token) {
        int h = parent * 0x9E3779B1 + token.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }

    /** One way a name is written, with what it stands for. */
    private record Variant<V>(byte[] requirement, V value, boolean keepCase) {
    }

    /** Collects names; not thread-safe. */
    public static final class Builder<V> {

        private final List<Integer> edgeParent = new ArrayList<>();
        private final List<String> edgeToken = new ArrayList<>();
        private final List<Integer> edgeChild = new ArrayList<>();
        /** Child by (parent node, token id): {@code parent << 32 | id}. */
        private final Map<Long, Integer> edges = new HashMap<>();
        /** Each distinct folded token, by id, shared by all edges it labels. */
        private final List<String> tokenList = new ArrayList<>();
        private final Map<String, Integer> tokenIds = new HashMap<>();
        private final List<Object> terminals = new ArrayList<>();
        /** Case requirements shared between names needing the same (most need capitalised words only). */
        private final Map<Long, byte[]> requirements = new HashMap<>();
        private int names;

        private Builder() {
            terminals.add(null); // the root
        }

        /**
         * Adds a name.
         *
         * @param surface  the name's tokens as written, in their case; not empty
         * @param value    what the name stands for
         * @param keepCase whether the name must match its case even when case is ignored (it is also an ordinary
         *                 word: {@code Lima}, {@code Batu}, {@code AS})
         */
        public Builder<V> add(List<String> surface, V value, boolean keepCase) {
            Objects.requireNonNull(value, "value");
            if (surface.isEmpty()) {
                throw new IllegalArgumentException("a name has at least one token");
            }
            int node = 0;
            byte[] req = new byte[surface.size()];
            for (int k = 0; k < req.length; k++) {
                String s = surface.get(k);
                req[k] = requirement(s);
                String folded = Fold.fold(s, 0, s.length());
                Integer id = tokenIds.putIfAbsent(folded, tokenList.size());
                if (id == null) {
                    id = tokenList.size();
                    tokenList.add(folded);
                } else {
                    folded = tokenList.get(id);
                }
                Long key = (long) node << 32 | id;
                Integer child = edges.get(key);
                if (child == null) {
                    child = terminals.size();
                    terminals.add(null);
                    edges.put(key, child);
                    edgeParent.add(node);
                    edgeToken.add(folded);
                    edgeChild.add(child);
                }
                node = child;
            }
            byte[] shared = req.length > 30 ? req : requirements.computeIfAbsent(key(req), k -> req);
            Variant<V> v = new Variant<>(shared, value, keepCase);
            Object t = terminals.get(node);
            if (t == null) {
                terminals.set(node, v);
            } else if (t instanceof Variant<?> one) {
                terminals.set(node, new Variant<?>[] {one, v});
            } else {
                Variant<?>[] many = (Variant<?>[]) t;
                Variant<?>[] more = java.util.Arrays.copyOf(many, many.length + 1);
                more[many.length] = v;
                terminals.set(node, more);
            }
            names++;
            return this;
        }

        /** The dictionary of the names added so far. */
        public TokenTrie<V> build() {
            return new TokenTrie<>(this);
        }

        /** Two bits per token and the length: requirements of up to 30 tokens. */
        private static long key(byte[] req) {
            long key = (long) req.length << 60;
            for (int k = 0; k < req.length; k++) {
                key |= (long) req[k] << (2 * k);
            }
            return key;
        }

        private static byte requirement(String token) {
            byte shape = FoldedTokens.shape(token, 0, token.length());
            if ((shape & FoldedTokens.ALL_UPPER) != 0 && (shape & FoldedTokens.SEVERAL) != 0) {
                return CAPITALS;
            }
            return (shape & FoldedTokens.FIRST_UPPER) != 0 ? CAPITALISED : ANY;
        }
    }
}
