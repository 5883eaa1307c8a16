package dev.dossier.time;

import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.util.Optional;
import java.util.Set;

/**
 * Plural units with no count are vague references: "recent years", "the past few months", "in recent weeks" are
 * {@code PAST_REF}; "the coming months" {@code FUTURE_REF}; "these days" {@code PRESENT_REF}. A count ("the past
 * three years") makes a duration, which this rule leaves alone, as it leaves what CoreNLP already typed as a duration
 * with a value ({@code PXY}: TimeML annotators use both readings).
 */
final class VaguePluralRule implements TimexRule {

    private static final Set<String> PAST = Set.of("recent", "past", "last", "previous");
    private static final Set<String> FUTURE = Set.of("coming", "future", "upcoming");

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
        return Optional.empty();
    }
}
