package id.warta.app;

import id.warta.store.StoreOptions;
import id.warta.store.WartaStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data} switch of the store's commands: where the store lives. */
final class StoreLocation {

    @Option(names = "--data", paramLabel = "DIR",
            description = "The store's directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("warta-data");

    /** The store, for reading and writing; created when the directory is absent or empty. */
    WartaStore open() {
        return WartaStore.open(data);
    }

    /** The store, for reading only: no lock is taken, so a running ingest does not block it. */
    WartaStore openReadOnly() {
        return WartaStore.open(data, StoreOptions.DEFAULTS.withReadOnly(true));
    }
}
