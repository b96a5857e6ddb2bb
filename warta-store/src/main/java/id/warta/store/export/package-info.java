/**
 * The store's tables for analysts: {@link id.warta.store.export.Table articles, events, entities and stories}
 * streamed as JSON Lines, CSV or Parquet ({@link id.warta.store.export.TableWriter}), one schema per table whatever
 * the format (documented in the README). The JSON Lines rows of articles and events are the core's JSON records
 * ({@link id.warta.export.Json}) with the store's fields added; the flat event columns are
 * {@link id.warta.export.EventWriter}'s, so {@code warta events} and an export of the store read alike.
 */
package id.warta.store.export;
