/**
 * Fingerprints that find the same article twice: {@link id.warta.store.dedup.Fingerprints} gives the canonical
 * form of a URL and a hash of the text (exact duplicates: the same page fetched again, from another URL variant or
 * another scrape), and {@link id.warta.store.dedup.MinHasher} a {@link id.warta.store.dedup.Signature} of the
 * text's word shingles whose locality-sensitive band keys find near-duplicates (syndicated copies and light
 * rewrites) among millions without comparing every pair.
 */
package id.warta.store.dedup;
