package id.warta.store;

import id.warta.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** One writer, many threads: ingesting threads race on the same articles while others search. */
class ConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void threadsIngestingAndSearchingAtOnceStoreEachArticleOnce() throws Exception {
        int unique = 160;
        List<Analysis> work = new ArrayList<>();
        for (int i = 0; i < unique; i++) {
            Analysis a = Corpus.generated(i);
            work.add(a);
            work.add(a);
        }
        Collections.shuffle(work, new Random(5));
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Set<String> stored = ConcurrentHashMap.newKeySet();
        AtomicInteger notDuplicates = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean ingesting = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        // small commits and refreshes so searches and decisions cross them
        try (WartaStore store = WartaStore.open(dir, StoreOptions.DEFAULTS.withCommitEvery(25))) {
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                writers.add(new Thread(() -> {
                    try {
                        start.await();
                        for (int i = next.getAndIncrement(); i < work.size(); i = next.getAndIncrement()) {
                            IngestResult r = store.ingest(work.get(i));
                            stored.add(r.id());
                            if (r.outcome() != IngestResult.Outcome.DUPLICATE) {
                                notDuplicates.incrementAndGet();
                            }
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }));
            }
            List<Thread> readers = new ArrayList<>();
            String[] queries = {"banjir", "unjuk rasa", "kebakaran AND pasar", "\"ojek daring\"", "tabrakan bus"};
            for (int t = 0; t < 3; t++) {
                int seed = t;
                readers.add(new Thread(() -> {
                    try {
                        start.await();
                        int q = seed;
                        while (ingesting.get() || q < seed + queries.length) {
                            SearchQuery query = SearchQuery.of(queries[q++ % queries.length]);
                            if (q % 2 == 0) {
                                query = query.withCountry("IDN");
                            }
                            SearchResult r = store.search(query);
                            assertThat(r.total()).isGreaterThanOrEqualTo(r.hits().size());
                            for (SearchHit h : r.hits()) {
                                assertThat(store.article(h.id())).isPresent();
                            }
                            store.stats();
                            searches.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }));
            }
            writers.forEach(Thread::start);
            readers.forEach(Thread::start);
            start.countDown();
            for (Thread w : writers) {
                w.join();
            }
            ingesting.set(false);
            for (Thread r : readers) {
                r.join();
            }
            assertThat(failures).isEmpty();
            store.commit();
            assertThat(notDuplicates.get()).isEqualTo(unique);
            assertThat(stored).hasSize(unique);
            assertThat(store.stats().articles()).isEqualTo(unique);
            assertThat(searches.get()).isPositive();
            for (String id : stored) {
                assertThat(store.article(id)).isPresent();
            }
        }
    }

    @Test
    void searchesBeyondTheSearchThreadsWaitTheirTurnAndAnswerAsAlone() throws Exception {
        try (WartaStore store = WartaStore.open(dir, StoreOptions.DEFAULTS.withSearchThreads(1))) {
            for (int i = 0; i < 60; i++) {
                store.ingest(Corpus.generated(i));
            }
            store.commit();
            List<SearchQuery> queries = List.of(SearchQuery.of("banjir"), SearchQuery.of("unjuk rasa"),
                    SearchQuery.all().withCountry("IDN"), SearchQuery.of("\"ojek daring\""), SearchQuery.all());
            List<SearchResult> alone = new ArrayList<>();
            for (SearchQuery q : queries) {
                alone.add(store.search(q));
            }
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int first = t;
                threads.add(new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < 20; i++) {
                            int q = (first + i) % queries.size();
                            assertThat(store.search(queries.get(q))).isEqualTo(alone.get(q));
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }));
            }
            threads.forEach(Thread::start);
            start.countDown();
            for (Thread t : threads) {
                t.join();
            }
            assertThat(failures).isEmpty();
            assertThat(alone.get(4).total()).isEqualTo(60);
        }
    }
}
