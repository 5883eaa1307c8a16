package dev.dossier.cli;

import dev.dossier.ingest.IngestItem;
import dev.dossier.ingest.InputWalker;
import dev.dossier.io.InputLimits;
import dev.dossier.nlp.CoreNlpConfig;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.StandardPipeline;
import dev.dossier.store.Ingestor;
import dev.dossier.store.Store;
import dev.dossier.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dossier ingest}: reads articles of many formats into the knowledge base. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles into the knowledge base: text (front matter or a <file>.json/.meta sidecar),",
                "HTML pages, JSON Lines (articles, or analyses from 'dossier analyze'), RSS/Atom feeds, WARC files,",
                "and folders of them. An article already stored (same text) is skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was stored or already there", "1:some inputs were rejected (listed on stderr)",
                "2:the store could not be opened, or usage"})
final class IngestCommand implements Callable<Integer> {

    /** How much analysis an article gets before it is stored. */
    enum Analysis { none, fast, full }

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to read.")
    List<Path> paths;

    @Mixin
    StoreOptions store;

    @Option(names = "--analysis", paramLabel = "LEVEL", defaultValue = "full",
            description = "none (store the articles only), fast (no coreference) or full (default: ${DEFAULT-VALUE}).")
    Analysis analysis;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest article accepted (default: 5 MB).")
    long maxBytes = InputLimits.defaults().maxBytes();

    @Option(names = "--no-progress", description = "No progress bar on stderr.")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        long[] loadNanos = {0};
        java.util.function.Supplier<Pipeline> pipeline = analysis == Analysis.none ? null : () -> {
            err.println("Loading models (about 15 s)...");
            long start = System.nanoTime();
            Pipeline p = StandardPipeline.create(analysis == Analysis.fast ? CoreNlpConfig.defaults().withoutCoref()
                    : CoreNlpConfig.defaults());
            loadNanos[0] = System.nanoTime() - start;
            return p;
        };
        Ingestor.Summary summary;
        long t0 = System.nanoTime();
        try (Store s = store.open(); Progress progress = new Progress(err, -1, !noProgress)) {
            var walker = new InputWalker(new InputLimits(maxBytes, true));
            summary = new Ingestor(s, pipeline, analysis.name(), threads).ingest(walker.walk(paths),
                    step -> progress.step(step != Ingestor.Step.REJECTED), busy -> err.println("dossier ingest: " + busy));
        } catch (StoreException e) {
            err.println("dossier ingest: " + e.getMessage());
            return 2;
        }
        double seconds = (System.nanoTime() - t0 - loadNanos[0]) / 1e9;
        for (IngestItem.Rejected r : summary.rejected()) {
            err.println("rejected " + r.input() + ": " + r.reason());
        }
        err.printf(Locale.ROOT, "%d stored, %d skipped as duplicates, %d rejected in %.1f s (%.1f articles/s%s)%n",
                summary.stored(), summary.duplicates(), summary.rejected().size(), seconds,
                (summary.stored() + summary.duplicates()) / Math.max(seconds, 1e-9),
                loadNanos[0] == 0 ? "" : String.format(Locale.ROOT, "; models loaded in %.1f s", loadNanos[0] / 1e9));
        return summary.rejected().isEmpty() ? 0 : 1;
    }
}
