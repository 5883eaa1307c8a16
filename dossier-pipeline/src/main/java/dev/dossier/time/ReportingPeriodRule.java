package dev.dossier.time;

import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.util.Optional;

/**
 * The reporting period of business news: once an article has named a quarter ("the third quarter"), "the quarter",
 * "the latest quarter" and "the period" mean that quarter, and "a year ago", "a year earlier", "the year-ago
 * quarter", "last year's quarter" the same quarter a year before; "the 1988 period" is that quarter of 1988.
 * "The latest quarter" is the last one completed before publication. When the sentence compares a period of
 * months ("for the nine months, ... a year earlier"), "a year earlier" is the year before, not the quarter.
 */
final class ReportingPeriodRule implements TimexRule {

    @Override
    public String name() {
        return "reporting-period";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        boolean period = c.hasWord("quarter") || c.hasWord("period");
        if (c.has(Category.ORDINAL) || c.has(Category.MONTH) || c.has(Category.WEEKDAY) || c.has(Category.SEASON)) {
            return Optional.empty();
        }
        Optional<Timex> reference = c.lastQuarter();
        boolean yearBack = c.hasWord("ago") || c.hasWord("earlier") || yearShift(c) < 0;
        if (c.isType(TimeExpression.Type.SET) || period && (Numbers.count(c).isPresent() || c.hasWord("quarters")
                || c.hasWord("periods"))) {
            return Optional.empty();
        }
        if (period) {
            if (latest(c) && c.hasWord("quarter")) {
                return Optional.of(Periods.shift(c.anchor(), "quarter", -1));
            }
            if (reference.isEmpty()) {
                return Optional.empty();
            }
            String quarter = reference.get().value().substring(5);
            int year = Integer.parseInt(reference.get().value().substring(0, 4));
            Optional<Integer> written = c.writtenYear();
            if (written.isPresent()) {
                return Optional.of(Timex.of(String.format("%04d-%s", written.get(), quarter)));
            }
            return Optional.of(Timex.of(String.format("%04d-%s", yearBack ? year - 1 : year, quarter)));
        }
        // "a year ago", "a year earlier" in a report on a quarter
        boolean oneYear = c.first(Category.UNIT).filter("year"::equals).isPresent()
                && Numbers.count(c).filter(n -> n == 1).isPresent() && yearBack;
        if (oneYear && reference.isPresent() && !c.namesYear()) {
            int year = Integer.parseInt(reference.get().value().substring(0, 4));
            if (monthsPeriodInSentence(c)) {
                // "for the nine months, ... a year earlier": the period compared is the months, not the quarter
                return Optional.of(Timex.ofYear(year - 1));
            }
            return Optional.of(Timex.of(String.format("%04d-%s", year - 1, reference.get().value().substring(5))));
        }
        return Optional.empty();
    }

    /** True when the sentence has named a period of months before the expression ("the nine months"). */
    private static boolean monthsPeriodInSentence(TemporalContext c) {
        return c.earlier().stream().anyMatch(e -> e.sentence() == c.expression().sentence() && e.value() != null
                && e.value().value().matches("P\\d+M"));
    }

    private static boolean latest(TemporalContext c) {
        return c.hasWord("latest") || c.hasWord("recent") || c.hasWord("last") && c.hasWord("the");
    }

    /** -1 for "last year's", "year-ago"; 0 otherwise. */
    private static int yearShift(TemporalContext c) {
        int i = c.words().indexOf("year's");
        if (i < 0) {
            i = c.words().indexOf("year");
        }
        if (i > 0) {
            return c.lexicon().number(c.words().get(i - 1), Category.SHIFT).orElse(0);
        }
        return 0;
    }
}
