/**
 * The embedded news store: {@link id.warta.store.WartaStore} keeps analysed articles, their entities and events in
 * an Apache Lucene index in one directory (no server), links syndicated copies and light rewrites to one original,
 * groups articles about the same happening into stories, and answers searches with filters and facet counts.
 *
 * <p>Data enters as the core's {@link id.warta.model.Analysis} records and leaves as the same records (one JSON
 * mapping for the CLI, the API and the exports). One process writes a store at a time (Lucene's write lock); any
 * number of threads may search it, and may ingest through the one writer.
 */
package id.warta.store;
