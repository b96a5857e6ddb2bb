package id.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The article-extraction benchmark on disk: {@code ground-truth.json}, {@code html/<id>.html.gz} and the
 * published tool outputs in {@code output/*.json} (either a bare {@code {id: {articleBody}}} map or wrapped as
 * {@code {"version": ..., "output": {...}}}).
 */
public final class ExtractionDataset {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Map<String, String> truth;
    private final Map<String, String> urls;

    private ExtractionDataset(Path dir, Map<String, String> truth, Map<String, String> urls) {
        this.dir = dir;
        this.truth = truth;
        this.urls = urls;
    }

    /** Opens the dataset in {@code dir}; reads the ground truth eagerly, pages lazily. */
    public static ExtractionDataset open(Path dir) throws IOException {
        Path gt = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(gt)) {
            throw new IOException("not an article-extraction dataset (no ground-truth.json): " + dir);
        }
        JsonNode root = JSON.readTree(gt.toFile());
        Map<String, String> truth = new LinkedHashMap<>();
        Map<String, String> urls = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            truth.put(e.getKey(), e.getValue().path("articleBody").asText(""));
            urls.put(e.getKey(), e.getValue().path("url").asText(null));
        }
        return new ExtractionDataset(dir, Map.copyOf(truth), Map.copyOf(urls));
    }

    /** Page ids with their ground-truth article bodies, in file order. */
    public Map<String, String> truth() {
        return truth;
    }

    /** The page's URL as recorded in the ground truth. */
    public String url(String id) {
        return urls.get(id);
    }

    /** The raw bytes of a page's HTML (gunzipped). */
    public byte[] html(String id) {
        Path p = dir.resolve("html").resolve(id + ".html.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page " + p, e);
        }
    }

    /** A published tool's predictions, from {@code output/<name>.json}. */
    public Map<String, String> published(String name) throws IOException {
        JsonNode root = JSON.readTree(dir.resolve("output").resolve(name + ".json").toFile());
        if (root.has("output") && root.get("output").isObject()) {
            root = root.get("output");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode body = e.getValue().path("articleBody");
            out.put(e.getKey(), body.isNull() ? "" : body.asText(""));
        }
        return out;
    }
}
