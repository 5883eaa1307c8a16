package dev.dossier.eval;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writings of one TIMEX3 value that mean the same thing, reduced to one form before values are compared. Only
 * exact equivalences: a value is never made to match a less or more precise one.
 *
 * <ul>
 *   <li>ISO week numbers with or without the leading zero: {@code 2000-W7} is {@code 2000-W07} (some AQUAINT files
 *       leave the zero out).</li>
 *   <li>Decades and centuries in the TIMEX3 writing and the TIMEX2 one, which fills the unknown digits with X:
 *       {@code 199} is {@code 199X} (the 1990s), {@code 19} is {@code 19XX} (the twentieth century). A year with
 *       an unknown month ({@code 1989-XX}) is not a year and stays as it is.</li>
 *   <li>Durations of one counted unit in the units TIMEX3 allows, converted by their fixed ratios: a quarter is three
 *       months ({@code P1Q} = {@code P3M}), a week seven days ({@code P2W} = {@code P14D}), a decade, century and
 *       millennium ten, a hundred and a thousand years ({@code P1E} = {@code P10Y}, {@code P2L} = {@code P2000Y}).
 *       Days and hours are not converted (a calendar day is not always 24 hours), nor are unknown counts
 *       ({@code PXQ} and {@code PXM} name different spans).</li>
 * </ul>
 */
public final class TimexEquivalence {

    private static final Pattern SHORT_WEEK = Pattern.compile("^(\\d{4}|X{4})-W(\\d)(?=$|[-T])");
    private static final Pattern X_FILLED = Pattern.compile("^(\\d{2,3})X+$");
    private static final Pattern ONE_UNIT = Pattern.compile("^P(\\d+)([QWELC])$");
    private static final Map<String, Integer> FACTOR = Map.of("Q", 3, "W", 7, "E", 10, "C", 100, "L", 1000);
    private static final Map<String, String> TARGET = Map.of("Q", "M", "W", "D", "E", "Y", "C", "Y", "L", "Y");

    private TimexEquivalence() {
    }

    /** The canonical writing of a value; a value with no other writing is returned unchanged. */
    public static String canonical(String value) {
        if (value == null) {
            return "";
        }
        Matcher week = SHORT_WEEK.matcher(value);
        if (week.find()) {
            return week.group(1) + "-W0" + week.group(2) + value.substring(week.end());
        }
        Matcher filled = X_FILLED.matcher(value);
        if (filled.matches() && filled.group(0).length() == 4) {
            return filled.group(1);
        }
        Matcher unit = ONE_UNIT.matcher(value);
        if (unit.matches()) {
            long n = Long.parseLong(unit.group(1)) * FACTOR.get(unit.group(2));
            return "P" + n + TARGET.get(unit.group(2));
        }
        return value;
    }

    /** True when two values are the same value, possibly written differently. */
    public static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }
}
