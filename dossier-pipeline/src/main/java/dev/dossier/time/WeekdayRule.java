package dev.dossier.time;

import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A weekday without a date: "on Sunday" is the nearest Sunday in the direction of the governing verb's tense (past:
 * on or before publication; future: after it; present: the nearest), "last Sunday" the one before publication,
 * "next Sunday" the one after. A part of the day is kept ("Sunday night" {@code 2025-11-16TNI}). A plural
 * ("Tuesday nights", "Mondays") recurs: {@code XXXX-WXX-2TNI}.
 */
final class WeekdayRule implements TimexRule {

    @Override
    public String name() {
        return "weekday";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        Optional<Integer> weekday = c.firstNumber(Category.WEEKDAY);
        if (weekday.isEmpty() || c.has(Category.MONTH) || c.namesYear() || c.has(Category.UNIT)) {
            return Optional.empty();
        }
        if (recurring(c)) {
            // "Tuesday nights", "Mondays": every such day, a set
            Optional<String> part = c.words().stream()
                    .map(w -> c.lexicon().lookup(w.endsWith("s") ? w.substring(0, w.length() - 1) : w,
                            Category.PART_OF_DAY))
                    .flatMap(Optional::stream).findFirst();
            return Optional.of(Timex.of("XXXX-WXX-" + weekday.get() + part.map(p -> "T" + p).orElse("")));
        }
        LocalDate day = Instances.weekday(c.anchor(), DayOfWeek.of(weekday.get()), c.tense(), c.shift());
        return Optional.of(Timex.of(day + c.first(Category.PART_OF_DAY).map(p -> "T" + p).orElse("")));
    }

    /** A plural weekday or part of the day ("Mondays", "Tuesday nights") names a recurring time. */
    private static boolean recurring(TemporalContext c) {
        return c.words().stream().anyMatch(w -> w.endsWith("s") && !w.equals("tues") && !w.equals("thurs")
                && (c.lexicon().is(w.substring(0, w.length() - 1), Category.WEEKDAY)
                || c.lexicon().is(w.substring(0, w.length() - 1), Category.PART_OF_DAY)));
    }
}
