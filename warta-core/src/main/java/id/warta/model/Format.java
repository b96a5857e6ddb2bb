package id.warta.model;

/** What a document is: an HTML page or plain scraped text. */
public enum Format {
    HTML, TEXT;

    /** Lower-case name used in JSON output. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
