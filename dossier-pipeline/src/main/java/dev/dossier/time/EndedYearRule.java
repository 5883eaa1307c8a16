package dev.dossier.time;

import dev.dossier.model.Timex;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A year counted to a named end ("the year ended March 31", "the fiscal year ending June 30"): twelve months that
 * need not be a calendar year, so TimeML marks "the year" as the duration {@code P1Y}, anchored by the end date that
 * follows it, not as a year value.
 */
final class EndedYearRule implements TimexRule {

    private static final Set<String> ENDED = Set.of("ended", "ending", "ends", "end");
    private static final Set<String> ALLOWED = Set.of("the", "fiscal", "year", "its", "their", "financial");

    @Override
    public String name() {
        return "ended-year";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        List<String> words = c.words();
        if (!words.contains("year") || !ALLOWED.containsAll(words) || c.after().isEmpty()
                || !ENDED.contains(c.after().get(0))) {
            return Optional.empty();
        }
        return Optional.of(Timex.of("P1Y"));
    }
}
