/**
 * Sources: what the user names (files, directories, {@code .gz} files, JSON Lines dumps, WARC files, URLs,
 * standard input)
 * turned into a lazy stream of {@link id.warta.model.RawDocument}s, one per document, in a reproducible order.
 * {@link id.warta.source.Sources} is the entry point. Every input that cannot be read still yields a record, with
 * a {@link id.warta.model.Failure} whose code says why: {@code not-found}, {@code io}, {@code too-large},
 * {@code bad-gzip}, {@code bad-json}, {@code bad-record}, {@code no-documents}, {@code timeout}, {@code network},
 * {@code http-<status>}, {@code too-many-redirects}, {@code bad-url}, {@code bad-encoding}, and for WARC files
 * {@code not-html}, {@code truncated}, {@code bad-warc}, {@code empty}.
 */
package id.warta.source;
