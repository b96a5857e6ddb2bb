package id.warta.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code warta spark}: listed here so that the help shows it; the {@code ./warta} launcher runs it with the
 * warta-spark module (Spark's classes are not in this jar). Reached here, it says how to run it.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Runs the pipeline as an Apache Spark job over WARC files: `./warta spark --master local[N] "
                + "INPUT... --out DIR` writes the tables of `warta export` (articles, entities, events, stories, "
                + "errors) and the analysis records as Parquet or JSON Lines, with corpus-wide duplicates and "
                + "stories. The ./warta launcher runs it from the warta-spark module without a Spark installation; "
                + "on a cluster, spark-submit warta-spark/target/warta-spark-job.jar (see the README). "
                + "`./warta spark --help` lists its options.")
final class SparkCommand implements Callable<Integer> {

    @Unmatched
    List<String> args;

    @Override
    public Integer call() {
        System.err.println("warta spark: this jar holds no Spark; run it through the ./warta launcher "
                + "(./warta spark --help) or spark-submit warta-spark/target/warta-spark-job.jar (see the README)");
        return Main.USAGE;
    }
}
