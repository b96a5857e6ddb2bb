package id.warta.store;

import id.warta.WartaIOException;
import id.warta.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The disk fills up during an ingest. */
class DiskFullTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskStopsTheIngestWithAClearErrorAndTheStoreReopensWithWhatWasCommitted() {
        List<Analysis> articles = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            articles.add(Corpus.generated(i));
        }
        AtomicLong room = new AtomicLong(Long.MAX_VALUE);
        WartaStore store = WartaStore.open(dir, StoreOptions.DEFAULTS, d -> new FullDisk(d, room));
        for (int i = 0; i < 30; i++) {
            store.ingest(articles.get(i));
        }
        store.commit();
        room.set(40_000);
        WartaIOException failure = null;
        try {
            for (int i = 30; i < articles.size() && failure == null; i++) {
                try {
                    store.ingest(articles.get(i));
                    if (i % 20 == 0) {
                        store.commit();
                    }
                } catch (WartaIOException e) {
                    failure = e;
                }
            }
            if (failure == null) {
                try {
                    store.commit();
                } catch (WartaIOException e) {
                    failure = e;
                }
            }
        } finally {
            try {
                store.close();
            } catch (WartaIOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure == null) {
            fail("40 KB of room took 170 articles and their commits");
        }
        assertThat(failure.getMessage()).contains("No space left on device").contains(dir.toString())
                .contains("committed");

        room.set(Long.MAX_VALUE);
        try (WartaStore reopened = WartaStore.open(dir)) {
            long kept = reopened.stats().articles();
            assertThat(kept).isGreaterThanOrEqualTo(30);
            int added = 0;
            for (Analysis a : articles) {
                if (reopened.ingest(a).outcome() != IngestResult.Outcome.DUPLICATE) {
                    added++;
                }
            }
            reopened.commit();
            assertThat(reopened.stats().articles()).isEqualTo(articles.size());
            assertThat(added).isEqualTo(articles.size() - kept);
        }
    }
}
