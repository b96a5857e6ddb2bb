package id.warta.export;

/** Output formats of event rows ({@link EventWriter}). */
public enum EventFormat {
    /** One compact JSON object per event: the source article's fields, then the event as in the analysis record. */
    JSONL,
    /** RFC 4180 CSV, one row per event, with a header row of {@link EventWriter#COLUMNS}. */
    CSV,
    /** A GeoJSON FeatureCollection: one Point per event that has coordinates; the others are counted. */
    GEOJSON
}
