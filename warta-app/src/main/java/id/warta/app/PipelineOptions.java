package id.warta.app;

import id.warta.WartaOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.Duration;

/** Command-line switches for the tunables of {@link WartaOptions}; defaults are the library's. */
final class PipelineOptions {

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Largest input accepted, after gunzip (default: ${DEFAULT-VALUE}).")
    long maxBytes = WartaOptions.defaults().maxBytes();

    @Option(names = "--max-depth", paramLabel = "N",
            description = "Deepest element nesting accepted in a page (default: ${DEFAULT-VALUE}).")
    int maxDepth = WartaOptions.defaults().maxDepth();

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Time allowed for one HTTP request, body included (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = WartaOptions.defaults().requestTimeout().toSeconds();

    @Option(names = "--connect-timeout", paramLabel = "SECONDS",
            description = "Time allowed to open an HTTP connection (default: ${DEFAULT-VALUE}).")
    long connectTimeoutSeconds = WartaOptions.defaults().connectTimeout().toSeconds();

    @Option(names = "--max-redirects", paramLabel = "N",
            description = "HTTP redirects followed (default: ${DEFAULT-VALUE}).")
    int maxRedirects = WartaOptions.defaults().maxRedirects();

    @Option(names = "--user-agent", paramLabel = "UA", description = "User-Agent for HTTP requests.")
    String userAgent = WartaOptions.defaults().userAgent();

    /** The options, or a usage error (exit code 2) naming the bad value. */
    WartaOptions toOptions(CommandLine commandLine) {
        try {
            return build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "bad option value: " + e.getMessage(), e);
        }
    }

    private WartaOptions build() {
        return WartaOptions.defaults()
                .withMaxBytes(maxBytes)
                .withMaxDepth(maxDepth)
                .withRequestTimeout(Duration.ofSeconds(timeoutSeconds))
                .withConnectTimeout(Duration.ofSeconds(connectTimeoutSeconds))
                .withMaxRedirects(maxRedirects)
                .withUserAgent(userAgent);
    }
}
