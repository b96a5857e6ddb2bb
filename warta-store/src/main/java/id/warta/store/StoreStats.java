package id.warta.store;

/**
 * What a store holds.
 *
 * @param articles       articles stored (near-duplicates included, errors not)
 * @param nearDuplicates of those, the ones linked to an original
 * @param stories        distinct stories
 * @param events         article-level events
 * @param errors         error records
 * @param bytesOnDisk    size of the index directory
 */
public record StoreStats(long articles, long nearDuplicates, long stories, long events, long errors,
                         long bytesOnDisk) {
}
