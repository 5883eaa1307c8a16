package dev.dossier.time;

import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Vague references to the present, past or future: "now", "currently", "recently", "the past", "the future" get
 * {@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}. Only when the expression is that word alone (with an
 * article or "the"), so "now" in "now in its third year" is left to the other rules.
 */
final class ReferenceRule implements TimexRule {

    private static final Set<String> FILLERS = Set.of("the", "a", "right", "until", "in", "near", "very", "more",
            "most", "only", "just", "for", "at");

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        List<String> core = c.words().stream().filter(w -> !FILLERS.contains(w)).toList();
        if (core.size() != 1 || c.isType(TimeExpression.Type.SET)) {
            return Optional.empty();
        }
        return c.lexicon().lookup(core.get(0), Category.REFERENCE).map(Timex::of);
    }
}
