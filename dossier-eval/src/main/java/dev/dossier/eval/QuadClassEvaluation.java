package dev.dossier.eval;

import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Event;
import dev.dossier.pipeline.Outcome;
import dev.dossier.pipeline.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Scores event coding on news sentences labelled with the kind of event they report (ConfliBERT's CAMEO
 * classification data: {@code sentence <TAB> label}, labels 0-4), a check of how often the coder finds an event at all
 * and whether it reads its kind right, on sentences none of its patterns were written from.
 *
 * <p>The labels group CAMEO's roots: 0 statements and appeals (roots 01-02), 1 other verbal cooperation (03-05),
 * 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20); QuadClass 1 (verbal
 * cooperation) is labels 0 and 1. A sentence's coded event is the first asserted one in the text (negated, denied and
 * hypothetical events are left out), except that a statement (01) gives way to another asserted event of its
 * sentence, what it states ("the rebels said they will lay down their arms" is about laying down arms). Rows, with
 * precision over the sentences where an event is coded and recall over all sentences: {@code quadclass} (the event's
 * QuadClass is the label's), {@code class5} (the event's root falls in the label's group) and {@code polarity}
 * (cooperation or conflict, as the label); {@code coverage} counts, as its recall, the sentences with any asserted
 * coded event (its precision is always 1). Lines that are not {@code text <TAB> 0-4} are reported as file:line and the
 * run stops.
 */
public final class QuadClassEvaluation implements Evaluation {

    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** One labelled sentence. */
    record Labelled(String id, String text, int label) {

        int quadClass() {
            return QuadClassEvaluation.quadClass(label);
        }
    }

    @Override
    public String name() {
        return "quadclass";
    }

    @Override
    public ScoreTable run(Pipeline pipeline, Path gold) {
        List<Labelled> sentences = read(gold);
        Map<String, Labelled> byId = new HashMap<>();
        List<Document> documents = new ArrayList<>();
        for (Labelled s : sentences) {
            byId.put(s.id(), s);
            documents.add(Document.of(new Article(s.id(), "", s.text(), null, null, null, "en")));
        }
        ScoreTable.Builder table = new ScoreTable.Builder("Event kinds of " + sentences.size()
                + " labelled sentences in " + gold.getFileName());
        int coded = 0;
        int sameClass = 0;
        int sameGroup = 0;
        int samePolarity = 0;
        int failed = 0;
        try (Stream<Outcome> outcomes = pipeline.annotateAll(documents.stream(), THREADS)) {
            for (Outcome o : (Iterable<Outcome>) outcomes::iterator) {
                if (o instanceof Outcome.Failed f) {
                    failed++;
                    table.note("failed: " + f.id() + ": " + f.reason());
                    continue;
                }
                Document d = ((Outcome.Done) o).document();
                Optional<Event> e = mainEvent(d.events());
                if (e.isEmpty()) {
                    continue;
                }
                Labelled label = byId.get(d.id());
                int want = label.quadClass();
                int got = e.get().quadClass();
                coded++;
                sameClass += got == want ? 1 : 0;
                sameGroup += label(e.get().cameoRoot()) == label.label() ? 1 : 0;
                samePolarity += (got >= 3) == (want >= 3) ? 1 : 0;
            }
        }
        int all = sentences.size() - failed;
        table.add("quadclass", new Score(sameClass, coded, sameClass, all));
        table.add("class5", new Score(sameGroup, coded, sameGroup, all));
        table.add("polarity", new Score(samePolarity, coded, samePolarity, all));
        table.add("coverage", new Score(coded, coded, coded, all));
        table.note(coded + " of " + all + " sentences have a coded event");
        return table.build();
    }

    /**
     * The first asserted event in the text; a statement (01) yields to another asserted event of its sentence, which
     * is what was stated.
     */
    static Optional<Event> mainEvent(List<Event> events) {
        List<Event> asserted = events.stream().filter(e -> PetrarchEvaluation.ASSERTED.contains(e.status()))
                .sorted(Comparator.comparingInt(e -> e.evidence().span().start())).toList();
        if (asserted.isEmpty()) {
            return Optional.empty();
        }
        Event first = asserted.getFirst();
        if (first.cameoRoot().equals("01")) {
            return Optional.of(asserted.stream().filter(e -> !e.cameoRoot().equals("01")
                    && e.sentence() == first.sentence()).findFirst().orElse(first));
        }
        return Optional.of(first);
    }

    /** The label (0-4) of ConfliBERT's grouping that a CAMEO root ("01"-"20") falls in. */
    static int label(String root) {
        int r = Integer.parseInt(root);
        if (r < 1 || r > 20) {
            throw new IllegalArgumentException("CAMEO root " + root + " is not 01-20");
        }
        return r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    }

    /** The QuadClass a label stands for. */
    static int quadClass(int label) {
        return switch (label) {
            case 0, 1 -> 1;
            case 2 -> 2;
            case 3 -> 3;
            case 4 -> 4;
            default -> throw new IllegalArgumentException("label " + label + " is not 0-4");
        };
    }

    static List<Labelled> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        List<Labelled> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            String label = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (tab <= 0 || !label.matches("[0-4]")) {
                problems.add(file + ":" + (i + 1) + ": expected a sentence, a tab and a label 0-4");
                continue;
            }
            out.add(new Labelled("s" + (i + 1), line.substring(0, tab).strip(), Integer.parseInt(label)));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems.subList(0, Math.min(10, problems.size())))
                    + (problems.size() > 10 ? "\n... and " + (problems.size() - 10) + " more" : ""));
        }
        return out;
    }
}
