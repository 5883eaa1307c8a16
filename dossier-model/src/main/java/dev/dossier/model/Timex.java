package dev.dossier.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3 value: the normalised meaning of a temporal expression, at the precision the text gives.
 * {@code 2025-08} (a month), {@code 2025-11-16} (a day), {@code 2025-FA} (autumn), {@code 2025-W46} (a week),
 * {@code 2025-Q3}, {@code 2025} (a year), {@code 199} (a decade), {@code P3M} (a duration),
 * {@code PRESENT_REF}/{@code PAST_REF}/{@code FUTURE_REF}, and {@code XXXX-08} when the year is not known.
 *
 * @param value the TIMEX3 value string; checked against the grammar on construction
 */
public record Timex(String value) implements Comparable<Timex> {

    private static final Pattern DATE = Pattern.compile(
            "(?<year>\\d{4}|X{4}|\\d{2,3})"
                    + "(?:-(?<month>\\d{2}|XX)(?:-(?<day>\\d{2}|XX))?"
                    + "|-W(?<week>\\d{2}|XX)(?:-(?<wd>\\d|WE))?"
                    + "|-(?<season>SP|SU|FA|WI)"
                    + "|-(?<quarter>Q[1-4]|H[12]))?"
                    + "(?:T(?<time>\\d{2}(?::\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?|MO|AF|EV|NI|DT))?");
    private static final Pattern DURATION = Pattern.compile(
            "P(?:(?:\\d+(?:\\.\\d+)?|X)[YMWDLCE]|T(?:(?:\\d+(?:\\.\\d+)?|X)[HMS])+)+|PT?X+[YMWDHS]?");
    private static final Pattern REF = Pattern.compile("PRESENT_REF|PAST_REF|FUTURE_REF");

    public Timex {
        Objects.requireNonNull(value, "timex value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a TIMEX3 value: '" + value + "'");
        }
    }

    public static boolean isValid(String value) {
        return value != null && (DATE.matcher(value).matches() || DURATION.matcher(value).matches()
                || REF.matcher(value).matches());
    }

    public static Timex of(String value) {
        return new Timex(value);
    }

    public static Timex of(LocalDate day) {
        return new Timex(day.toString());
    }

    public static Timex of(YearMonth month) {
        return new Timex(month.toString());
    }

    public static Timex ofYear(int year) {
        return new Timex(String.format("%04d", year));
    }

    /** Autumn is {@code FA}, spring {@code SP}, summer {@code SU}, winter {@code WI}. */
    public static Timex ofSeason(int year, String season) {
        return new Timex(String.format("%04d-%s", year, season));
    }

    public boolean isDuration() {
        return DURATION.matcher(value).matches();
    }

    public boolean isReference() {
        return REF.matcher(value).matches();
    }

    /** True for a calendar point or period (a day, month, season, year...) with a known year. */
    public boolean isAnchoredDate() {
        Matcher m = DATE.matcher(value);
        return m.matches() && !m.group("year").startsWith("X") && m.group("year").length() == 4;
    }

    /** The calendar year, when the value names one. */
    public Optional<Integer> year() {
        return isAnchoredDate() ? Optional.of(Integer.parseInt(value.substring(0, 4))) : Optional.empty();
    }

    /** The day, when the value is exactly a calendar day (time of day dropped). */
    public Optional<LocalDate> day() {
        Matcher m = DATE.matcher(value);
        if (m.matches() && isAnchoredDate() && m.group("day") != null && !m.group("day").equals("XX")
                && !m.group("month").equals("XX")) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
                    Integer.parseInt(m.group("day"))));
        }
        return Optional.empty();
    }

    /** The first day of the period the value names, for ordering and windows; empty for durations and references. */
    public Optional<LocalDate> startDay() {
        Matcher m = DATE.matcher(value);
        if (!m.matches() || !isAnchoredDate()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group("year"));
        if (m.group("month") != null && !m.group("month").equals("XX")) {
            int month = Integer.parseInt(m.group("month"));
            String d = m.group("day");
            return Optional.of(LocalDate.of(year, month, d == null || d.equals("XX") ? 1 : Integer.parseInt(d)));
        }
        if (m.group("week") != null && !m.group("week").equals("XX")) {
            return Optional.of(LocalDate.of(year, 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                    Integer.parseInt(m.group("week"))).with(java.time.DayOfWeek.MONDAY));
        }
        if (m.group("season") != null) {
            return Optional.of(switch (m.group("season")) {
                case "SP" -> LocalDate.of(year, 3, 1);
                case "SU" -> LocalDate.of(year, 6, 1);
                case "FA" -> LocalDate.of(year, 9, 1);
                default -> LocalDate.of(year, 12, 1);
            });
        }
        if (m.group("quarter") != null) {
            String q = m.group("quarter");
            int n = q.charAt(1) - '0';
            return Optional.of(LocalDate.of(year, q.charAt(0) == 'Q' ? (n - 1) * 3 + 1 : (n - 1) * 6 + 1, 1));
        }
        return Optional.of(LocalDate.of(year, 1, 1));
    }

    @Override
    public int compareTo(Timex o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
