package id.warta.store.story;

import id.warta.Warta;
import id.warta.model.Analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The analysed test articles of {@code src/test/resources/story/}, analysed once per run. */
final class StoryArticles {

    private static final Map<String, Analysis> CACHE = new ConcurrentHashMap<>();

    private StoryArticles() {
    }

    /** The analysis of {@code story/<name>.txt}. */
    static Analysis analysed(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try (InputStream in = StoryArticles.class.getResourceAsStream("/story/" + n + ".txt")) {
                if (in == null) {
                    throw new IllegalArgumentException("no test article " + n);
                }
                return Warta.analyze(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static StoryProfile profile(String name) {
        return StoryProfile.of(analysed(name));
    }
}
