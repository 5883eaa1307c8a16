package dev.dossier.time;

import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.util.Optional;

/**
 * Durations ("three years", "the past 24 hours") and sets ("every week") are not anchored: CoreNLP's value stands.
 * When it gave none, a duration of a number and a unit gets {@code P<n><unit>}.
 */
final class DurationRule implements TimexRule {

    @Override
    public String name() {
        return "duration";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        if (!c.isType(TimeExpression.Type.DURATION) && !c.isType(TimeExpression.Type.SET)) {
            return Optional.empty();
        }
        if (c.expression().value() != null || c.isType(TimeExpression.Type.SET)) {
            return Optional.ofNullable(c.expression().value());
        }
        Optional<String> unit = c.first(Category.UNIT);
        if (unit.isEmpty() || unit.get().equals("weekend")) {
            return Optional.empty();
        }
        int n = Numbers.count(c).orElse(1);
        String code = switch (unit.get()) {
            case "year" -> "Y";
            case "quarter" -> "Q";
            case "month" -> "M";
            case "week" -> "W";
            default -> "D";
        };
        return Optional.of(code.equals("Q") ? Timex.of("P" + 3 * n + "M") : Timex.of("P" + n + code));
    }
}
