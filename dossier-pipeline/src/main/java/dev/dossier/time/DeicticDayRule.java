package dev.dossier.time;

import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Days named from the publication date: "today", "yesterday", "tomorrow", with a part of the day when one is given
 * ("yesterday morning" {@code 2025-11-15TMO}, "tonight" {@code 2025-11-16TNI}); and "this morning", "last night".
 */
final class DeicticDayRule implements TimexRule {

    @Override
    public String name() {
        return "deictic-day";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        Optional<String> part = c.first(Category.PART_OF_DAY);
        Optional<Integer> offset = c.firstNumber(Category.DAY_OFFSET);
        if (offset.isEmpty()) {
            if (part.isEmpty() || c.has(Category.WEEKDAY) || c.has(Category.MONTH) || c.namesYear()) {
                return Optional.empty();
            }
            Optional<Integer> shift = c.firstNumber(Category.SHIFT);
            if (shift.isEmpty()) {
                return Optional.empty();
            }
            // "this morning" is today's; "last night" the night before publication
            offset = Optional.of(shift.get() < 0 ? -1 : shift.get());
        }
        if (c.has(Category.WEEKDAY) || c.has(Category.MONTH) || c.namesYear() || c.has(Category.UNIT)) {
            return Optional.empty();
        }
        LocalDate day = c.anchor().plusDays(offset.get());
        return Optional.of(Timex.of(day + part.map(p -> "T" + p).orElse("")));
    }
}
