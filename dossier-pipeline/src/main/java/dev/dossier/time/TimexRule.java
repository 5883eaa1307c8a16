package dev.dossier.time;

import dev.dossier.model.Timex;

import java.util.Optional;

/**
 * One way of resolving a kind of temporal expression ("last month", "on Sunday", "in the fall") against the
 * publication date. A rule answers only for expressions of its kind; {@link TimeNormalizer} asks its rules in order
 * and keeps CoreNLP's value when none answers.
 */
public interface TimexRule {

    /** A short name for reports. */
    String name();

    /** The value of the expression, or empty when this rule does not apply to it. */
    Optional<Timex> resolve(TemporalContext context);
}
