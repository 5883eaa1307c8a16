package dev.dossier.time;

import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import dev.dossier.time.TimeLexicon.Category;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a {@link TimexRule} sees of one temporal expression: its words, the words just before it in the sentence,
 * the publication date it is anchored to and the tense of its clause.
 *
 * @param expression the expression as found (with the value CoreNLP gave it)
 * @param words      its words, lower case, abbreviation periods dropped, hyphenated words split ("mid-august" is
 *                   "mid", "august")
 * @param before     up to three words before it in the same sentence, nearest last
 * @param after      up to three words after it in the same sentence, nearest first
 * @param anchor     the publication date
 * @param tense      the tense of the governing verb
 * @param lexicon    the time vocabulary
 * @param earlier    the expressions before this one in the document with the values already given to them: the
 *                   discourse that "the quarter" or "a year earlier" refers back to
 */
public record TemporalContext(TimeExpression expression, List<String> words, List<String> before, List<String> after,
                              LocalDate anchor,
                              Tense tense, TimeLexicon lexicon, List<TimeExpression> earlier) {

    private static final Pattern YEAR = Pattern.compile("(1[0-9]|20)\\d\\d|'\\d\\d|\\d{4}s|'\\d0s|\\d0s");
    /** Words that only a year spelled out contains ("nineteen ninety-four", "two thousand one"). */
    private static final Set<String> SPELLED_YEAR = Set.of("nineteen", "thousand", "eighteen");
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("(1[0-9]|20)\\d\\d");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public TemporalContext {
        words = List.copyOf(words);
        before = List.copyOf(before);
        after = List.copyOf(after);
        earlier = List.copyOf(earlier);
    }

    /**
     * The last quarter named before this expression ({@code 2025-Q3}), if any; quarters reached by counting back
     * ("a year earlier") are not named and do not count.
     */
    public Optional<Timex> lastQuarter() {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            TimeExpression e = earlier.get(i);
            String text = e.text().toLowerCase(Locale.ROOT);
            if (e.value() != null && QUARTER.matcher(e.value().value()).matches()
                    && !text.contains("ago") && !text.contains("earlier") && !text.contains("last year")) {
                return Optional.of(e.value());
            }
        }
        return Optional.empty();
    }

    /** The four-digit year written in the expression, if any. */
    public Optional<Integer> writtenYear() {
        return words.stream().filter(w -> FOUR_DIGIT_YEAR.matcher(w).matches()).findFirst().map(Integer::parseInt);
    }

    /** The first word of a category, with its value. */
    public Optional<String> first(Category category) {
        return words.stream().map(w -> lexicon.lookup(w, category)).flatMap(Optional::stream).findFirst();
    }

    public Optional<Integer> firstNumber(Category category) {
        return first(category).map(v -> Integer.parseInt(v.startsWith("+") ? v.substring(1) : v));
    }

    public boolean has(Category category) {
        return words.stream().anyMatch(w -> lexicon.is(w, category));
    }

    public boolean hasWord(String word) {
        return words.contains(word);
    }

    /** True when the expression names a year ("1998", "'98") or a decade, so it needs no year from the anchor. */
    public boolean namesYear() {
        return words.stream().anyMatch(w -> YEAR.matcher(w).matches() || SPELLED_YEAR.contains(w));
    }

    /** A day of the month written in digits ("5", "5th"), if the expression has one. */
    public Optional<Integer> dayOfMonth() {
        Optional<Integer> spelled = firstNumber(Category.ORDINAL).filter(d -> has(Category.MONTH));
        if (spelled.isPresent()) {
            return spelled;
        }
        for (String w : words) {
            String d = w.replaceFirst("(st|nd|rd|th)$", "");
            if (DIGITS.matcher(d).matches() && d.length() <= 2) {
                int v = Integer.parseInt(d);
                if (v >= 1 && v <= 31) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    /** The shift word ("last" -1, "this" 0, "next" +1) in the expression or just before it. */
    public Optional<Integer> shift() {
        Optional<Integer> inside = firstNumber(Category.SHIFT);
        if (inside.isPresent()) {
            return inside;
        }
        return before.isEmpty() ? Optional.empty() : lexicon.number(before.get(before.size() - 1), Category.SHIFT);
    }

    public boolean isType(TimeExpression.Type type) {
        return expression.type() == type;
    }
}
