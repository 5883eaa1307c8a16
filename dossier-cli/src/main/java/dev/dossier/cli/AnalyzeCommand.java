package dev.dossier.cli;

import dev.dossier.io.ArticleSource;
import dev.dossier.io.DocumentJson;
import dev.dossier.io.GdeltWriter;
import dev.dossier.io.InputException;
import dev.dossier.io.InputLimits;
import dev.dossier.io.JsonLinesReader;
import dev.dossier.io.TextChecks;
import dev.dossier.io.TextFileReader;
import dev.dossier.model.Document;
import dev.dossier.nlp.CoreNlpConfig;
import dev.dossier.pipeline.Outcome;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code dossier analyze}: analyses articles and prints what it finds. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses news articles: entities and actors, dates, quotes and their speakers.",
                "Give text files (first line = headline; optional front matter with 'published:'),",
                "or --jsonl with one JSON object per line (id, title, text, published, source, url)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article was analysed", "1:some articles were skipped (listed on stderr)",
                "2:nothing could be analysed (bad input or usage)"})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Article text files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--jsonl", paramLabel = "IN", description = "Read articles from a JSON Lines file.")
    Path jsonl;

    @Option(names = "--out", paramLabel = "OUT", description = "Write results here instead of standard output.")
    Path out;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date of the FILE articles (YYYY-MM-DD); relative dates resolve against it.")
    String published;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or gdelt (GDELT 2.0 event rows) (default: ${DEFAULT-VALUE}; --jsonl writes JSON Lines"
                    + " unless gdelt is asked for).")
    OutputFormat format;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for many articles (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest article accepted (default: 5 MB).")
    long maxBytes = InputLimits.defaults().maxBytes();

    @Option(names = "--no-coref", description = "Skip coreference (faster; pronouns are not resolved).")
    boolean noCoref;

    @Option(names = "--no-progress", description = "No progress bar on stderr.")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        if (files.isEmpty() == (jsonl == null)) {
            err.println("dossier analyze: give article FILEs or --jsonl IN (one or the other). See dossier analyze --help.");
            return 2;
        }
        InputLimits limits = new InputLimits(maxBytes, true);
        LocalDate date;
        try {
            date = published == null ? null : TextChecks.parseDate("--published", "the date", published);
        } catch (InputException e) {
            err.println("dossier analyze: " + e.getMessage());
            return 2;
        }
        List<ArticleSource.Rejected> rejected = new ArrayList<>();
        Stream<ArticleSource> sources;
        boolean single = false;
        if (jsonl != null) {
            try {
                sources = new JsonLinesReader(limits).read(jsonl);
            } catch (InputException e) {
                err.println("dossier analyze: " + e.getMessage());
                return 2;
            }
        } else {
            TextFileReader reader = new TextFileReader(limits);
            List<ArticleSource> read = new ArrayList<>();
            for (Path f : files) {
                try {
                    read.add(new ArticleSource.Accepted(f.toString(), reader.read(f, date)));
                } catch (InputException e) {
                    read.add(ArticleSource.Rejected.of(e));
                }
            }
            if (read.stream().noneMatch(s -> s instanceof ArticleSource.Accepted)) {
                read.forEach(s -> err.println("dossier analyze: " + s.input() + ": "
                        + ((ArticleSource.Rejected) s).reason()));
                return 2;
            }
            single = files.size() == 1;
            sources = read.stream();
        }
        err.println("Loading models (about 15 s)...");
        long t0 = System.nanoTime();
        Pipeline pipeline = StandardPipeline.create(noCoref ? CoreNlpConfig.defaults().withoutCoref()
                : CoreNlpConfig.defaults());
        err.printf(Locale.ROOT, "Models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        boolean gdelt = format == OutputFormat.GDELT;
        GdeltWriter gdeltWriter = gdelt ? new GdeltWriter() : null;
        boolean lines = !gdelt && (jsonl != null || (format == OutputFormat.JSON && !single));
        int analysed = 0;
        long sentences = 0;
        long t1 = System.nanoTime();
        try (PrintWriter w = writer(); Stream<ArticleSource> s = sources;
             Progress progress = new Progress(err, jsonl == null ? files.size() : -1, !single && !noProgress);
             Stream<Outcome> outcomes = pipeline.annotateAll(s
                     .filter(src -> keep(src, rejected))
                     .map(src -> Document.of(((ArticleSource.Accepted) src).article())), threads)) {
            for (Outcome o : (Iterable<Outcome>) outcomes::iterator) {
                switch (o) {
                    case Outcome.Done done -> {
                        analysed++;
                        progress.step(true);
                        Document d = done.document();
                        sentences += d.sentences().size();
                        if (gdelt) {
                            gdeltWriter.rows(d).forEach(w::println);
                        } else if (lines) {
                            w.println(DocumentJson.toLine(d, pipeline.provenance()));
                        } else if (format == OutputFormat.JSON) {
                            w.println(DocumentJson.toPrettyString(d, pipeline.provenance()));
                        } else {
                            w.print(TextReport.render(d));
                        }
                    }
                    case Outcome.Failed failed -> {
                        progress.step(false);
                        rejected.add(new ArticleSource.Rejected(failed.id(), "analysis failed: " + failed.reason()));
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("dossier analyze: cannot write " + (out == null ? "output" : out) + ": " + e.getMessage());
            return 2;
        }
        for (ArticleSource.Rejected r : rejected) {
            err.println("skipped " + r.input() + ": " + r.reason());
        }
        if (!single) {
            double seconds = (System.nanoTime() - t1) / 1e9;
            err.printf(Locale.ROOT, "%d analysed (%d sentences), %d skipped in %.1f s: %.2f articles/s, %.1f sentences/s%n",
                    analysed, sentences, rejected.size(), seconds, analysed / seconds, sentences / seconds);
            err.println(stageSummary(pipeline));
        }
        if (single && analysed == 0) {
            return 2;
        }
        return rejected.isEmpty() ? 0 : analysed == 0 ? 2 : 1;
    }

    /** One line: each stage's share of the analysis time, e.g. {@code stages: corenlp 91.2%, time 0.4%, ...}. */
    static String stageSummary(Pipeline pipeline) {
        var times = pipeline.stageTimes();
        double total = times.values().stream().mapToLong(java.time.Duration::toNanos).sum();
        StringBuilder b = new StringBuilder("time by stage:");
        times.forEach((name, d) -> b.append(String.format(Locale.ROOT, " %s %.1f%% (%.2f s)", name,
                total == 0 ? 0 : 100 * d.toNanos() / total, d.toNanos() / 1e9)));
        return b.toString();
    }

    private static boolean keep(ArticleSource src, List<ArticleSource.Rejected> rejected) {
        if (src instanceof ArticleSource.Rejected r) {
            rejected.add(r);
            return false;
        }
        return true;
    }

    private PrintWriter writer() throws IOException {
        if (out == null) {
            return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true) {
                @Override
                public void close() {
                    flush();
                }
            };
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        return new PrintWriter(new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8)));
    }
}
