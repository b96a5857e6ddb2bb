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
 * The streaming batch behind {@code warta extract}, {@code analyze} and {@code events}: inputs are opened lazily,
 * turned into records on N threads by a per-document function and handed on in input order, with a bounded number
 * of documents in memory whatever the size of the batch.
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
        int[] counts = {0, 0};
        try (Stream<Supplier<RawDocument>> documents = Sources.openDeferred(inputs, options);
             OrderedPipeline<Supplier<RawDocument>, R> pipeline =
                     new OrderedPipeline<>(threads, document -> work.apply(document.get()))) {
            pipeline.run(documents.iterator(), record -> {
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
