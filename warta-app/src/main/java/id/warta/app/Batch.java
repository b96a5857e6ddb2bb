package id.warta.app;

import id.warta.WartaOptions;
import id.warta.model.RawDocument;
import id.warta.source.Sources;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The streaming batch behind {@code warta extract}, {@code analyze}, {@code events} and {@code ingest}: inputs are
 * opened lazily, turned into records on N threads by a per-document function and handed on in input order, with a
 * bounded number of documents in memory whatever the size of the batch.
 */
final class Batch {

    /** What a batch did. */
    record Summary(int records, int failed) {
    }

    private Batch() {
    }

    /**
     * Runs {@code work} over every document of {@code inputs} and gives each record to {@code sink}, in input
     * order.
     *
     * @param ok whether a record is a success, for the summary
     */
    static <R> Summary run(List<String> inputs, WartaOptions options, int threads, Function<RawDocument, R> work,
                           Predicate<R> ok, OrderedPipeline.Sink<R> sink) throws Exception {
        return run(Sources.openDeferred(inputs, options), threads, work, ok, sink);
    }

    /**
     * Runs {@code work} over every item of {@code items}, each fetched ({@code get}) on the worker that works on it,
     * and gives each record to {@code sink} in order. Closes {@code items}.
     */
    static <T, R> Summary run(Stream<Supplier<T>> items, int threads, Function<T, R> work, Predicate<R> ok,
                              OrderedPipeline.Sink<R> sink) throws Exception {
        int[] counts = {0, 0};
        try (items;
             OrderedPipeline<Supplier<T>, R> pipeline =
                     new OrderedPipeline<>(threads, item -> work.apply(item.get()))) {
            pipeline.run(items.iterator(), record -> {
                counts[0]++;
                if (!ok.test(record)) {
                    counts[1]++;
                }
                sink.accept(record);
            });
        }
        return new Summary(counts[0], counts[1]);
    }
}
