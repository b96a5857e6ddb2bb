package id.warta.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the lexicons of the events stage that are derived from the shared data beside the checkout
 * ({@code ../shared}): the English trigger table from the PETRARCH2 CAMEO verb dictionary ({@link CameoVerbs})
 * and the English sector table from the PETRARCH2 Phoenix agents dictionary ({@link PhoenixAgents}). The
 * Indonesian tables and the demonyms are Warta's own and not built. Output depends only on the input files.
 */
public final class LexiconBuilder {

    private LexiconBuilder() {
    }

    /** Whether {@code shared} holds the files the build reads. */
    public static boolean hasSources(Path shared) {
        return Files.isRegularFile(shared.resolve(CameoVerbs.DICTIONARY))
                && Files.isRegularFile(shared.resolve(CameoVerbs.CAMEO_TABLE))
                && Files.isRegularFile(shared.resolve(CameoVerbs.PLOVER))
                && Files.isRegularFile(shared.resolve(PhoenixAgents.DICTIONARY));
    }

    /**
     * The derived resources, by file name ({@code triggers-en.tsv}, {@code sectors-en.tsv}), in UTF-8 text.
     *
     * @throws IOException when a source file cannot be read
     */
    public static Map<String, String> build(Path shared) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(TriggerLexicon.ENGLISH, CameoVerbs.build(shared));
        out.put(SectorLexicon.ENGLISH, PhoenixAgents.build(shared));
        return out;
    }
}
