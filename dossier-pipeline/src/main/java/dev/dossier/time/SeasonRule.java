package dev.dossier.time;

import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A season without a year: "in the fall" {@code 2025-FA}, "last winter", "next spring". Seasons run spring
 * (March-May), summer, fall, winter (December-February, named by the year of its December); the year follows the
 * tense or shift word as for months.
 */
final class SeasonRule implements TimexRule {

    private static final List<String> ORDER = List.of("SP", "SU", "FA", "WI");

    @Override
    public String name() {
        return "season";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        Optional<String> season = c.first(Category.SEASON);
        if (season.isEmpty() || c.namesYear() || c.has(Category.MONTH)) {
            return Optional.empty();
        }
        LocalDate anchor = c.anchor();
        int month = anchor.getMonthValue();
        // January and February belong to the winter that began the December before
        int seasonYear = month <= 2 ? anchor.getYear() - 1 : anchor.getYear();
        int current = month <= 2 || month == 12 ? 3 : (month - 3) / 3;
        int target = ORDER.indexOf(season.get());
        int year = seasonYear + Instances.yearOffset(target, current, 4, c.tense(), c.shift());
        return Optional.of(Timex.ofSeason(year, season.get()));
    }
}
