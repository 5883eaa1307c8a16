package dev.dossier.time;

import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.util.Optional;

/**
 * "Three years ago", "a month ago": the publication date moved back by the count, at the precision of the unit
 * ({@code 2022}, {@code 2025-10}, {@code 2025-W44}, {@code 2025-11-13}).
 */
final class AgoRule implements TimexRule {

    @Override
    public String name() {
        return "ago";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        if (!c.hasWord("ago")) {
            return Optional.empty();
        }
        Optional<String> unit = c.first(Category.UNIT);
        Optional<Integer> n = Numbers.count(c);
        if (unit.isEmpty() || n.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Periods.shift(c.anchor(), unit.get(), -n.get()));
    }
}
