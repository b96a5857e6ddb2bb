package id.warta.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A writer process killed during an ingest, and a writer in another process holding the lock. */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void aKilledIngestKeepsEveryCommittedArticleAndTheRerunAddsNoDuplicates() throws Exception {
        Path store = dir.resolve("warta-data");
        int committed = 0;
        int commitEvery = 10;
        try (ChildProcesses child = new ChildProcesses(dir, "ingest", store.toString(), "0", "100000",
                String.valueOf(commitEvery))) {
            while (committed < 40) {
                String line = child.next();
                assertThat(line).startsWith("committed ");
                committed = Integer.parseInt(line.substring("committed ".length()));
            }
            // kill -9 in the middle of the next articles
            child.process.destroyForcibly();
            child.process.waitFor();
        }
        long kept;
        try (WartaStore reopened = WartaStore.open(store)) {
            kept = reopened.stats().articles();
            assertThat(kept).as("articles whose commit returned").isGreaterThanOrEqualTo(committed);
        }
        // the re-run of the same input, to an end past what the killed run reached
        int total = (int) kept + 25;
        Set<String> ids = new HashSet<>();
        int added = 0;
        try (WartaStore rerun = WartaStore.open(store)) {
            for (int i = 0; i < total; i++) {
                IngestResult r = rerun.ingest(Corpus.generated(i));
                ids.add(r.id());
                if (i < committed) {
                    assertThat(r.outcome()).as("article %d was committed before the kill", i)
                            .isEqualTo(IngestResult.Outcome.DUPLICATE);
                }
                if (r.outcome() != IngestResult.Outcome.DUPLICATE) {
                    added++;
                }
            }
            rerun.commit();
            assertThat(ids).hasSize(total);
            assertThat(rerun.stats().articles()).isEqualTo(total);
            assertThat(added).isEqualTo(total - kept);
        }
    }

    @Test
    void aWriterInAnotherProcessLocksTheStore() throws Exception {
        Path store = dir.resolve("warta-data");
        try (WartaStore first = WartaStore.open(store)) {
            first.ingest(Corpus.aid());
        }
        try (ChildProcesses child = new ChildProcesses(dir, "hold", store.toString())) {
            assertThat(child.next()).isEqualTo("holding 1");
            assertThatThrownBy(() -> WartaStore.open(store))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.reason()).isEqualTo(StoreException.Reason.LOCKED);
                        assertThat(e.getMessage()).contains("another warta process is writing to " + store);
                    });
            // a reader is welcome meanwhile
            try (WartaStore reader = WartaStore.open(store, StoreOptions.DEFAULTS.withReadOnly(true))) {
                assertThat(reader.stats().articles()).isEqualTo(1);
            }
            child.process.getOutputStream().close();
            assertThat(child.next()).isEqualTo("released");
            child.process.waitFor();
        }
        try (WartaStore again = WartaStore.open(store)) {
            assertThat(again.stats().articles()).isEqualTo(1);
        }
    }
}
