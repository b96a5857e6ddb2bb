package id.warta.export;

/** Output formats of article records. */
public enum OutputFormat {
    /** A pretty-printed JSON array. */
    JSON,
    /** One compact JSON object per line. */
    JSONL,
    /** Title and body text; records separated by form feeds. */
    TXT,
    /** Markdown with structure kept; records separated by horizontal rules. */
    MD
}
