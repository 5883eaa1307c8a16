package dev.dossier.time;

import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Durations ("three years", "the past 24 hours") and sets ("every week") are not anchored: CoreNLP's value stands.
 * When it gave none, a duration of a number and a unit gets {@code P<n><unit>}, and one of "a few" or "several"
 * units {@code PX<unit>}.
 */
final class DurationRule implements TimexRule {

    /** Words that count units without a number: "a few days" is {@code PXD}. */
    private static final Set<String> VAGUE_COUNT = Set.of("few", "several", "some", "many");

    private static String code(String unit) {
        return switch (unit) {
            case "year" -> "Y";
            case "quarter" -> "Q";
            case "month" -> "M";
            case "week" -> "W";
            default -> "D";
        };
    }

    /**
     * Corrects two vague durations CoreNLP gives: units it leaves uncounted because the count stands outside the
     * expression ("20 more years", "two more weeks": {@code P20Y}, {@code P2W}), and centuries and decades, which
     * TIMEX3 counts in their own units ({@code PXC}, {@code PXE}, not {@code PXY}).
     */
    private static Timex refine(TemporalContext c, Timex value) {
        String v = value.value();
        if (!v.matches("PX[YMWD]")) {
            return value;
        }
        List<String> before = c.before();
        if (before.size() >= 2 && before.get(before.size() - 1).equals("more")) {
            String n = before.get(before.size() - 2);
            Optional<Integer> count = n.matches("\\d{1,4}") ? Optional.of(Integer.parseInt(n))
                    : c.lexicon().number(n, Category.NUMBER).filter(x -> x > 1);
            if (count.isPresent() && c.words().size() == 1) {
                return Timex.of("P" + count.get() + v.substring(2));
            }
        }
        if (v.equals("PXY") && c.hasWord("centuries")) {
            return Timex.of("PXC");
        }
        if (v.equals("PXY") && c.hasWord("decades")) {
            return Timex.of("PXE");
        }
        return value;
    }

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
            return Optional.ofNullable(c.expression().value()).map(v -> refine(c, v));
        }
        Optional<String> unit = c.first(Category.UNIT);
        if (unit.isEmpty() || unit.get().equals("weekend")) {
            return Optional.empty();
        }
        if (c.words().stream().anyMatch(VAGUE_COUNT::contains)) {
            return Optional.of(Timex.of("PX" + code(unit.get()).replace("Q", "M")));
        }
        int n = Numbers.count(c).orElse(1);
        String code = code(unit.get());
        return Optional.of(code.equals("Q") ? Timex.of("P" + 3 * n + "M") : Timex.of("P" + n + code));
    }
}
