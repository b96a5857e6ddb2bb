package id.warta.app;

import id.warta.export.Json;
import id.warta.store.StoredError;
import id.warta.store.WartaStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code warta errors}: the inputs the store could not turn into articles, with their cause. */
@Command(name = "errors", mixinStandardHelpOptions = true,
        description = "Lists the error records of the store: the inputs that could not be turned into articles, "
                + "with the failure's code and message.")
final class ErrorsCommand implements Callable<Integer> {

    enum Format { TEXT, JSONL }

    @Mixin
    StoreLocation location;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "text: one error a line (code, input, URL, message); jsonl: the records "
                    + "(default: ${DEFAULT-VALUE}).")
    Format format = Format.TEXT;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        long[] count = {0};
        try (WartaStore store = location.openReadOnly()) {
            store.errors(e -> {
                out.println(format == Format.JSONL ? json(e) : e.code() + "\t" + e.input() + "\t"
                        + (e.url() == null ? "-" : e.url()) + "\t" + e.message());
                count[0]++;
            });
        }
        out.flush();
        System.err.println("warta errors: " + count[0] + (count[0] == 1 ? " error record" : " error records"));
        return 0;
    }

    private static String json(StoredError e) {
        try {
            return Json.writer().writeValueAsString(e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new UncheckedIOException(x);
        }
    }
}
