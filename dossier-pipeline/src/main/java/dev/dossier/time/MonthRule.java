package dev.dossier.time;

import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A month, or a day of a month, without a year: "in August", "Earlier in November", "Aug. 5". The year is the one
 * that puts it in the direction of the tense: for a past verb the latest such month on or before publication, for a
 * future verb the first on or after it, otherwise the nearest; "last August" and "next August" are strictly before
 * and after. A weekday given with the date ("Monday, Oct. 26") picks the year in which the date falls on it.
 */
final class MonthRule implements TimexRule {

    @Override
    public String name() {
        return "month";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        Optional<Integer> month = c.firstNumber(Category.MONTH);
        if (month.isEmpty() || c.namesYear() || c.has(Category.UNIT) || c.has(Category.SEASON)) {
            return Optional.empty();
        }
        Optional<Integer> day = c.dayOfMonth();
        LocalDate anchor = c.anchor();
        Optional<Integer> weekday = c.firstNumber(Category.WEEKDAY);
        if (day.isPresent() && weekday.isPresent()) {
            Optional<LocalDate> agreeing = yearOfWeekday(anchor, month.get(), day.get(), weekday.get());
            if (agreeing.isPresent()) {
                return Optional.of(Timex.of(agreeing.get()));
            }
        }
        // a position in the year that orders days within months: month * 32 + day
        int target = month.get() * 32 + day.orElse(0);
        int current = anchor.getMonthValue() * 32 + (day.isPresent() ? anchor.getDayOfMonth() : 0);
        int year = anchor.getYear() + Instances.yearOffset(target, current, 13 * 32, c.tense(), c.shift());
        YearMonth ym = YearMonth.of(year, month.get());
        if (day.isPresent() && day.get() <= ym.lengthOfMonth()) {
            return Optional.of(Timex.of(ym.atDay(day.get())));
        }
        return Optional.of(Timex.of(ym));
    }

    /** "Monday, Oct. 26": of the years around publication, the one in which that day is that weekday. */
    private static Optional<LocalDate> yearOfWeekday(LocalDate anchor, int month, int day, int weekday) {
        LocalDate best = null;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            YearMonth ym = YearMonth.of(year, month);
            if (day > ym.lengthOfMonth()) {
                continue;
            }
            LocalDate d = ym.atDay(day);
            if (d.getDayOfWeek().getValue() == weekday && (best == null
                    || Math.abs(d.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay()))) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
