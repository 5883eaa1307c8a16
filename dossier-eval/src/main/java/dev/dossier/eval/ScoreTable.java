package dev.dossier.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Named scores of one evaluation run, in the order they were added, plus figures that are not a share (events per
 * 1,000 words) and free-form notes (misses, examples).
 *
 * @param title   what was evaluated ("TimeBank+AQUAINT, 256 documents")
 * @param scores  row name to score, e.g. {@code times.value}
 * @param figures name to a measured quantity that is not precision or recall, e.g. {@code events.per1000words}
 * @param notes   lines worth showing after the table
 */
public record ScoreTable(String title, Map<String, Score> scores, Map<String, Double> figures, List<String> notes) {

    public ScoreTable {
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        notes = List.copyOf(notes);
    }

    public ScoreTable(String title, Map<String, Score> scores, List<String> notes) {
        this(title, scores, Map.of(), notes);
    }

    public Score get(String row) {
        Score s = scores.get(row);
        if (s == null) {
            throw new IllegalArgumentException("No row '" + row + "' in " + title + "; rows: " + scores.keySet());
        }
        return s;
    }

    /** The table as text: one row per score with precision, recall, F1 and counts. */
    public String render() {
        StringBuilder b = new StringBuilder(title).append('\n');
        int width = Math.max(12, Math.max(scores.keySet().stream().mapToInt(String::length).max().orElse(0),
                figures.keySet().stream().mapToInt(String::length).max().orElse(0)));
        b.append(String.format(Locale.ROOT, "  %-" + width + "s %9s %9s %9s %11s %11s%n", "", "precision", "recall",
                "F1", "matched", "found"));
        scores.forEach((name, s) -> b.append(String.format(Locale.ROOT, "  %-" + width + "s %9.3f %9.3f %9.3f %5d/%-5d %5d/%-5d%n",
                name, s.precision(), s.recall(), s.f1(), s.matched(), s.extracted(), s.found(), s.gold())));
        figures.forEach((name, v) -> b.append(String.format(Locale.ROOT, "  %-" + width + "s %9.3f%n", name, v)));
        notes.forEach(n -> b.append("  ").append(n).append('\n'));
        return b.toString();
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final String title;
        private final Map<String, Score> scores = new LinkedHashMap<>();
        private final Map<String, Double> figures = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();

        public Builder(String title) {
            this.title = title;
        }

        /** Adds to a row, summing with what it already holds. */
        public Builder add(String row, Score score) {
            scores.merge(row, score, Score::plus);
            return this;
        }

        /** Sets a figure that is not a share, such as a rate per 1,000 words. */
        public Builder figure(String name, double value) {
            figures.put(name, value);
            return this;
        }

        public Builder note(String line) {
            notes.add(line);
            return this;
        }

        public ScoreTable build() {
            return new ScoreTable(title, scores, figures, notes);
        }
    }
}
