package dev.dossier.time;

import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A quarter or half year by its ordinal without a year: "the third quarter" {@code 2025-Q3}, "the first half"
 * {@code 2025-H1}, "this year's third quarter", "the year-ago third quarter" {@code 2024-Q3}. Without a stated
 * year it follows the tense as for months (calendar quarters; a company's fiscal year is not
 * known here).
 */
final class QuarterRule implements TimexRule {

    @Override
    public String name() {
        return "quarter";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        Optional<Integer> ordinal = c.firstNumber(Category.ORDINAL);
        boolean quarter = c.hasWord("quarter");
        boolean half = c.hasWord("half");
        if (ordinal.isEmpty() || quarter == half || c.namesYear() || ordinal.get() > (quarter ? 4 : 2)) {
            return Optional.empty();
        }
        LocalDate anchor = c.anchor();
        int size = quarter ? 4 : 2;
        int current = (anchor.getMonthValue() - 1) / (12 / size);
        // results are reported after a quarter ends: "will report for the third quarter" in October is the one just
        // ended, so a future verb picks the nearest quarter, not the next one after publication
        Tense tense = c.tense() == Tense.FUTURE ? Tense.PRESENT : c.tense();
        int year = anchor.getYear() + yearOf(c).orElseGet(
                () -> Instances.yearOffset(ordinal.get() - 1, current, size, tense, c.shift()));
        return Optional.of(Timex.of(String.format("%04d-%s%d", year, quarter ? "Q" : "H", ordinal.get())));
    }

    /** The year offset the expression states: "this year's" 0, "last year's" -1, "the year-ago" -1. */
    private static Optional<Integer> yearOf(TemporalContext c) {
        // CoreNLP often leaves "the year-ago" out of "the year-ago third quarter"
        List<String> before = c.before();
        if (before.size() >= 2 && before.get(before.size() - 1).matches("ago|earlier")
                && before.subList(0, before.size() - 1).contains("year")) {
            return Optional.of(-1);
        }
        boolean year = c.words().stream().anyMatch(w -> w.equals("year") || w.equals("year's"));
        if (year && (c.hasWord("ago") || c.hasWord("earlier"))) {
            return Optional.of(-1);
        }
        return year ? c.firstNumber(Category.SHIFT) : Optional.empty();
    }
}
