package dev.dossier.eval;

import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.pipeline.Outcome;
import dev.dossier.pipeline.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores temporal expressions against TimeML gold (TimeBank, AQUAINT: the TempEval-3 "TBAQ-cleaned" set). Each
 * document's creation time ({@code TIMEX3 functionInDocument="CREATION_TIME"}) is the article's publication date;
 * the analysed text is the {@code TEXT} element without its tags.
 *
 * <p>Rows: {@code times.strict} (span equal to a gold span), {@code times.relaxed} (span overlaps),
 * {@code times.value} (overlaps and has the gold value: the value F1 of TempEval-3). A note gives the value
 * accuracy of found expressions: correct values among found expressions that overlap a gold one; the row
 * {@code times.accuracy} holds the same ratio (as precision, recall and F1) for ratchets.
 *
 * <p>Given a directory with {@code TimeBank} or {@code AQUAINT} subdirectories it reads only those (the
 * distribution's {@code testpipeline} folder repeats a TimeBank file); otherwise every {@code .tml} file under the
 * path.
 */
public final class TimeMlEvaluation implements Evaluation {

    private static final List<String> CORPORA = List.of("TimeBank", "AQUAINT");
    private static final int SHOWN_MISTAKES = 15;

    @Override
    public String name() {
        return "timeml";
    }

    /**
     * The summed score of a run and its table.
     *
     * @param score every document's score added up, with all value mistakes
     * @param table the rows and notes {@link #run} returns
     */
    public record Result(TimeMlScore score, ScoreTable table) {
    }

    @Override
    public ScoreTable run(Pipeline pipeline, Path gold) {
        return score(pipeline, gold).table();
    }

    /** Runs the pipeline over the TimeML files under {@code gold} and scores it. */
    public Result score(Pipeline pipeline, Path gold) {
        List<Path> files = files(gold);
        Map<String, TimeMlDocument> golds = new LinkedHashMap<>();
        for (Path f : files) {
            TimeMlDocument d = TimeMlDocument.read(f);
            golds.put(d.id(), d);
        }
        TimeMlScore total = TimeMlScore.ZERO;
        List<String> failures = new ArrayList<>();
        Stream<Document> input = golds.values().stream()
                .map(g -> Document.of(Article.of(g.id(), g.text(), g.dct())));
        try (Stream<Outcome> outcomes = pipeline.annotateAll(input, 2)) {
            for (Outcome o : (Iterable<Outcome>) outcomes::iterator) {
                TimeMlDocument g = golds.get(o.id());
                switch (o) {
                    case Outcome.Done done -> total = total.plus(TimeMlScore.of(g, done.document().times()));
                    case Outcome.Failed failed -> {
                        failures.add(failed.id() + ": " + failed.reason());
                        total = total.plus(TimeMlScore.missed(g));
                    }
                }
            }
        }
        return new Result(total, table(gold, golds.size(), total, failures));
    }

    /** The score table for summed scores. */
    static ScoreTable table(Path gold, int documents, TimeMlScore total, List<String> failures) {
        ScoreTable.Builder table = new ScoreTable.Builder("TimeML: " + documents + " document(s) under " + gold);
        table.add("times.strict", total.strict());
        table.add("times.relaxed", total.relaxed());
        table.add("times.value", total.value());
        // the same ratio as the note below, as a row so that a ratchet can hold it (precision = recall = accuracy)
        table.add("times.accuracy", new Score(total.valueCorrect(), total.overlapping(), total.valueCorrect(),
                total.overlapping()));
        table.note(String.format(Locale.ROOT, "value accuracy of found expressions: %.3f (%d of %d overlapping a gold "
                + "expression have its value)", total.valueAccuracy(), total.valueCorrect(), total.overlapping()));
        failures.forEach(f -> table.note("failed: " + f));
        total.mistakes().stream().limit(SHOWN_MISTAKES).forEach(m -> table.note("value: " + m));
        if (total.mistakes().size() > SHOWN_MISTAKES) {
            table.note("... and " + (total.mistakes().size() - SHOWN_MISTAKES) + " more value mistakes");
        }
        return table.build();
    }

    /** The {@code .tml} files an evaluation of {@code gold} reads, sorted. */
    public static List<Path> files(Path gold) {
        if (Files.isRegularFile(gold)) {
            return List.of(gold);
        }
        List<Path> roots = CORPORA.stream().map(gold::resolve).filter(Files::isDirectory).toList();
        List<Path> out = new ArrayList<>();
        for (Path root : roots.isEmpty() ? List.of(gold) : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list TimeML files under " + root, e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("No .tml files under " + gold);
        }
        return out;
    }
}
