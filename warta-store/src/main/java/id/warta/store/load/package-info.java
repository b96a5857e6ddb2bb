/**
 * Loading tables written elsewhere back into the store: the Parquet output of the Spark job ({@code warta spark}),
 * read with Apache Parquet's reader but without Hadoop ({@link id.warta.store.load.ParquetTableReader}), its
 * analysis records and error rows turned back into the core's records ({@link id.warta.store.load.JobOutput}) for
 * {@link id.warta.store.WartaStore#ingest}. A broken file or row is a failed record, never the end of the load.
 */
package id.warta.store.load;
