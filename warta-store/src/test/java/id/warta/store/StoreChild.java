package id.warta.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The other process of the crash and lock tests, started by them with the test class path.
 *
 * <ul>
 *   <li>{@code ingest DIR FROM TO COMMIT_EVERY}: ingests the generated articles FROM..TO-1, printing
 *       {@code committed N} each time the store's automatic commit has made N articles durable;</li>
 *   <li>{@code hold DIR}: opens the store for writing, prints {@code holding}, and keeps it open until its
 *       standard input closes.</li>
 * </ul>
 */
public final class StoreChild {

    private StoreChild() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (WartaStore store = WartaStore.open(dir)) {
                System.out.println("holding " + store.stats().articles());
                System.out.flush();
                InputStream in = System.in;
                while (in.read() >= 0) {
                    // wait for the parent to close our input
                }
            }
            System.out.println("released");
            return;
        }
        int from = Integer.parseInt(args[2]);
        int to = Integer.parseInt(args[3]);
        int commitEvery = Integer.parseInt(args[4]);
        try (WartaStore store = WartaStore.open(dir, StoreOptions.DEFAULTS.withCommitEvery(commitEvery))) {
            int written = 0;
            for (int i = from; i < to; i++) {
                IngestResult r = store.ingest(Corpus.generated(i));
                if (r.outcome() != IngestResult.Outcome.DUPLICATE && ++written % commitEvery == 0) {
                    // the store committed inside that ingest: every article so far is durable
                    System.out.println("committed " + written);
                    System.out.flush();
                }
            }
        }
        System.out.println("done");
    }
}
