package id.warta.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps items on N threads and hands the results on in input order, keeping at most a small window of items in
 * flight so that memory does not grow with the size of the batch.
 */
final class OrderedPipeline<I, O> implements AutoCloseable {

    /** Receives results in input order. */
    interface Sink<O> {
        void accept(O result) throws Exception;
    }

    private final ExecutorService pool;
    private final int window;
    private final Function<I, O> work;

    OrderedPipeline(int threads, Function<I, O> work) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "warta-worker");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 4;
        this.work = work;
    }

    void run(Iterator<I> items, Sink<O> sink) throws Exception {
        Deque<Future<O>> inFlight = new ArrayDeque<>();
        while (items.hasNext()) {
            I item = items.next();
            inFlight.add(pool.submit(() -> work.apply(item)));
            if (inFlight.size() >= window) {
                sink.accept(take(inFlight));
            }
        }
        while (!inFlight.isEmpty()) {
            sink.accept(take(inFlight));
        }
    }

    private static <O> O take(Deque<Future<O>> inFlight) throws InterruptedException {
        try {
            return inFlight.removeFirst().get();
        } catch (ExecutionException e) {
            // work functions turn bad input into records; an exception here is a bug and must surface
            throw new IllegalStateException("worker failed", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
