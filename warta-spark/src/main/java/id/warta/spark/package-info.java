/**
 * The Warta pipeline as an Apache Spark job over WARC files ({@link id.warta.spark.WartaSparkJob}): each WARC file
 * is read and analysed by one task with the core's own classes, then exact duplicates, near-duplicates and stories
 * are decided corpus-wide with the store's fingerprints, MinHash signatures and story profiles, on a shuffle and
 * connected components ({@link id.warta.spark.Components}), never on the driver. The output tables have the columns
 * of {@code warta export} ({@link id.warta.store.export.Rows}).
 */
package id.warta.spark;
