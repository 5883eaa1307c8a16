package dev.dossier.time;

import dev.dossier.model.Timex;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Centuries and decades: "the 20th century" {@code 19}; "the 1990s" {@code 199}; "the '80s" and "the 80s" take the latest century that does not put the
 * decade after publication ({@code 198} for an article of 2025).
 */
final class DecadeRule implements TimexRule {

    private static final Pattern FULL = Pattern.compile("(\\d{3})0'?s");
    private static final Pattern SHORT = Pattern.compile("'?(\\d)0'?s");

    @Override
    public String name() {
        return "decade";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        int centuryAt = c.words().indexOf("century");
        if (centuryAt > 0) {
            String ordinal = c.words().get(centuryAt - 1).replaceFirst("(st|nd|rd|th)$", "");
            Optional<Integer> n = ordinal.matches("\\d{1,2}") ? Optional.of(Integer.parseInt(ordinal))
                    : c.lexicon().number(ordinal, TimeLexicon.Category.ORDINAL);
            if (n.isPresent() && n.get() >= 2) {
                return Optional.of(Timex.of(String.format("%02d", n.get() - 1)));
            }
        }
        for (String w : c.words()) {
            Matcher full = FULL.matcher(w);
            if (full.matches()) {
                return Optional.of(Timex.of(full.group(1)));
            }
            Matcher shortForm = SHORT.matcher(w);
            if (shortForm.matches()) {
                int digit = Integer.parseInt(shortForm.group(1));
                int century = c.anchor().getYear() / 100;
                int decade = century * 10 + digit;
                if (decade > c.anchor().getYear() / 10) {
                    decade -= 10;
                }
                return Optional.of(Timex.of(Integer.toString(decade)));
            }
        }
        return Optional.empty();
    }
}
