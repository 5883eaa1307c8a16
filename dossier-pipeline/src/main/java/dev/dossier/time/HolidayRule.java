package dev.dossier.time;

import dev.dossier.model.Timex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Holidays without a year: "Thanksgiving", "Christmas", "Easter", "Labor Day". The year follows the tense as for
 * months (past: the last one on or before publication), and the date is computed for that year, since floating
 * holidays move. The holidays and their date rules are read from {@code holidays.tsv}.
 */
final class HolidayRule implements TimexRule {

    /** A holiday's name and its date in a given year. */
    record Holiday(String name, IntFunction<LocalDate> dateIn) {
    }

    private static final String RESOURCE = "holidays.tsv";
    private static volatile List<Holiday> standard;

    private final List<Holiday> holidays;

    HolidayRule() {
        this(standard());
    }

    HolidayRule(List<Holiday> holidays) {
        // longest names first, so "christmas eve" wins over "christmas"
        this.holidays = holidays.stream().sorted(Comparator.comparingInt((Holiday h) -> h.name().length()).reversed())
                .toList();
    }

    @Override
    public String name() {
        return "holiday";
    }

    @Override
    public Optional<Timex> resolve(TemporalContext c) {
        if (c.namesYear()) {
            return Optional.empty();
        }
        String text = " " + String.join(" ", c.words()) + " ";
        for (Holiday h : holidays) {
            if (text.contains(" " + h.name() + " ")) {
                LocalDate anchor = c.anchor();
                LocalDate thisYear = h.dateIn().apply(anchor.getYear());
                int offset = Instances.yearOffset(thisYear.getDayOfYear(), anchor.getDayOfYear(), 366, c.tense(),
                        c.shift());
                return Optional.of(Timex.of(h.dateIn().apply(anchor.getYear() + offset)));
            }
        }
        return Optional.empty();
    }

    static List<Holiday> standard() {
        List<Holiday> l = standard;
        if (l == null) {
            l = TimeResources.load(RESOURCE, HolidayRule::read);
            standard = l;
        }
        return l;
    }

    /** Reads holidays; fails naming the source and line of every bad entry. */
    static List<Holiday> read(InputStream in, String source) throws IOException {
        List<Holiday> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2) {
                errors.add(source + ":" + n + ": expected a name and a date rule separated by a tab");
                continue;
            }
            try {
                IntFunction<LocalDate> rule = parse(f[1].trim());
                rule.apply(2000);
                out.add(new Holiday(f[0].trim().toLowerCase(Locale.ROOT), rule));
            } catch (RuntimeException e) {
                errors.add(source + ":" + n + ": bad date rule '" + f[1] + "' (" + e.getMessage() + ")");
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Bad entries in the holiday list:\n  " + String.join("\n  ", errors));
        }
        return out;
    }

    private static IntFunction<LocalDate> parse(String rule) {
        String[] p = rule.split("\\s+");
        return switch (p[0]) {
            case "FIXED" -> {
                MonthDay md = MonthDay.parse("--" + p[1]);
                yield year -> md.atYear(year);
            }
            case "NTH" -> {
                int nth = Integer.parseInt(p[1]);
                DayOfWeek day = weekday(p[2]);
                int month = Integer.parseInt(p[3]);
                int plus = p.length > 4 ? Integer.parseInt(p[4]) : 0;
                yield year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, day))
                        .plusDays(plus);
            }
            case "LAST" -> {
                DayOfWeek day = weekday(p[1]);
                int month = Integer.parseInt(p[2]);
                yield year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(day));
            }
            case "EASTER" -> {
                int plus = p.length > 1 ? Integer.parseInt(p[1]) : 0;
                yield year -> easter(year).plusDays(plus);
            }
            default -> throw new IllegalArgumentException("unknown kind " + p[0]);
        };
    }

    private static DayOfWeek weekday(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no weekday " + abbreviation);
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
