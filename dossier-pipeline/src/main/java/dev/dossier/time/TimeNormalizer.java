package dev.dossier.time;

import dev.dossier.model.Document;
import dev.dossier.model.Layer;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import dev.dossier.model.Token;
import dev.dossier.pipeline.Annotator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves every temporal expression to a TIMEX3 value against the article's publication date, correcting what
 * CoreNLP's SUTime gets wrong (it anchors "on Sunday" and bare month names without regard to tense, gives decades as
 * {@code 198X}, and resolves "this month" or "the fall" inconsistently).
 *
 * <p>Needs: {@link Layer#TIMES} (expressions found by CoreNLP), {@link Layer#SENTENCES}, {@link Layer#TOKENS}; reads
 * {@link Layer#DEPENDENCIES} too when present, to find the governing verb's tense (else the nearest verb).
 * Adds: {@link Layer#TIMES} with the same expressions and corrected values.
 *
 * <p>Options: the rules, asked in order; the first that answers gives the value, and when none answers CoreNLP's
 * value stands. Default: {@link #defaultRules()} over the standard {@link TimeLexicon}. Articles without a
 * publication date keep CoreNLP's values.
 */
public final class TimeNormalizer implements Annotator {

    private final List<TimexRule> rules;
    private final TimeLexicon lexicon;

    public TimeNormalizer() {
        this(defaultRules(), TimeLexicon.standard());
    }

    public TimeNormalizer(List<TimexRule> rules, TimeLexicon lexicon) {
        this.rules = List.copyOf(rules);
        this.lexicon = lexicon;
    }

    /**
     * A year counted to an end date first ("the year ended March 31" is a duration), reporting periods ("the latest
     * quarter" looks like a duration to CoreNLP), single-word references ("recent"), durations (never anchored),
     * vague plurals, days, "ago", story-time references ("that year"), units, weekends, weekdays, holidays, months,
     * seasons, quarters, decades.
     */
    public static List<TimexRule> defaultRules() {
        return List.of(new EndedYearRule(), new ReportingPeriodRule(), new ReferenceRule(), new DurationRule(), new VaguePluralRule(),
                new DeicticDayRule(), new AgoRule(), new AnaphoricRule(), new RelativeUnitRule(), new WeekendRule(),
                new WeekdayRule(), new HolidayRule(), new MonthRule(), new SeasonRule(), new QuarterRule(),
                new DecadeRule(), new WrittenYearRule());
    }

    @Override
    public String name() {
        return "time-normalizer";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TIMES, Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.TIMES);
    }

    @Override
    public Map<String, String> configuration() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rules", rules.stream().map(TimexRule::name).collect(Collectors.joining(",")));
        return m;
    }

    @Override
    public Document annotate(Document document) {
        LocalDate anchor = document.article().published();
        if (anchor == null) {
            return document.withTimes(document.times());
        }
        TenseFinder tenses = new TenseFinder(document);
        List<TimeExpression> out = new ArrayList<>(document.times().size());
        List<TimeExpression> earlier = new ArrayList<>();
        for (TimeExpression t0 : splitPartOf(document, joinSplit(document, document.times()))) {
            TimeExpression t = withThat(document, withoutLater(document, t0, lexicon), lexicon);
            TemporalContext context = new TemporalContext(t, words(t.text()), before(document, t), after(document, t), anchor,
                    tenses.of(t.span()), lexicon, earlier);
            TimeExpression resolved = typed(t.withValue(resolve(context).map(v -> keepTimeOfDay(v, t.value()))
                    .orElse(t.value())));
            out.add(resolved);
            earlier.add(resolved);
        }
        return document.withTimes(out);
    }

    /**
     * CoreNLP splits one expression into two mentions when its words get different entity tags ("Friday" DATE,
     * "night" TIME; "Feb." and "10"), giving both halves the value of the whole, or leaving a modifier without
     * one ("fiscal" of "fiscal 1989"). Two expressions of the same sentence with only spaces between them are joined
     * back into one when they have the same value or the first is a lone adjective without one, so that the rules see "Friday night",
     * "Feb. 10" and "fiscal 1989".
     */
    static List<TimeExpression> joinSplit(Document document, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            TimeExpression last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean adjacent = last != null && last.sentence() == t.sentence() && t.value() != null
                    && last.span().end() <= t.span().start()
                    && document.text().substring(last.span().end(), t.span().start()).isBlank();
            if (adjacent && (last.value() == null ? isModifier(document, last) : last.value().equals(t.value()))) {
                Span joined = last.span().union(t.span());
                TimeExpression.Type type = t.value().value().contains("T") ? TimeExpression.Type.TIME : last.type();
                out.set(out.size() - 1, new TimeExpression(joined, document.text(joined), type, t.value(),
                        t.sentence()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * An expression whose value became a duration ("the year ended March 31" is {@code P1Y}) is typed as one; one
     * whose value became a reference ("recent", {@code PAST_REF}) is a date.
     */
    static TimeExpression typed(TimeExpression t) {
        if (t.value() == null) {
            return t;
        }
        String v = t.value().value();
        boolean reference = v.endsWith("_REF");
        boolean duration = v.startsWith("P") && !reference;
        if (duration && (t.type() == TimeExpression.Type.DATE || t.type() == TimeExpression.Type.TIME)) {
            return new TimeExpression(t.span(), t.text(), TimeExpression.Type.DURATION, t.value(), t.sentence());
        }
        if (reference && t.type() == TimeExpression.Type.DURATION) {
            return new TimeExpression(t.span(), t.text(), TimeExpression.Type.DATE, t.value(), t.sentence());
        }
        return t;
    }

    /**
     * "Three days later", "a few weeks later": TimeML takes "later" for a signal and the counted units before it for
     * a duration ({@code P3D}, {@code PXW}); CoreNLP counts a date from publication instead, which is wrong
     * whenever the story is not at publication time. The expression loses "later" and becomes a duration, whose
     * value the duration rule gives.
     */
    static TimeExpression withoutLater(Document document, TimeExpression t, TimeLexicon lexicon) {
        List<Token> tokens = document.tokensIn(t.span());
        if (tokens.size() < 3 || !tokens.get(tokens.size() - 1).text().equalsIgnoreCase("later")) {
            return t;
        }
        Token unit = tokens.get(tokens.size() - 2);
        Optional<String> unitName = lexicon.lookup(unit.text(), TimeLexicon.Category.UNIT);
        if (unitName.isEmpty() || unitName.get().equals("weekend")) {
            return t;
        }
        Span span = new Span(t.span().start(), unit.span().end());
        return new TimeExpression(span, document.text(span), TimeExpression.Type.DURATION, null, t.sentence());
    }

    /**
     * "That year", "that same day": CoreNLP often takes the unit alone for a duration ({@code P1Y}) and leaves the
     * demonstrative out, though the words name a date the story has reached. A lone singular unit right after
     * "that", "that same" or "the same" takes those words back and becomes a date, which the story-time rule
     * resolves from the last date named.
     */
    static TimeExpression withThat(Document document, TimeExpression t, TimeLexicon lexicon) {
        List<Token> inside = document.tokensIn(t.span());
        if (inside.size() != 1 || inside.get(0).index() == 0) {
            return t;
        }
        String unit = inside.get(0).text().toLowerCase(Locale.ROOT);
        if (lexicon.lookup(unit, TimeLexicon.Category.UNIT).filter(unit::equals).isEmpty() || unit.equals("weekend")) {
            return t;
        }
        int first = inside.get(0).index();
        Token previous = document.tokens().get(first - 1);
        if (previous.sentence() != inside.get(0).sentence()) {
            return t;
        }
        String p = previous.text().toLowerCase(Locale.ROOT);
        if (p.equals("same") && first >= 2 && document.tokens().get(first - 2).sentence() == previous.sentence()
                && Set.of("that", "the").contains(document.tokens().get(first - 2).text().toLowerCase(Locale.ROOT))) {
            first -= 2;
        } else if (p.equals("that")) {
            first -= 1;
        } else {
            return t;
        }
        Span span = new Span(document.tokens().get(first).span().start(), t.span().end());
        return new TimeExpression(span, document.text(span), TimeExpression.Type.DATE, null, t.sentence());
    }

    private static final Pattern PART_OF = Pattern.compile(
            "(?i)((?:the )?(?:first|last|past|latest) \\S+ (?:months|weeks|days)) of (\\S.*)");

    /**
     * "The first nine months of 1997": TimeML marks two expressions, the duration ("the first nine months",
     * {@code P9M}) and the date it lies in ("1997"); CoreNLP takes one with no value. Such an expression is split in
     * two at "of", each resolved by the rules.
     */
    static List<TimeExpression> splitPartOf(Document document, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            Matcher m = PART_OF.matcher(t.text());
            if (t.value() != null || !m.matches()) {
                out.add(t);
                continue;
            }
            Span left = new Span(t.span().start(), t.span().start() + m.end(1));
            Span right = new Span(t.span().start() + m.start(2), t.span().end());
            out.add(new TimeExpression(left, document.text(left), TimeExpression.Type.DURATION, null, t.sentence()));
            out.add(new TimeExpression(right, document.text(right), TimeExpression.Type.DATE, null, t.sentence()));
        }
        return out;
    }

    /** A lone adjective with no value of its own ("fiscal", "calendar"), which modifies what follows it. */
    private static boolean isModifier(Document document, TimeExpression t) {
        List<Token> tokens = document.tokensIn(t.span());
        return tokens.size() == 1 && tokens.get(0).pos().startsWith("JJ");
    }

    /** The value the first answering rule gives. */
    Optional<Timex> resolve(TemporalContext context) {
        for (TimexRule rule : rules) {
            Optional<Timex> v = rule.resolve(context);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /**
     * CoreNLP sees a clock time next to a weekday ("10 p.m. Wednesday") even when the expression's span holds only
     * the weekday; a day the rules found keeps that clock time. A part of the day CoreNLP took from outside the span
     * ("Wednesday" of "Wednesday night") is not kept: the rules add one only when the expression names it.
     */
    static Timex keepTimeOfDay(Timex resolved, Timex original) {
        if (original == null || resolved.day().isEmpty() || resolved.value().contains("T")) {
            return resolved;
        }
        int t = original.value().indexOf('T');
        boolean clock = t >= 0 && t + 1 < original.value().length() && Character.isDigit(original.value().charAt(t + 1));
        return clock ? Timex.of(resolved.value() + original.value().substring(t)) : resolved;
    }

    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s\\-–—,]+"))
                .map(TimeLexicon::normal).filter(w -> !w.isEmpty()).toList();
    }

    private static List<String> after(Document doc, TimeExpression t) {
        if (t.sentence() < 0 || t.sentence() >= doc.sentences().size()) {
            return List.of();
        }
        Sentence s = doc.sentences().get(t.sentence());
        List<String> out = new ArrayList<>();
        for (Token tok : doc.tokens(s)) {
            if (tok.span().start() >= t.span().end() && out.size() < 3) {
                out.add(TimeLexicon.normal(tok.text()));
            }
        }
        return out;
    }

    private static List<String> before(Document doc, TimeExpression t) {
        if (t.sentence() < 0 || t.sentence() >= doc.sentences().size()) {
            return List.of();
        }
        Sentence s = doc.sentences().get(t.sentence());
        List<String> out = new ArrayList<>();
        for (Token tok : doc.tokens(s)) {
            if (tok.span().start() >= t.span().start()) {
                break;
            }
            out.add(TimeLexicon.normal(tok.text()));
        }
        return out.subList(Math.max(0, out.size() - 3), out.size());
    }
}
