package id.warta.extract;

import org.jsoup.nodes.Document;

import java.util.List;

/**
 * Finds the article body in a parsed page: one pass gathers per-element text statistics ({@link PageStats}),
 * {@link ContentScorer} picks the element holding the article, and {@link BodyWriter} writes its blocks without
 * the boilerplate inside it. Thread-safe and stateless; the cost is two traversals of the page.
 */
final class ContentExtractor {

    public Body extract(Document doc) {
        PageStats stats = PageStats.of(doc);
        ContentScorer scorer = new ContentScorer(stats);
        int root = scorer.container();
        if (root < 0) {
            return new Body(List.of(), List.of(), List.of(), null, List.of(), stats.maxDepth);
        }
        BodyWriter writer = new BodyWriter(stats, scorer, root, doc.title());
        for (int lead : scorer.leads(root)) {
            writer.write(lead);
        }
        writer.write(root);
        return writer.body();
    }
}
