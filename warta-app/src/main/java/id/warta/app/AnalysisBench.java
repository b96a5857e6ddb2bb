package id.warta.app;

import id.warta.WartaOptions;
import id.warta.analyze.Analyzer;
import id.warta.analyze.Stages;
import id.warta.lang.LanguageGuess;
import id.warta.model.Analysis;
import id.warta.eval.PanlBppt;
import id.warta.model.Article;
import id.warta.model.Format;
import id.warta.ner.Entity;
import id.warta.quantity.Quantity;
import id.warta.quote.Quote;
import id.warta.text.Text;
import id.warta.time.TimeExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * {@code warta bench analysis}: the analysis without extraction over realistic Indonesian news articles, built at
 * run time from the PANL-BPPT sentences (which keep article order; the corpus is evaluation input only and nothing
 * of it is written anywhere). Reports articles per second on one thread, the cost of each stage, the throughput on
 * N threads sharing one analyzer, the heap in use afterwards, and how the time grows on one huge paragraph. Event
 * coding's cost is also given against the rest of the analysis, which the issue bounds at +30%.
 */
@Command(name = "analysis", mixinStandardHelpOptions = true,
        description = {"Articles per second of the analysis (language, sentences, entities, quantities, times, "
                + "quotes, events; no extraction) on one thread over ~500-word Indonesian articles built from the "
                + "PANL-BPPT *-ID-* files, the cost of each stage and what event coding adds, the throughput on N "
                + "threads, and the time on 1 MB and 2 MB of one paragraph (linear growth shows as a ratio near 2)."})
