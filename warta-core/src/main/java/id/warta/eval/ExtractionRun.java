package id.warta.eval;

import id.warta.Warta;
import id.warta.model.Article;
import id.warta.model.RawDocument;

import java.util.LinkedHashMap;
import java.util.Map;

/** Runs a pipeline over every page of an {@link ExtractionDataset} and scores the bodies it extracts. */
public final class ExtractionRun {

    private ExtractionRun() {
    }

    /** The predictions (page id to body text) and their score. */
    public record Result(Map<String, String> predictions, Map<String, Article> articles, ExtractionScore score) {
    }

    public static Result run(ExtractionDataset data, Warta warta) {
        Map<String, String> predictions = new LinkedHashMap<>();
        Map<String, Article> articles = new LinkedHashMap<>();
        for (String id : data.truth().keySet()) {
            Article a = warta.process(new RawDocument(id, data.url(id), data.html(id), "text/html", null, null));
            articles.put(id, a);
            predictions.put(id, a.text());
        }
        return new Result(predictions, articles, ExtractionEvaluator.score(data.truth(), predictions));
    }
}
