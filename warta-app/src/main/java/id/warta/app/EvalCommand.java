package id.warta.app;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.eval.EventDataset;
import id.warta.eval.EventEvaluator;
import id.warta.eval.EventSample;
import id.warta.eval.EventScore;
import id.warta.eval.ExtractionDataset;
import id.warta.eval.ExtractionEvaluator;
import id.warta.eval.ExtractionRun;
import id.warta.eval.ExtractionScore;
import id.warta.eval.GeocodingCases;
import id.warta.eval.GeocodingEvaluator;
import id.warta.eval.GeocodingScore;
import id.warta.eval.NerCorpusReader;
import id.warta.eval.NerEvaluator;
import id.warta.eval.NerScore;
import id.warta.eval.NerDocument;
import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.ner.NameSample;
import id.warta.ner.ModelEntityFinder;
import id.warta.ner.NameModel;
import id.warta.eval.SegmentationScore;
import id.warta.eval.SentenceEvaluator;
import id.warta.eval.UdTreebank;
import id.warta.text.RuleSentenceSplitter;
import id.warta.events.EventCoder;
import id.warta.events.Plover;
import id.warta.geo.Gazetteer;
import id.warta.geo.GazetteerGeocoder;
import id.warta.export.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code warta eval}: scores a stage against a reference dataset with the dataset's own metric. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Scores Warta against reference datasets.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Sentences.class, EvalCommand.Ner.class,
                EvalCommand.Events.class, EvalCommand.Geocoding.class, DuplicatesEval.class})
