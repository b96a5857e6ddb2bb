package id.warta.eval;

import id.warta.text.Sentence;
import id.warta.text.SentenceSplitter;
import id.warta.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores a {@link SentenceSplitter} on a UD treebank with the CoNLL 2018 shared task's Tokens and Sentences
 * metrics ({@code conll18_ud_eval.py}): spans are compared by their character offsets in the text with all
 * whitespace removed, and a system span is correct when both its ends equal a gold span's. Sentences span from
 * their first token to their last. Precision, recall and F1 are computed over the counts of the whole treebank.
 */
public final class SentenceEvaluator {

    private SentenceEvaluator() {
    }

    /**
     * Scores and example differences.
     *
     * @param score     the scores
     * @param tokenMisses  gold tokens the system did not produce, in context (at most the limit asked for)
     * @param sentenceMisses gold sentences the system did not produce, with the system's sentences over them
     */
    public record Result(SegmentationScore score, List<String> tokenMisses, List<String> sentenceMisses) {
        public Result {
            tokenMisses = List.copyOf(tokenMisses);
            sentenceMisses = List.copyOf(sentenceMisses);
        }
    }

    /** Runs the splitter on every document of the treebank and scores it. */
    public static SegmentationScore evaluate(UdTreebank treebank, SentenceSplitter splitter, String language) {
        return evaluate(treebank, splitter, language, 0).score();
    }

    /** As {@link #evaluate(UdTreebank, SentenceSplitter, String)}, also listing up to {@code examples} misses. */
    public static Result evaluate(UdTreebank treebank, SentenceSplitter splitter, String language, int examples) {
        Objects.requireNonNull(splitter, "splitter");
        SegmentationScore.Counts tokens = new SegmentationScore.Counts(0, 0, 0);
        SegmentationScore.Counts sentences = new SegmentationScore.Counts(0, 0, 0);
        List<String> tokenMisses = new ArrayList<>();
        List<String> sentenceMisses = new ArrayList<>();
        for (UdTreebank.Document doc : treebank.documents()) {
            String text = doc.text();
            List<Sentence> system = splitter.split(text, language);
            List<UdTreebank.Span> systemTokens = new ArrayList<>();
            List<UdTreebank.Span> systemSentences = new ArrayList<>(system.size());
            for (Sentence s : system) {
                systemSentences.add(new UdTreebank.Span(s.start(), s.end()));
                for (Token t : s.tokens()) {
                    systemTokens.add(new UdTreebank.Span(t.start(), t.end()));
                }
            }
            int[] offsets = nonSpaceOffsets(text);
            tokens = tokens.plus(compare(doc.tokens(), systemTokens, offsets, text, examples, tokenMisses, 20));
            sentences = sentences.plus(compare(doc.sentences(), systemSentences, offsets, text, examples,
                    sentenceMisses, -1));
        }
        return new Result(new SegmentationScore(tokens, sentences), tokenMisses, sentenceMisses);
    }

    /** {@code offsets[i]} = number of non-whitespace characters before position {@code i}. */
    static int[] nonSpaceOffsets(String text) {
        int[] offsets = new int[text.length() + 1];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            offsets[i] = count;
            if (!isSpace(text.charAt(i))) {
                count++;
            }
        }
        offsets[text.length()] = count;
        return offsets;
    }

    /** The UD scorer drops spaces (category Zs) from forms; the rebuilt text also has line breaks. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /**
     * Counts exact matches of two ordered span lists in whitespace-free coordinates, walking both at once like
     * the shared task's {@code spans_score}.
     */
    static SegmentationScore.Counts compare(List<UdTreebank.Span> gold, List<UdTreebank.Span> system,
                                            int[] offsets, String text, int examples, List<String> misses,
                                            int context) {
        int correct = 0;
        int gi = 0;
        int si = 0;
        while (gi < gold.size() && si < system.size()) {
            int gs = offsets[gold.get(gi).start()];
            int ge = offsets[gold.get(gi).end()];
            int ss = offsets[system.get(si).start()];
            int se = offsets[system.get(si).end()];
            if (ss < gs) {
                si++;
            } else if (gs < ss) {
                miss(gold.get(gi), system, si, text, examples, misses, context);
                gi++;
            } else {
                if (ge == se) {
                    correct++;
                } else {
                    miss(gold.get(gi), system, si, text, examples, misses, context);
                }
                gi++;
                si++;
            }
        }
        for (; gi < gold.size(); gi++) {
            miss(gold.get(gi), system, system.size(), text, examples, misses, context);
        }
        return new SegmentationScore.Counts(gold.size(), system.size(), correct);
    }

    private static void miss(UdTreebank.Span gold, List<UdTreebank.Span> system, int si, String text, int examples,
                             List<String> misses, int context) {
        if (misses.size() >= examples) {
            return;
        }
        if (context >= 0) {
            int from = Math.max(0, gold.start() - context);
            int to = Math.min(text.length(), gold.end() + context);
            misses.add("gold [" + text.substring(gold.start(), gold.end()) + "] in ..."
                    + text.substring(from, to).replace('\n', ' ') + "...");
            return;
        }
        StringBuilder sb = new StringBuilder("gold   ").append(text, gold.start(), gold.end());
        for (int k = Math.max(0, si - 1); k < system.size() && system.get(k).start() < gold.end(); k++) {
            UdTreebank.Span s = system.get(k);
            if (s.end() > gold.start()) {
                sb.append("\n  system ").append(text, s.start(), s.end());
            }
        }
        misses.add(sb.toString());
    }
}
