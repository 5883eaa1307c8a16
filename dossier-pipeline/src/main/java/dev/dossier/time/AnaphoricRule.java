package dev.dossier.time;

import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.Set;

/**
 * Expressions that count from the time the story is at rather than from publication: "that year", "that day", "the
 * following month", "the next day", "the previous Friday", "the day before". They take the last date resolved before
 * them in the article (a day for day units, a month or a year for the others) and move from it; with none they are
 * left to CoreNLP.
 */
final class AnaphoricRule implements TimexRule {

    private static final Set<String> THAT = Set.of("that", "same");
    private static final Set<String> FOLLOWING = Set.of("following", "next", "after");
    private static final Set<String> PREVIOUS = Set.of("previous", "preceding", "before", "prior");

    @Override
    public String name() {
        return "anaphoric";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        if (!c.isType(TimeExpression.Type.DATE) || c.namesYear() || c.has(Category.MONTH)
                || Numbers.count(c).filter(n -> n > 1).isPresent() || c.hasWord("ago")
                || c.has(Category.WEEKDAY) && (c.hasWord("last") || c.hasWord("this"))) {
            return Optional.empty();
        }
        int direction;
        if (c.words().stream().anyMatch(THAT::contains)) {
            direction = 0;
        } else if (c.hasWord("the") && c.words().stream().anyMatch(FOLLOWING::contains)) {
            direction = 1;
        } else if (c.hasWord("the") && c.words().stream().anyMatch(PREVIOUS::contains)) {
            direction = -1;
        } else {
            return Optional.empty();
        }
        Optional<LocalDate> reference = reference(c);
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        LocalDate ref = reference.get();
        Optional<Integer> weekday = c.firstNumber(Category.WEEKDAY);
        if (weekday.isPresent() && direction != 0) {
            DayOfWeek day = DayOfWeek.of(weekday.get());
            return Optional.of(Timex.of(direction < 0 ? ref.with(TemporalAdjusters.previous(day))
                    : ref.with(TemporalAdjusters.next(day))));
        }
        Optional<String> unit = c.first(Category.UNIT);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        return switch (unit.get()) {
            case "year" -> Optional.of(Timex.ofYear(ref.getYear() + direction));
            case "month" -> Optional.of(Timex.of(YearMonth.from(ref).plusMonths(direction)));
            case "day" -> dayPrecision(c) ? Optional.of(Timex.of(ref.plusDays(direction))) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The start of the anchor, the last period named before, when the discourse has one. */
    private static Optional<LocalDate> reference(TemporalContext c) {
        return anchor(c).flatMap(Timex::startDay);
    }

    /** A day can only be counted from a reference that names a day. */
    private static boolean dayPrecision(TemporalContext c) {
        return anchor(c).map(v -> v.day().isPresent() || v.value().matches("\\d{4}-\\d{2}-\\d{2}T.*")).orElse(false);
    }

    /**
     * The last anchored date resolved before the expression: the event just mentioned, not publication. It is
     * looked for however far back it lies: on TimeBank and AQUAINT, limiting it to the same or the previous sentence
     * loses more than it gains ("The following month" three sentences after "in March").
     */
    private static Optional<Timex> anchor(TemporalContext c) {
        for (int i = c.earlier().size() - 1; i >= 0; i--) {
            TimeExpression e = c.earlier().get(i);
            if (e.value() != null && e.value().isAnchoredDate()) {
                return Optional.of(e.value());
            }
        }
        return Optional.empty();
    }
}
