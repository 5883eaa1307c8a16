package dev.dossier.time;

import dev.dossier.model.Timex;

import java.util.Optional;

/**
 * The last resort for an expression CoreNLP gave no usable value but that writes a year: "fiscal 1989" is
 * {@code 1989}.
 */
final class WrittenYearRule implements TimexRule {

    @Override
    public String name() {
        return "written-year";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        if (c.expression().value() != null) {
            return Optional.empty();
        }
        return c.writtenYear().map(Timex::ofYear);
    }
}
