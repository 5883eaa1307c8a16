package dev.dossier.eval;

import dev.dossier.model.Span;
import dev.dossier.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * TimeML scores of one or more documents, counted the TempEval-3 way. Values are compared after
 * {@link TimexEquivalence#canonical}, which only identifies writings of the same value ({@code 2000-W7} and
 * {@code 2000-W07}, {@code P1Q} and {@code P3M}).
 *
 * @param strict       expressions whose span equals a gold span
 * @param relaxed      expressions whose span overlaps a gold span
 * @param value        expressions that overlap a gold expression with the same value (value F1)
 * @param overlapping  gold expressions overlapped by a found expression (each paired with the found expression
 *                     that overlaps it most)
 * @param valueCorrect of those pairs, how many carry the gold value
 * @param mistakes     the pairs whose value differs, for reports
 */
public record TimeMlScore(Score strict, Score relaxed, Score value, int overlapping, int valueCorrect,
                          List<Mistake> mistakes) {

    /**
     * A found expression that overlaps a gold one but has another value.
     *
     * @param document document id
     * @param goldText the gold expression's text
     * @param gold     the gold value
     * @param found    the value found (empty when none)
     * @param context  the found expression's text
     */
    public record Mistake(String document, String goldText, String gold, String found, String context) {
        @Override
        public String toString() {
            return document + ": '" + goldText + "' gold " + gold + ", found '" + context + "' = "
                    + (found.isEmpty() ? "(none)" : found);
        }
    }

    public static final TimeMlScore ZERO = new TimeMlScore(Score.ZERO, Score.ZERO, Score.ZERO, 0, 0, List.of());

    public TimeMlScore {
        mistakes = List.copyOf(mistakes);
    }

    /** Scores what the pipeline found in one document against its gold expressions. */
    public static TimeMlScore of(TimeMlDocument gold, List<TimeExpression> found) {
        List<TimeMlDocument.GoldTimex> expected = gold.gold();
        Score strict = count(found, expected, (f, g) -> f.span().equals(g.span()));
        Score relaxed = count(found, expected, (f, g) -> f.span().overlaps(g.span()));
        Score value = count(found, expected,
                (f, g) -> f.span().overlaps(g.span()) && TimexEquivalence.same(valueOf(f), g.value()));
        int overlapping = 0;
        int correct = 0;
        List<Mistake> mistakes = new ArrayList<>();
        for (TimeMlDocument.GoldTimex g : expected) {
            TimeExpression best = null;
            int bestOverlap = 0;
            for (TimeExpression f : found) {
                int overlap = overlap(f.span(), g.span());
                if (overlap > bestOverlap) {
                    best = f;
                    bestOverlap = overlap;
                }
            }
            if (best == null) {
                continue;
            }
            overlapping++;
            if (TimexEquivalence.same(valueOf(best), g.value())) {
                correct++;
            } else {
                mistakes.add(new Mistake(gold.id(), g.span().of(gold.text()), g.value(), valueOf(best), best.text()));
            }
        }
        return new TimeMlScore(strict, relaxed, value, overlapping, correct, mistakes);
    }

    /** All gold expressions missed, for a document the pipeline could not annotate. */
    public static TimeMlScore missed(TimeMlDocument gold) {
        return of(gold, List.of());
    }

    public TimeMlScore plus(TimeMlScore o) {
        List<Mistake> all = new ArrayList<>(mistakes);
        all.addAll(o.mistakes);
        return new TimeMlScore(strict.plus(o.strict), relaxed.plus(o.relaxed), value.plus(o.value),
                overlapping + o.overlapping, valueCorrect + o.valueCorrect, all);
    }

    /** Correct values among the found expressions that overlap a gold one. */
    public double valueAccuracy() {
        return overlapping == 0 ? 0 : (double) valueCorrect / overlapping;
    }

    private static String valueOf(TimeExpression t) {
        return t.value() == null ? "" : t.value().value();
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    private static Score count(List<TimeExpression> found, List<TimeMlDocument.GoldTimex> gold,
                               BiPredicate<TimeExpression, TimeMlDocument.GoldTimex> match) {
        int matched = (int) found.stream().filter(f -> gold.stream().anyMatch(g -> match.test(f, g))).count();
        int hit = (int) gold.stream().filter(g -> found.stream().anyMatch(f -> match.test(f, g))).count();
        return new Score(matched, found.size(), hit, gold.size());
    }
}
