package dev.dossier.time;

import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.util.Optional;
import java.util.Set;

/**
 * Plural units with no count are vague references: "recent years", "the past few months", "in recent weeks" are
 * {@code PAST_REF}; "the coming months" {@code FUTURE_REF}; "these days" {@code PRESENT_REF}. A count ("the past
 * three years") makes a duration, which this rule leaves alone, as it leaves what CoreNLP already typed as a duration
 * with a value ({@code PXY}: TimeML annotators use both readings). Otherwise an uncounted number of units CoreNLP gave
 * no value ("the next several days") is a duration ({@code PXD}).
 */
final class VaguePluralRule implements TimexRule {

    private static final Set<String> PAST = Set.of("recent", "past", "last", "previous");
    private static final Set<String> FUTURE = Set.of("coming", "future", "upcoming");

    private static final Set<String> VAGUE_COUNT = Set.of("few", "several", "many");

    @Override
    public String name() {
        return "vague-plural";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        Optional<String> unit = c.first(Category.UNIT);
        boolean plural = c.words().stream().anyMatch(w -> c.lexicon().is(w, Category.UNIT) && w.endsWith("s"));
        if (unit.isEmpty() || !plural || c.namesYear() || c.hasWord("ago")
                || c.words().stream().anyMatch(w -> w.matches("\\d+") || c.lexicon().is(w, Category.NUMBER)
                && !w.equals("a"))) {
            return Optional.empty();
        }
        if (c.hasWord("these")) {
            return Optional.of(Timex.of("PRESENT_REF"));
        }
        if (c.words().stream().anyMatch(PAST::contains)) {
            return Optional.of(Timex.of("PAST_REF"));
        }
        if (c.words().stream().anyMatch(FUTURE::contains)) {
            return Optional.of(Timex.of("FUTURE_REF"));
        }
        if (c.expression().value() == null && c.words().stream().anyMatch(VAGUE_COUNT::contains)) {
            // "the next several days": an uncounted number of units
            String u = unit.get();
            if (u.equals("year") || u.equals("month") || u.equals("week") || u.equals("day")) {
                return Optional.of(Timex.of("PX" + Character.toUpperCase(u.charAt(0))));
            }
        }
        return Optional.empty();
    }
}