final class AnalysisBench implements Callable<Integer> {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] STAGES = {"language", "sentences", "entities", "quantities", "times", "quotes",
            "events"};
    private static final int EVENTS = STAGES.length - 1;
    /** PANL-BPPT is news from 2007-2008; relative dates resolve against a publication date of that time. */
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2008, 3, 14, 9, 0, 0, 0,
            ZoneOffset.ofHours(7));
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Keeps results alive so the JIT cannot drop the work. */
    private static volatile long sink;

    @Mixin
    PanlBpptCorpus corpus;

    @Option(names = "--words", paramLabel = "N", description = "Words per article, at least (default: ${DEFAULT-VALUE}).")
    int words = 500;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--warmup", paramLabel = "N", description = "Warm-up rounds (default: ${DEFAULT-VALUE}).")
    int warmup = 2;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Also measure the throughput on N threads sharing one analyzer (default: ${DEFAULT-VALUE}; "
                    + "1 to skip).")
    int threads = 1;

    @Option(names = "--sizes", split = ",", paramLabel = "MB,MB...",
            description = "Sizes of the one-paragraph texts of the robustness run, in MB (default: ${DEFAULT-VALUE}; "
                    + "empty to skip).")
    List<Integer> sizes = List.of(1, 2);

    @Override
    public Integer call() throws Exception {
        List<String> sentences = PanlBppt.sentences(corpus.dir, "id");
        List<Article> articles = articles(sentences);
        int maxSize = sizes.stream().mapToInt(Integer::intValue).max().orElse(0) << 20;
        Analyzer analyzer = Analyzer.defaults(WartaOptions.defaults()
                .withMaxAnalysedChars(Math.max(WartaOptions.defaults().maxAnalysedChars(), maxSize + 1)));
        Stages stages = analyzer.stages();

        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        System.out.printf(Locale.ROOT, "articles: %d built from %d PANL-BPPT Indonesian sentences (consecutive "
                + "sentences, >= %d words each, two sentences a paragraph); mean %.0f words, %.0f characters%n",
                articles.size(), sentences.size(), words, (double) countWords(articles) / articles.size(),
                (double) chars / articles.size());

        for (int i = 0; i < warmup; i++) {
            analyzeAll(analyzer, articles);
            stagesAll(stages, articles);
        }
        double[] whole = new double[rounds];
        double[] wholeWall = new double[rounds];
        double[][] perStage = new double[STAGES.length][rounds];
        for (int r = 0; r < rounds; r++) {
            double[] t = analyzeAll(analyzer, articles);
            whole[r] = t[0];
            wholeWall[r] = t[1];
            double[] s = stagesAll(stages, articles);
            for (int k = 0; k < STAGES.length; k++) {
                perStage[k][r] = s[k];
            }
        }
        int n = articles.size();
        System.out.printf(Locale.ROOT, "one thread, median of %d rounds after %d warm-up rounds, CPU time of the "
                + "measuring thread:%n", rounds, warmup);
        System.out.printf(Locale.ROOT, "  analysis (Analyzer.analyze):  %8.1f articles/s  (%.3f ms/article; wall "
                + "clock %.1f articles/s)%n", n / median(whole), 1000 * median(whole) / n, n / median(wholeWall));
        System.out.println("  per stage, run one after the other as the analyzer does:");
        double sum = 0;
        for (int k = 0; k < STAGES.length; k++) {
            double m = median(perStage[k]);
            sum += m;
            System.out.printf(Locale.ROOT, "    %-11s %8.3f ms/article  %10.1f articles/s%n", STAGES[k],
                    1000 * m / n, n / m);
        }
        System.out.printf(Locale.ROOT, "    %-11s %8.3f ms/article  %10.1f articles/s%n", "sum", 1000 * sum / n,
                n / sum);
        double events = median(perStage[EVENTS]);
        System.out.printf(Locale.ROOT, "  event coding: %.1f%% of the analysis; it adds %+.1f%% to the analysis "
                + "without it (target: at most +30%%)%n", 100 * events / sum, 100 * events / (sum - events));

        if (threads > 1) {
            double one = parallel(analyzer, articles, 1);
            double many = parallel(analyzer, articles, threads);
            System.out.printf(Locale.ROOT, "threads, wall clock, one shared analyzer: 1 thread %.1f articles/s, "
                    + "%d threads %.1f articles/s (x%.2f; the machine has %d processors)%n", n / one, threads,
                    n / many, one / many, Runtime.getRuntime().availableProcessors());
        }

        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "heap in use after the runs and a full collection: %d MB (limit %d MB)%n",
                used >> 20, Runtime.getRuntime().maxMemory() >> 20);

        if (!sizes.isEmpty()) {
            robustness(analyzer, sentences);
        }
        return 0;
    }

    /** Consecutive sentences grouped into articles of at least {@code words} words, two sentences a paragraph. */
    private List<Article> articles(List<String> sentences) {
        List<Article> out = new ArrayList<>();
        for (String text : PanlBppt.articles(sentences, words, 2)) {
            out.add(article("panl-" + out.size(), text));
        }
        return out;
    }

    private static Article article(String input, String text) {
        return new Article(input, Article.Status.OK, null, null, Format.TEXT, "UTF-8", null, null, "id", null,
                List.of(), PUBLISHED, null, null, null, List.of(), text, List.of(), List.of());
    }

    private static long countWords(List<Article> articles) {
        long n = 0;
        for (Article a : articles) {
            n += SPACES.split(a.text().strip()).length;
        }
        return n;
    }

    /** Seconds of {cpu, wall} time to analyse every article. */
    private static double[] analyzeAll(Analyzer analyzer, List<Article> articles) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (Article a : articles) {
            Analysis analysis = analyzer.analyze(a);
            if (!analysis.ok()) {
                throw new IllegalStateException(a.input() + ": " + analysis.article().error());
            }
            sink += analysis.quantities().size() + analysis.entities().size() + analysis.events().size();
        }
        return new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9};
    }

    /** Seconds of CPU time spent in each stage over every article. */
    private static double[] stagesAll(Stages stages, List<Article> articles) {
        long[] nanos = new long[STAGES.length];
        for (Article a : articles) {
            stages(stages, a, nanos);
        }
        return Arrays.stream(nanos).mapToDouble(x -> x / 1e9).toArray();
    }

    /**
     * The stages in the analyzer's order, each with the input it gets there, adding the CPU time of each to
     * {@code nanos}. The whole analysis is measured separately, so the sum can be compared with it.
     */
    private static void stages(Stages stages, Article article, long[] nanos) {
        String text = article.text();
        long t0 = THREADS.getCurrentThreadCpuTime();
        LanguageGuess guess = stages.language().identify(text);
        String language = guess.determined() ? guess.language() : null;
        long t1 = THREADS.getCurrentThreadCpuTime();
        Text sentences = new Text(text, guess.language(), stages.sentences().split(text, language));
        long t2 = THREADS.getCurrentThreadCpuTime();
        List<Entity> entities = stages.entities().find(sentences);
        long t3 = THREADS.getCurrentThreadCpuTime();
        List<Quantity> quantities = stages.quantities().find(text, language);
        long t4 = THREADS.getCurrentThreadCpuTime();
        List<TimeExpression> times = stages.times().find(text, language, PUBLISHED);
        long t5 = THREADS.getCurrentThreadCpuTime();
        List<Quote> quotes = stages.quotes().find(sentences, entities);
        long t6 = THREADS.getCurrentThreadCpuTime();
        Analysis found = new Analysis(article, guess, text.length(), entities, quantities, times, quotes, List.of(),
                List.of());
        sink += stages.events().code(sentences, found).size() + quantities.size() + times.size();
        long t7 = THREADS.getCurrentThreadCpuTime();
        long[] t = {t0, t1, t2, t3, t4, t5, t6, t7};
        for (int k = 0; k < STAGES.length; k++) {
            nanos[k] += t[k + 1] - t[k];
        }
    }

    /** Wall-clock seconds to analyse every article on {@code n} threads sharing the analyzer. */
    private static double parallel(Analyzer analyzer, List<Article> articles, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> futures = new ArrayList<>(articles.size());
            long wall = System.nanoTime();
            for (Article a : articles) {
                futures.add(pool.submit(() -> analyzer.analyze(a).quantities().size()));
            }
            for (Future<Integer> f : futures) {
                sink += f.get();
            }
            return (System.nanoTime() - wall) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One huge paragraph of each size, without punctuation and with it (sentences run together with no paragraph
     * break): CPU seconds per stage and in all, from the run of median total among three, and the ratio to the
     * previous size (about 2 for 1 MB then 2 MB when the time is linear). A quarter-size run first warms the code up.
     */
    private void robustness(Analyzer analyzer, List<String> sentences) {
        System.out.println("robustness: one paragraph of the corpus's sentences, median of 3 runs, CPU time:");
        for (boolean punctuation : new boolean[] {false, true}) {
            stages(analyzer.stages(), article("warm-up", paragraph(sentences, sizes.get(0) << 18, punctuation)),
                    new long[STAGES.length]);
            double previous = 0;
            for (int mb : sizes) {
                String text = paragraph(sentences, mb << 20, punctuation);
                Article huge = article("huge", text);
                long[][] runs = new long[3][STAGES.length];
                for (long[] run : runs) {
                    stages(analyzer.stages(), huge, run);
                }
                Arrays.sort(runs, Comparator.comparingLong(run -> Arrays.stream(run).sum()));
                long[] nanos = runs[1];
                double total = Arrays.stream(nanos).sum() / 1e9;
                Analysis whole = analyzer.analyze(huge);
                if (!whole.ok() || whole.analysedLength() != text.length()) {
                    throw new IllegalStateException("the huge paragraph was not analysed whole: "
                            + whole.article().error());
                }
                StringBuilder detail = new StringBuilder();
                for (int k = 0; k < STAGES.length; k++) {
                    detail.append(String.format(Locale.ROOT, "%s %.2f, ", STAGES[k], nanos[k] / 1e9));
                }
                System.out.printf(Locale.ROOT, "  %-19s %d MB: %6.2f s (%s)%s%n",
                        punctuation ? "with punctuation" : "without punctuation", mb, total,
                        detail.substring(0, detail.length() - 2),
                        previous == 0 ? "" : String.format(Locale.ROOT, ", x%.2f the previous size", total / previous));
                previous = total;
            }
        }
    }

    /** The sentences run together into one paragraph of {@code size} characters, punctuation removed or kept. */
    private static String paragraph(List<String> sentences, int size, boolean punctuation) {
        StringBuilder sb = new StringBuilder(size + 200);
        for (int i = 0; sb.length() < size; i = (i + 1) % sentences.size()) {
            String s = sentences.get(i);
            if (!punctuation) {
                s = SPACES.matcher(PUNCTUATION.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
            }
            sb.append(s).append(' ');
        }
        sb.setLength(size);
        return sb.toString();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