final class EvalCommand {

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Article-body extraction on the Zyte article-extraction benchmark: 4-gram shingles of "
                    + "\\w+ tokens, precision averaged over pages with output, recall over all pages, F1 of the two.",
                    "Exits 1 when F1 is below --min-f1 (the CI quality gate)."})
    static final class Extraction implements java.util.concurrent.Callable<Integer> {

        @Option(names = "--dataset", required = true, paramLabel = "DIR",
                description = "The benchmark folder (ground-truth.json, html/, output/).")
        Path dataset;

        @Option(names = "--min-f1", paramLabel = "F1", description = "Fail (exit 1) below this F1.")
        Double minF1;

        @Option(names = "--worst", paramLabel = "N", description = "List the N pages with the lowest F1.")
        int worst;

        @Option(names = "--predictions", paramLabel = "FILE",
                description = "Write the predictions as the benchmark's {id: {articleBody}} JSON.")
        Path predictionsOut;

        @Option(names = "--compare", description = "Also score the published outputs in output/ for reference.")
        boolean compare;

        @Override
        public Integer call() throws Exception {
            PrintStream out = System.out;
            ExtractionDataset data = ExtractionDataset.open(dataset);
            ExtractionRun.Result result = ExtractionRun.run(data, Warta.with(WartaOptions.defaults()));
            ExtractionScore s = result.score();
            out.printf(Locale.ROOT, "%-22s %6s %7s %6s %6s %6s%n", "system", "F1", "±", "P", "R", "Acc");
            row(out, "warta", s);
            if (compare) {
                try (Stream<Path> files = Files.list(dataset.resolve("output"))) {
                    for (Path f : files.sorted().toList()) {
                        String name = f.getFileName().toString().replaceFirst("\\.json$", "");
                        row(out, name, ExtractionEvaluator.score(data.truth(), data.published(name)));
                    }
                }
            }
            if (worst > 0) {
                worstPages(out, data, result);
            }
            if (predictionsOut != null) {
                Map<String, Map<String, String>> json = new LinkedHashMap<>();
                result.predictions().forEach((id, body) -> json.put(id, Map.of("articleBody", body)));
                Json.writer().withDefaultPrettyPrinter().writeValue(predictionsOut.toFile(), json);
            }
            return Floor.check("F1", s.f1(), minF1);
        }

        private static void row(PrintStream out, String name, ExtractionScore s) {
            out.printf(Locale.ROOT, "%-22s %6.3f %7.3f %6.3f %6.3f %6.3f%n", name, s.f1(), s.f1StdDev(),
                    s.precision(), s.recall(), s.accuracy());
        }

        private void worstPages(PrintStream out, ExtractionDataset data, ExtractionRun.Result result) {
            List<ExtractionEvaluator.PageResult> pages = new ArrayList<>(
                    ExtractionEvaluator.compare(data.truth(), result.predictions()));
            pages.sort(Comparator.comparingDouble(p -> f1(p)));
            out.println();
            out.printf(Locale.ROOT, "%-6s %6s %6s  %-12s %s%n", "F1", "P", "R", "status", "url");
            for (ExtractionEvaluator.PageResult p : pages.subList(0, Math.min(worst, pages.size()))) {
                var a = result.articles().get(p.id());
                out.printf(Locale.ROOT, "%6.3f %6.3f %6.3f  %-12s %s (%s)%n", f1(p), p.counts().precision(),
                        p.counts().recall(), a.ok() ? "ok" : a.errorCode(), data.url(p.id()), p.id().substring(0, 8));
            }
        }

        private static double f1(ExtractionEvaluator.PageResult p) {
            double pr = p.counts().precision();
            double re = p.counts().recall();
            return pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
        }
    }

    @Command(name = "sentences", mixinStandardHelpOptions = true,
            description = {"Sentence splitting and tokenization on a Universal Dependencies treebank (CoNLL-U): "
                    + "the CoNLL 2018 shared task's Tokens and Sentences precision, recall and F1 over the raw "
                    + "text rebuilt from the treebank.",
                    "Exits 1 when a score is below its floor (the CI quality gate)."})
    static final class Sentences implements java.util.concurrent.Callable<Integer> {

        @Option(names = "--treebank", required = true, paramLabel = "FILE", description = "A .conllu file.")
        Path treebank;

        @Option(names = "--language", defaultValue = "id", paramLabel = "TAG",
                description = "Language of the treebank (default: ${DEFAULT-VALUE}).")
        String language;

        @Option(names = "--min-token-f1", paramLabel = "F1", description = "Fail (exit 1) below this Tokens F1.")
        Double minTokenF1;

        @Option(names = "--min-sentence-f1", paramLabel = "F1",
                description = "Fail (exit 1) below this Sentences F1.")
        Double minSentenceF1;

        @Option(names = "--misses", paramLabel = "N",
                description = "List up to N missed gold tokens and N missed gold sentences.")
        int misses;

        @Override
        public Integer call() throws Exception {
            PrintStream out = System.out;
            if (!Files.isRegularFile(treebank)) {
                System.err.println("warta eval sentences: no such file: " + treebank);
                return 2;
            }
            UdTreebank bank;
            try {
                bank = UdTreebank.read(treebank);
            } catch (IllegalArgumentException | java.io.IOException e) {
                System.err.println("warta eval sentences: " + treebank + ": " + e.getMessage());
                return 2;
            }
            SentenceEvaluator.Result result = SentenceEvaluator.evaluate(bank, new RuleSentenceSplitter(),
                    language, misses);
            SegmentationScore s = result.score();
            out.printf(Locale.ROOT, "%-10s %7s %7s %7s %8s %8s %8s%n", "metric", "P", "R", "F1", "gold", "system",
                    "correct");
            row(out, "Tokens", s.tokens());
            row(out, "Sentences", s.sentences());
            if (misses > 0) {
                out.println();
                result.tokenMisses().forEach(m -> out.println("token    " + m));
                out.println();
                result.sentenceMisses().forEach(m -> out.println(m + "\n"));
            }
            return Floor.check("Tokens F1", s.tokens().f1(), minTokenF1)
                    | Floor.check("Sentences F1", s.sentences().f1(), minSentenceF1);
        }

        private static void row(PrintStream out, String name, SegmentationScore.Counts c) {
            out.printf(Locale.ROOT, "%-10s %7.4f %7.4f %7.4f %8d %8d %8d%n", name, c.precision(), c.recall(),
                    c.f1(), c.gold(), c.system(), c.correct());
        }

    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Named entities against a CoNLL-style corpus (2 to 5 columns, IO/IOB1/IOB2 tags, label "
                    + "names mapped to PERSON/ORG/LOC): exact-span precision, recall and F1 per type and overall.",
                    "Exits 1 when overall F1 is below --min-f1 (the CI quality gate)."})
    static final class Ner implements java.util.concurrent.Callable<Integer> {

        @Option(names = "--dataset", required = true, paramLabel = "FILE", description = "The corpus file.")
        Path dataset;

        @Option(names = "--model", paramLabel = "FILE",
                description = "A model written by `warta train ner` (default: the model in the jar).")
        Path model;

        @Option(names = "--language", defaultValue = "id", paramLabel = "TAG",
                description = "Language of the corpus (default: ${DEFAULT-VALUE}).")
        String language;

        @Option(names = "--sentences-per-text", defaultValue = "1", paramLabel = "N",
                description = "Consecutive sentences of one document given to the finder as one text, so that "
                        + "linking across sentences plays its part (default: ${DEFAULT-VALUE}).")
        int sentencesPerText;

        @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Worker threads.")
        int threads;

        @Option(names = "--min-f1", paramLabel = "F1", description = "Fail (exit 1) below this overall F1.")
        Double minF1;

        @Option(names = "--errors", paramLabel = "N",
                description = "List the first N wrong names: predicted but not gold (fp), gold but missed (fn).")
        int errors;

        @Override
        public Integer call() throws Exception {
            ModelEntityFinder finder;
            if (model == null) {
                finder = ModelEntityFinder.shared();
            } else {
                try (var in = Files.newInputStream(model)) {
                    finder = ModelEntityFinder.of(NameModel.load(in));
                }
            }
            var samples = NerCorpusReader.read(dataset).samples();
            NerScore score = NerEvaluator.evaluate(samples, finder, NerEvaluator.Options.of(language)
                    .withSentencesPerText(sentencesPerText).withThreads(threads));
            PrintStream out = System.out;
            out.printf(Locale.ROOT, "%s: %d sentences%n", dataset.getFileName(), samples.size());
            out.printf(Locale.ROOT, "%-8s %6s %6s %6s %6s %6s %6s%n", "type", "P", "R", "F1", "tp", "fp", "fn");
            for (Entity.Type type : Entity.Type.values()) {
                row(out, type.name(), score.counts(type));
            }
            row(out, "overall", score.overall());
            if (errors > 0) {
                listErrors(out, samples, finder);
            }
            return Floor.check("overall F1", score.f1(), minF1);
        }

        private void listErrors(PrintStream out, List<NameSample> samples, ModelEntityFinder finder) {
            int listed = 0;
            for (NerDocument doc : NerEvaluator.documents(samples, language, sentencesPerText)) {
                List<List<NameSample.Span>> predicted = new ArrayList<>();
                doc.samples().forEach(x -> predicted.add(new ArrayList<>()));
                for (Entity e : finder.find(doc.text())) {
                    for (Mention m : e.mentions()) {
                        doc.align(m, e.type()).ifPresent(a -> predicted.get(a.sample()).add(a.span()));
                    }
                }
                for (int i = 0; i < predicted.size() && listed < errors; i++) {
                    NameSample sample = doc.samples().get(i);
                    for (NameSample.Span p : predicted.get(i)) {
                        if (!sample.entities().contains(p) && listed++ < errors) {
                            out.printf(Locale.ROOT, "fp %-6s %-30s | %s%n", p.type(), sample.text(p), sample.text());
                        }
                    }
                    for (NameSample.Span g : sample.entities()) {
                        if (!predicted.get(i).contains(g) && listed++ < errors) {
                            out.printf(Locale.ROOT, "fn %-6s %-30s | %s%n", g.type(), sample.text(g), sample.text());
                        }
                    }
                }
            }
        }

        private static void row(PrintStream out, String name, NerScore.Counts c) {
            out.printf(Locale.ROOT, "%-8s %6.4f %6.4f %6.4f %6d %6d %6d%n", name, c.precision(), c.recall(), c.f1(),
                    c.tp(), c.fp(), c.fn());
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Event coding against a gold set: the PLOVER gold records (.json), the PETRARCH2 "
                    + "validation records (.xml, CAMEO mapped to PLOVER) or a Warta gold table (.tsv). Each "
                    + "sentence is analysed as an article of its own and coded; the coder's most confident event is "
                    + "scored: event-type accuracy (no event counts as wrong), per-category precision, recall and "
                    + "F1, macro-F1, actor and target country accuracy, and where the gold has them negation, "
                    + "modality and numbers.",
                    "Exits 1 when macro-F1 is below --min-macro-f1 (the CI quality gate)."})
    static final class Events implements java.util.concurrent.Callable<Integer> {

        @Option(names = "--dataset", required = true, paramLabel = "FILE",
                description = "PLOVER_GSR_CAMEO.json, PETR2_GSR_validation.xml or a .tsv gold table.")
        Path dataset;

        @Option(names = "--min-macro-f1", paramLabel = "F1", description = "Fail (exit 1) below this macro-F1.")
        Double minMacroF1;

        @Option(names = "--errors", paramLabel = "N",
                description = "List the first N sentences whose top event has a wrong type or none.")
        int errors;

        private final Supplier<EventCoder> coders;

        Events() {
            this(EventCoders::defaultCoder);
        }

        /** A command scoring the coder {@code coders} gives (tests give their own). */
        Events(Supplier<EventCoder> coders) {
            this.coders = coders;
        }

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(dataset)) {
                System.err.println("warta eval events: no such file: " + dataset);
                return 2;
            }
            EventDataset data;
            try {
                data = EventDataset.read(dataset, Plover.shared());
            } catch (IllegalArgumentException | java.io.IOException e) {
                System.err.println("warta eval events: " + e.getMessage());
                return 2;
            }
            EventCoder coder;
            try {
                coder = coders.get();
            } catch (IllegalStateException e) {
                System.err.println("warta eval events: " + e.getMessage());
                return 2;
            }
            EventEvaluator.Result result = EventEvaluator.evaluate(data, coder, Warta.with(WartaOptions.defaults()));
            EventScore s = result.score();
            PrintStream out = System.out;
            out.printf(Locale.ROOT, "%s: %d sentences, %d gold events, %d sentences without event%n", data.name(),
                    data.samples().size(), data.goldEvents(), data.withoutEvents());
            out.printf(Locale.ROOT, "%-10s %6s %6s %6s %5s %5s %5s %5s%n", "category", "P", "R", "F1", "gold", "tp",
                    "fp", "fn");
            s.categories().forEach((name, c) -> out.printf(Locale.ROOT, "%-10s %6.3f %6.3f %6.3f %5d %5d %5d %5d%n",
                    name, c.precision(), c.recall(), c.f1(), c.support(), c.tp(), c.fp(), c.fn()));
            out.printf(Locale.ROOT, "macro-F1        %.4f over %d categories%n", s.macroF1(), s.categories().size());
            out.printf(Locale.ROOT, "type accuracy   %.4f (%d of %d sentences with a gold event)%n",
                    s.typeAccuracy(), s.typeCorrect(), s.goldSentences());
            ratio(out, "actor country", s.actorCountry());
            ratio(out, "target country", s.targetCountry());
            ratio(out, "negation", s.negation());
            ratio(out, "modality", s.modality());
            ratio(out, "numbers", s.numbers());
            out.printf(Locale.ROOT, "false alarms    %d of %d sentences without event; coder failures %d%n",
                    s.falseAlarms(), data.withoutEvents(), s.coderFailures());
            if (errors > 0) {
                listErrors(out, result);
            }
            return Floor.check("macro-F1", s.macroF1(), minMacroF1);
        }

        private static void ratio(PrintStream out, String name, EventScore.Ratio r) {
            if (r.total() > 0) {
                out.printf(Locale.ROOT, "%-15s %.4f (%d of %d)%n", name, r.value(), r.correct(), r.total());
            }
        }

        private void listErrors(PrintStream out, EventEvaluator.Result result) {
            out.println();
            int listed = 0;
            for (EventEvaluator.Outcome o : result.outcomes()) {
                boolean wrong = o.sample().events().isEmpty() ? o.top() != null : !o.correct();
                if (!wrong || listed++ >= errors) {
                    continue;
                }
                String gold = o.sample().events().isEmpty() ? "-" : o.sample().events().stream()
                        .map(EventSample.GoldEvent::type).distinct().collect(Collectors.joining("|"));
                String coded = o.failure() != null ? "failed: " + o.failure() : o.top() == null ? "-" : o.top().type();
                out.printf(Locale.ROOT, "%-28s gold %-18s coded %-10s | %s%n", o.sample().id(), gold, coded,
                        o.sample().text());
            }
        }
    }

    @Command(name = "geocoding", mixinStandardHelpOptions = true,
            description = {"Geocoding of place names with the article's countries as context: the share put in the "
                    + "right country and the share resolved to exactly the right place (the gold's GeoNames place, "
                    + "or its name and country where the gold gives no id).",
                    "The dataset is the PLOVER gold records (PLOVER_GSR_CAMEO.json: each eventLoc, its actors' "
                    + "countries as context, Warta's reading of the gold place) or a golden TSV file (name, "
                    + "countries, GeoNames ids, country, note).",
                    "Exits 1 when a rate is below its floor (the CI quality gate)."})
    static final class Geocoding implements java.util.concurrent.Callable<Integer> {

        @Option(names = "--dataset", required = true, paramLabel = "FILE",
                description = "PLOVER_GSR_CAMEO.json or a golden TSV file.")
        Path dataset;

        @Option(names = "--min-country", paramLabel = "F", description = "Fail (exit 1) below this country rate.")
        Double minCountry;

        @Option(names = "--min-exact", paramLabel = "F", description = "Fail (exit 1) below this exact-place rate.")
        Double minExact;

        @Option(names = "--errors", description = "List the cases not exactly right.")
        boolean errors;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(dataset)) {
                System.err.println("warta eval geocoding: no such file: " + dataset);
                return 2;
            }
            GeocodingCases.Loaded loaded;
            try {
                loaded = GeocodingCases.read(dataset);
            } catch (IllegalArgumentException | java.io.IOException e) {
                System.err.println("warta eval geocoding: " + dataset + ": " + e.getMessage());
                return 2;
            }
            GeocodingScore s = GeocodingEvaluator.evaluate(loaded.cases(), GazetteerGeocoder.shared(),
                    Gazetteer.shared());
            PrintStream out = System.out;
            out.printf(Locale.ROOT, "%s: %d place names, %d skipped without a gold country%n",
                    dataset.getFileName(), s.cases(), loaded.skipped().size());
            loaded.skipped().forEach(k -> out.println("skipped " + k));
            out.printf(Locale.ROOT, "%-28s %7s %6s%n", "metric", "rate", "count");
            out.printf(Locale.ROOT, "%-28s %7.4f %6d%n", "located", (double) s.located() / Math.max(1, s.cases()),
                    s.located());
            out.printf(Locale.ROOT, "%-28s %7.4f %6d%n", "country correct", s.countryRate(), s.countryCorrect());
            out.printf(Locale.ROOT, "%-28s %7.4f %6d%n", "exact place", s.exactRate(), s.exact());
            out.printf(Locale.ROOT, "%-28s %7.4f %6d%n", "country, unknown -> context", s.countryRateWithFallback(),
                    s.countryWithFallback());
            if (errors) {
                out.println();
                for (GeocodingScore.Outcome o : s.outcomes()) {
                    if (!o.exact()) {
                        out.printf(Locale.ROOT, "%-7s %-30s %-16s -> %s | gold %s %s | %s%n",
                                o.countryCorrect() ? "place" : "COUNTRY", o.gold().name(),
                                String.join(",", o.gold().countries()),
                                o.found() == null ? "nothing" : o.found().name() + " (" + o.found().kind().label()
                                        + ", " + o.found().country() + ", " + o.found().geonameId() + ")",
                                o.gold().country(), o.gold().geonameIds(), o.gold().id());
                    }
                }
            }
            return Floor.check("country rate", s.countryRate(), minCountry)
                    | Floor.check("exact-place rate", s.exactRate(), minExact);
        }

    }
}
