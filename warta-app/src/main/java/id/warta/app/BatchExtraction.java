package id.warta.app;

import id.warta.Warta;
import id.warta.export.ArticleWriter;
import id.warta.model.Article;
import id.warta.model.RawDocument;
import id.warta.source.Sources;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The streaming batch behind {@code warta extract}: inputs are opened lazily, extracted on N threads and written
 * in input order, with a bounded number of documents in memory whatever the size of the batch.
 */
final class BatchExtraction {

    /** What a batch did. */
    record Summary(int records, int failed) {
    }

    private BatchExtraction() {
    }

    static Summary run(List<String> inputs, Warta warta, int threads, ArticleWriter writer,
                       Consumer<Article> onRecord) throws Exception {
        int[] counts = {0, 0};
        try (Stream<Supplier<RawDocument>> documents = Sources.openDeferred(inputs, warta.options());
             OrderedPipeline<Supplier<RawDocument>, Article> pipeline =
                     new OrderedPipeline<>(threads, document -> warta.process(document.get()))) {
            pipeline.run(documents.iterator(), article -> {
                writer.write(article);
                counts[0]++;
                if (!article.ok()) {
                    counts[1]++;
                }
                onRecord.accept(article);
            });
        }
        return new Summary(counts[0], counts[1]);
    }
}
