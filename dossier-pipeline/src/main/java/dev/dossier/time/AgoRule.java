package dev.dossier.time;

import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.util.Optional;
import java.util.Set;

/**
 * "Three years ago", "a month ago", "a year earlier" (news compares with the time of writing): the publication
 * date moved back by the count, at the precision of the unit
 * ({@code 2022}, {@code 2025-10}, {@code 2025-11-13}); weeks ago give a day. Without a count ("several years
 * ago", "a few months ago") the time is only known to be past: {@code PAST_REF}.
 */
final class AgoRule implements TimexRule {

    private static final Set<String> VAGUE = Set.of("few", "several", "many", "some");

    @Override
    public String name() {
        return "ago";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        if (!c.hasWord("ago") && !c.hasWord("earlier")) {
            return Optional.empty();
        }
        Optional<String> unit = c.first(Category.UNIT);
        if (unit.isPresent() && c.hasWord("ago") && c.words().stream().anyMatch(VAGUE::contains)) {
            // "several years ago", "a few months ago": some time before publication, no count to go back by
            return Optional.of(Timex.of("PAST_REF"));
        }
        Optional<Integer> n = Numbers.count(c);
        if (unit.isEmpty() || n.isEmpty()) {
            return Optional.empty();
        }
        // weeks ago name a day ("two weeks ago" is 14 days before), not an ISO week
        String precision = unit.get().equals("week") ? "day" : unit.get();
        int count = unit.get().equals("week") ? 7 * n.get() : n.get();
        return Optional.of(Periods.shift(c.anchor(), precision, -count));
    }
}
