package id.warta.events;

import id.warta.internal.FoldedTokens;
import id.warta.text.Sentence;

import java.util.Arrays;

/**
 * One sentence prepared for coding: its tokens folded once, and for each token the entity mention covering it.
 *
 * @param index     the sentence's position in the text
 * @param sentence  the sentence
 * @param tokens    its tokens, folded
 * @param mentionAt per token, the index of the mention covering it in {@link Mentions}, or -1
 */
record SentenceView(int index, Sentence sentence, FoldedTokens tokens, int[] mentionAt) {

    /** Number of tokens. */
    int size() {
        return tokens.size();
    }

    /** The folded token at {@code i}, or the empty string outside the sentence. */
    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.folded(i) : "";
    }

    /** Whether token {@code i} lies in an entity mention. */
    boolean inMention(int i) {
        return mentionAt[i] >= 0;
    }

    /** Whether tokens {@code from} to {@code to} (exclusive) are free of entity mentions. */
    boolean free(int from, int to) {
        for (int i = from; i < to; i++) {
            if (mentionAt[i] >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code i} starts with an upper-case letter. */
    boolean capitalised(int i) {
        String text = tokens.text();
        int at = tokens.token(i).start();
        return Character.isUpperCase(text.codePointAt(at)) || Character.isTitleCase(text.codePointAt(at));
    }

    /** Offset of token {@code i}'s first character. */
    int start(int i) {
        return tokens.token(i).start();
    }

    /** Offset after token {@code i}'s last character. */
    int end(int i) {
        return tokens.token(i).end();
    }

    /** The text of tokens {@code from} to {@code to} (exclusive), as written. */
    String text(int from, int to) {
        return tokens.text().substring(start(from), end(to - 1));
    }

    /** Index of the token starting at or containing offset {@code offset}, or -1 outside the sentence. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (end(mid) <= offset) {
                lo = mid + 1;
            } else if (start(mid) > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SentenceView v && v.index == index && v.sentence.equals(sentence)
                && Arrays.equals(v.mentionAt, mentionAt);
    }

    @Override
    public int hashCode() {
        return 31 * index + sentence.hashCode();
    }

    @Override
    public String toString() {
        return "SentenceView[" + index + ", " + sentence.start() + "-" + sentence.end() + "]";
    }
}
