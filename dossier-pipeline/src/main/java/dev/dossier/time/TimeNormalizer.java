package dev.dossier.time;

import dev.dossier.model.Document;
import dev.dossier.model.Layer;
import dev.dossier.model.Sentence;
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
     * Reporting periods first ("the latest quarter" looks like a duration to CoreNLP), durations (never anchored),
     * vague plurals and references, days, "ago", story-time references ("that year"), units, weekends, weekdays, holidays, months, seasons, quarters, decades.
     */
    public static List<TimexRule> defaultRules() {
        return List.of(new ReportingPeriodRule(), new DurationRule(), new VaguePluralRule(), new ReferenceRule(),
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
        for (TimeExpression t : document.times()) {
            TemporalContext context = new TemporalContext(t, words(t.text()), before(document, t), anchor,
                    tenses.of(t.span()), lexicon, earlier);
            TimeExpression resolved = t.withValue(resolve(context).map(v -> keepTimeOfDay(v, t.value()))
                    .orElse(t.value()));
            out.add(resolved);
            earlier.add(resolved);
        }
        return document.withTimes(out);
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
