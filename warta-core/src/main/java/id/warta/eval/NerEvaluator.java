package id.warta.eval;

import id.warta.ner.NameSample;
import id.warta.ner.Entity;
import id.warta.ner.EntityFinder;
import id.warta.ner.Mention;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores named-entity spans the CoNLL way ({@code conlleval}): a predicted entity counts only when its sentence,
 * first token, last token and type all equal a gold entity's; a wrong boundary or a wrong type is a false
 * positive and a false negative at once. Runs an {@link EntityFinder} over corpus sentences laid out by
 * {@link NerDocument} and maps its character mentions back to token spans; a mention off the token boundaries is
 * a false positive. Predictions are counted as they are: a span predicted twice is one true positive and one
 * false positive, overlapping predictions each count. Results are sums of per-sentence counts, so they do not
 * depend on the number of threads.
 */
public final class NerEvaluator {

    private NerEvaluator() {
    }

    /**
     * How to run a finder over a corpus.
     *
     * @param language         the language tag given to each {@link id.warta.text.Text} ({@code id}, {@code en})
     * @param sentencesPerText how many consecutive sentences make one text (1 by default; more lets a finder link
     *                         a surname to a full name met earlier). A text never spans two corpus documents.
     * @param threads          how many threads run the finder (it is thread-safe by contract)
     */
    public record Options(String language, int sentencesPerText, int threads) {

        public Options {
            Objects.requireNonNull(language, "language");
            if (sentencesPerText < 1 || threads < 1) {
                throw new IllegalArgumentException("sentencesPerText and threads must be at least 1");
            }
        }

        /** One sentence per text, one thread. */
        public static Options of(String language) {
            return new Options(language, 1, 1);
        }

        public Options withSentencesPerText(int sentencesPerText) {
            return new Options(language, sentencesPerText, threads);
        }

        public Options withThreads(int threads) {
            return new Options(language, sentencesPerText, threads);
        }
    }

    /** Runs {@code finder} on each sentence as its own text of {@code language} and scores it. */
    public static NerScore evaluate(List<NameSample> samples, EntityFinder finder, String language) {
        return evaluate(samples, finder, Options.of(language));
    }

    /** Runs {@code finder} over the sentences laid out as {@code options} says and scores it. */
    public static NerScore evaluate(List<NameSample> samples, EntityFinder finder, Options options) {
        return evaluateDocuments(documents(samples, options.language(), options.sentencesPerText()), finder,
                options.threads());
    }

    /**
     * Groups consecutive sentences into texts of at most {@code sentencesPerText} sentences, starting a new one at
     * every sentence that opens a corpus document.
     */
    public static List<NerDocument> documents(List<NameSample> samples, String language, int sentencesPerText) {
        if (sentencesPerText < 1) {
            throw new IllegalArgumentException("sentencesPerText must be at least 1");
        }
        List<NerDocument> documents = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= samples.size(); i++) {
            if (i == samples.size() || i - from == sentencesPerText || samples.get(i).documentStart()) {
                documents.add(NerDocument.of(samples.subList(from, i), language));
                from = i;
            }
        }
        return documents;
    }

    /** Runs {@code finder} on each document's text on {@code threads} threads and sums the scores. */
    public static NerScore evaluateDocuments(List<NerDocument> documents, EntityFinder finder, int threads) {
        Objects.requireNonNull(finder, "finder");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        NerScore sum = new NerScore(Map.of(), 0);
        if (threads == 1) {
            for (NerDocument doc : documents) {
                sum = sum.plus(scoreDocument(doc, finder.find(doc.text())));
            }
            return sum;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<NerScore>> futures = new ArrayList<>(documents.size());
            for (NerDocument doc : documents) {
                futures.add(pool.submit(() -> scoreDocument(doc, finder.find(doc.text()))));
            }
            for (Future<NerScore> f : futures) {
                sum = sum.plus(f.get());
            }
            return sum;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Scores the entities a finder returned for {@code document}'s text against its gold spans. */
    public static NerScore scoreDocument(NerDocument document, List<Entity> found) {
        List<List<NameSample.Span>> predicted = new ArrayList<>();
        for (int s = 0; s < document.samples().size(); s++) {
            predicted.add(new ArrayList<>());
        }
        EnumMap<Entity.Type, NerScore.Counts> offBoundary = new EnumMap<>(Entity.Type.class);
        int unaligned = 0;
        for (Entity entity : found) {
            for (Mention mention : entity.mentions()) {
                Optional<NerDocument.Alignment> a = document.align(mention, entity.type());
                if (a.isPresent()) {
                    predicted.get(a.get().sample()).add(a.get().span());
                } else {
                    unaligned++;
                    offBoundary.merge(entity.type(), new NerScore.Counts(0, 1, 0), NerScore.Counts::plus);
                }
            }
        }
        NerScore sum = new NerScore(offBoundary, unaligned);
        for (int s = 0; s < predicted.size(); s++) {
            sum = sum.plus(scoreSentence(document.samples().get(s).entities(), predicted.get(s)));
        }
        return sum;
    }

    /** Scores sentence by sentence: {@code gold.get(i)} and {@code predicted.get(i)} are the spans of sentence i. */
    public static NerScore score(List<List<NameSample.Span>> gold, List<List<NameSample.Span>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold sentences but " + predicted.size()
                    + " predicted");
        }
        NerScore sum = new NerScore(Map.of(), 0);
        for (int i = 0; i < gold.size(); i++) {
            sum = sum.plus(scoreSentence(gold.get(i), predicted.get(i)));
        }
        return sum;
    }

    /** Scores the predicted spans of one sentence against its gold spans. */
    public static NerScore scoreSentence(List<NameSample.Span> gold, List<NameSample.Span> predicted) {
        Map<NameSample.Span, Integer> unmatched = new HashMap<>();
        for (NameSample.Span g : gold) {
            unmatched.merge(g, 1, Integer::sum);
        }
        int[] tp = new int[Entity.Type.values().length];
        int[] fp = new int[tp.length];
        int[] fn = new int[tp.length];
        for (NameSample.Span p : predicted) {
            Integer left = unmatched.get(p);
            if (left != null && left > 0) {
                unmatched.put(p, left - 1);
                tp[p.type().ordinal()]++;
            } else {
                fp[p.type().ordinal()]++;
            }
        }
        unmatched.forEach((g, left) -> fn[g.type().ordinal()] += left);
        EnumMap<Entity.Type, NerScore.Counts> counts = new EnumMap<>(Entity.Type.class);
        for (Entity.Type type : Entity.Type.values()) {
            int t = type.ordinal();
            counts.put(type, new NerScore.Counts(tp[t], fp[t], fn[t]));
        }
        return new NerScore(counts, 0);
    }
}
