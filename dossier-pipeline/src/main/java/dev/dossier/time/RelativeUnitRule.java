package dev.dossier.time;

import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.util.List;
import java.util.Optional;

/**
 * A calendar unit with a shift word: "last month" {@code 2025-10}, "this year" {@code 2025}, "next week"
 * {@code 2025-W47}, "this weekend", "last quarter", and "earlier this year". Plural units ("the past few months")
 * are durations or vague and are left alone, as are expressions that also name a month, weekday, season or year.
 */
final class RelativeUnitRule implements TimexRule {

    @Override
    public String name() {
        return "relative-unit";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        if (!c.isType(TimeExpression.Type.DATE) || c.has(Category.MONTH) || c.has(Category.WEEKDAY)
                || c.has(Category.SEASON) || c.has(Category.DAY_OFFSET) || c.has(Category.ORDINAL) || c.namesYear()
                || Numbers.count(c).isPresent() || c.hasWord("ago")) {
            return Optional.empty();
        }
        Optional<String> unit = c.first(Category.UNIT);
        Optional<Integer> shift = c.firstNumber(Category.SHIFT);
        if (shift.isEmpty() && c.expression().value() == null && c.words().equals(List.of("the", "year"))) {
            // "(the first nine months of) the year": the current one, as CoreNLP reads "the year" standing alone
            shift = Optional.of(0);
        }
        if (unit.isEmpty() || shift.isEmpty() || isPlural(c, unit.get())) {
            return Optional.empty();
        }
        return Optional.of(Periods.shift(c.anchor(), unit.get(), shift.get()));
    }

    private static boolean isPlural(TemporalContext c, String unit) {
        return c.words().stream().anyMatch(w -> c.lexicon().lookup(w, Category.UNIT).filter(unit::equals).isPresent()
                && w.endsWith("s") && !w.equals(unit));
    }
}
