package dev.dossier.time;

import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;

/**
 * "The weekend" or "over the weekend" without a shift word: the weekend on or before publication for a past verb,
 * the next one for a future verb, the nearest otherwise ({@code 2025-W46-WE}). "Last/this/next weekend" are
 * {@link RelativeUnitRule}'s.
 */
final class WeekendRule implements TimexRule {

    @Override
    public String name() {
        return "weekend";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        if (!c.hasWord("weekend") || c.firstNumber(Category.SHIFT).isPresent() || c.has(Category.WEEKDAY)
                || c.has(Category.MONTH) || c.namesYear() || Numbers.count(c).isPresent()) {
            return Optional.empty();
        }
        LocalDate saturday = Instances.weekday(c.anchor(), DayOfWeek.SATURDAY, c.tense(), Optional.empty());
        if (c.anchor().getDayOfWeek() == DayOfWeek.SUNDAY && c.tense() != Tense.FUTURE) {
            saturday = c.anchor().minusDays(1);
        }
        return Optional.of(Timex.of(String.format("%04d-W%02d-WE", saturday.get(IsoFields.WEEK_BASED_YEAR),
                saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))));
    }
}
