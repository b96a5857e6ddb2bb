package id.warta.store;

import java.nio.file.Path;

/**
 * Writes the store under {@code src/test/resources/store/format-1.0/}: the articles of {@link Corpus} (the flood
 * with its copy and a second report, the aid, the protest, twenty generated reports) and one failed input, as the
 * first build of format 1.0 wrote them (commit 8cf590a, before the hit fields, the key filter and the LSH
 * changes). {@link OlderStoreTest} checks that later builds of format 1.x read and extend it. Kept to say how the
 * fixture was made; running it with a later build writes that build's index instead.
 *
 * <p>{@code java -cp <test class path> id.warta.store.FormatOneFixture DIR}
 */
public final class FormatOneFixture {

    static final int GENERATED = 20;

    private FormatOneFixture() {
    }

    public static void main(String[] args) {
        try (WartaStore store = WartaStore.open(Path.of(args[0]))) {
            store.ingest(Corpus.flood());
            store.ingest(Corpus.floodCopy());
            store.commit();
            store.ingest(Corpus.floodOther());
            store.ingest(Corpus.aid());
            store.ingest(Corpus.protest());
            for (int i = 0; i < GENERATED; i++) {
                store.ingest(Corpus.generated(i));
            }
            store.ingest(Corpus.failed("https://kabarjateng.com/berita/halaman-kosong"));
        }
    }
}
