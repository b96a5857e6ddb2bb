package id.warta.spark;

import id.warta.store.StoreOptions;
import id.warta.store.export.Rows;
import id.warta.store.export.Table;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The Warta pipeline as a Spark job: WARC files in, the tables of {@code warta export} out. Main class of the job jar
 * for {@code spark-submit}, and of {@code ./warta spark}, which runs it in local mode without a Spark installation.
 */
@Command(name = "warta spark",
        description = "Analyses the HTML pages of WARC files on Apache Spark and writes the tables articles, "
                + "entities, events, stories and errors (the columns of `warta export`) and analyses (the analysis "
                + "records, for `warta ingest --from-parquet`) under --out, partitioned by day. `warta spark bench "
                + "--help`: the benchmark.")
public final class WartaSparkJob implements Callable<Integer> {

    private static final String REGISTRATOR = "spark.kryo.registrator";

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help.")
    boolean help;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "WARC files, folders or globs on any Hadoop file system (file:, hdfs://, s3a://…), or "
                    + "@LIST: a file listing them one a line.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the tables go (replaced).")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2]; default: spark-submit's, else local[*].")
    String master;

    @Option(names = "--format", paramLabel = "FORMAT", description = "parquet (default) or jsonl.")
    Tables.Format format = Tables.Format.PARQUET;

    @Option(names = "--rounds", paramLabel = "N",
            description = "Most rounds of label propagation per component search (default: ${DEFAULT-VALUE}).")
    int rounds = 40;

    public static void main(String[] args) {
        // the benchmark is a command of its own: the job's required inputs are not its
        CommandLine command = args.length > 0 && args[0].equals("bench")
                ? new CommandLine(new SparkBench()).setCommandName("warta spark bench")
                : new CommandLine(new WartaSparkJob()).setCaseInsensitiveEnumValuesAllowed(true);
        String[] rest = command.getCommand() instanceof SparkBench ? Arrays.copyOfRange(args, 1, args.length) : args;
        System.exit(command.execute(rest));
    }

    @Override
    public Integer call() throws IOException {
        try (SparkSession spark = session(master, "warta")) {
            if (spark.sparkContext().isLocal()) {
                // on a terminal, Spark's INFO lines would bury the job's own
                spark.sparkContext().setLogLevel("WARN");
            }
            Counts counts = run(spark, inputs, out, format, rounds);
            System.err.printf("warta spark: %d files, %d records: %d articles kept, %d errors; tables under %s%n",
                    counts.files(), counts.records(), counts.articles(), counts.errors(), out);
        }
        return 0;
    }

    /** What a run read and kept. */
    record Counts(long files, long records, long articles, long errors) {
    }

    /**
     * A session on {@code master}, or on the one spark-submit set, else on every local core; no web UI unless
     * asked for.
     */
    static SparkSession session(String master, String name) {
        return SparkSession.builder().config(conf(master, name)).getOrCreate();
    }

    /**
     * The job's configuration: what spark-submit set (its {@code --conf}s, which win), then the job's own settings,
     * so that a plain spark-submit of the job jar runs as {@code ./warta spark} does.
     */
    static SparkConf conf(String master, String name) {
        SparkConf conf = new SparkConf().setAppName(name);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // a day's file per table is many small files: without a checksum file beside each and a chmod process
            // for each (see LocalFiles), local runs write them several times faster; cluster file systems do
            // neither
            conf.setIfMissing("spark.hadoop.fs.file.impl", LocalFiles.class.getName());
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.sql.sources.partitionOverwriteMode", "static");
        // what the job shuffles and persists (records, order keys, signatures) by Kryo with a serializer of our own
        // for each record: Java serialisation writes class descriptors and reads strings through a slow path. Spark's
        // own serializer class: an executor makes its serializer at start-up, before it fetches the job jar, so a
        // class of ours would not load on a cluster (a registrator is loaded later, by the tasks' class loader)
        conf.setIfMissing("spark.serializer", KryoSerializer.class.getName());
        // ours after any the user names: without it, Kryo could not rebuild the records
        String registrators = conf.get(REGISTRATOR, "").strip();
        if (!Arrays.asList(registrators.split("\\s*,\\s*")).contains(WartaKryo.class.getName())) {
            conf.set(REGISTRATOR, registrators.isEmpty() ? WartaKryo.class.getName()
                    : registrators + "," + WartaKryo.class.getName());
        }
        // no shuffled or persisted value holds an object twice or a cycle, and no code compares them by identity:
        // tracking references would cost a map lookup per object for nothing
        conf.setIfMissing("spark.kryo.referenceTracking", "false");
        // the tests require registration (a type of ours left out fails them); a run does not: Spark sends internal
        // types of its own through the serializer (4.0.1 leaves out BooleanType, see WartaKryo; another version or
        // code path may leave out others), which unregistered cost their class name, where a required registration
        // would fail the job hours in
        conf.setIfMissing("spark.kryo.registrationRequired", "false");
        return conf;
    }

    /** Runs the job: reads, analyses, decides and writes every table. */
    static Counts run(SparkSession spark, List<String> inputs, String out, Tables.Format format, int rounds)
            throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
        List<String> files = Inputs.expand(inputs, sc.hadoopConfiguration());
        Instant started = Instant.now();
        StoreOptions options = StoreOptions.DEFAULTS;

        // one task per WARC file, each reading and analysing its records; the records with their analysis JSON
        // (~10 KB a page) are kept on disk only: in memory they would fill a 2 GB executor at some 50,000 pages
        JavaRDD<Doc> docs = sc.parallelize(files, Math.max(1, files.size()))
                .mapPartitions(paths -> Analyse.files(paths, conf))
                .persist(StorageLevel.DISK_ONLY());
        // the shuffles' partitions: two per core, whatever the number of files (each task costs tens of
        // milliseconds whatever its size, and there are some 40 stages)
        int partitions = 2 * sc.defaultParallelism();
        // the decisions see the articles without their analysis records, which only the tables need
        JavaRDD<Doc> kept = Decisions.exact(docs.filter(Doc::ok).map(Doc::light))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // the placements go to the partitions of the records they are for, which stay where they are: shuffling
        // the records to their placements would move every analysis record (~10 KB a page) once more
        JavaPairRDD<String, Decisions.Placement> placements = Decisions.place(kept, options, partitions, rounds)
                .partitionBy(new ByFile(files))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Tables.Placed> placed = docs.zipPartitions(placements, ByFile::placed);

        Tables.write(spark, docs.filter(d -> !d.ok()).map(Tables::error), Rows.ERRORS, out, Table.ERRORS.id(),
                format, partitions);
        Tables.write(spark, docs.filter(Doc::ok).map(Tables::analysis), Tables.ANALYSIS_COLUMNS, out,
                Tables.ANALYSES, format, partitions);
        // the rows of the tables made from the analysis records, each record read once; kept as bytes, so that each
        // table's write skips the other tables' rows at their first byte
        JavaRDD<byte[]> rows = StoryGroups.rows(placed, partitions, started)
                .map(r -> RowBytes.encode(r._1(), r._2()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        for (Table table : List.of(Table.ARTICLES, Table.ENTITIES, Table.STORIES, Table.EVENTS)) {
            Tables.write(spark, rows.filter(r -> RowBytes.table(r) == table).map(RowBytes::decode), table.columns(),
                    out, table.id(), format, partitions);
        }

        // one pass over the records (kept on disk) for both counts
        Map<Boolean, Long> byOutcome = docs.map(Doc::ok).countByValue();
        long errors = byOutcome.getOrDefault(false, 0L);
        Counts counts = new Counts(files.size(), byOutcome.getOrDefault(true, 0L) + errors, placements.count(),
                errors);
        rows.unpersist(false);
        placements.unpersist(false);
        kept.unpersist(false);
        docs.unpersist(false);
        return counts;
    }
}
