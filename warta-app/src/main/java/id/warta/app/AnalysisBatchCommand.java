package id.warta.app;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.analyze.Stages;
import id.warta.model.Analysis;
import id.warta.model.RawDocument;
import picocli.CommandLine.Mixin;

import java.util.function.Function;

/**
 * A batch whose every input is extracted and analysed ({@code warta events}, {@code warta ingest}), with the
 * analysis limit and, for tests, stages of their own.
 */
abstract class AnalysisBatchCommand extends BatchCommand<Analysis> {

    @Mixin
    AnalysisLimit limit;

    /** The analysis stages, or null for the defaults. */
    private final Stages stages;

    /** A command whose analysis runs these stages; null for the defaults (tests give it their own event coder). */
    AnalysisBatchCommand(Stages stages) {
        this.stages = stages;
    }

    @Override
    WartaOptions options(WartaOptions shared) {
        return limit.apply(shared);
    }

    @Override
    Warta warta(WartaOptions options) {
        return stages == null ? Warta.with(options) : Warta.with(options, stages);
    }

    @Override
    Function<RawDocument, Analysis> work(Warta warta) {
        warta.analyzer(); // load the models here, once, rather than on the first worker
        return warta::analyze;
    }

    @Override
    boolean ok(Analysis record) {
        return record.ok();
    }
}
