package dev.dossier.time;

import dev.dossier.model.Timex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/** The calendar period of a unit that holds a day, moved by a number of units, as a TIMEX3 value. */
final class Periods {

    private Periods() {
    }

    /**
     * The period of {@code unit} ("year", "quarter", "month", "week", "weekend", "day") that lies {@code n} units
     * from the one holding {@code anchor}.
     */
    static Timex shift(LocalDate anchor, String unit, int n) {
        return switch (unit) {
            case "year" -> Timex.ofYear(anchor.getYear() + n);
            case "quarter" -> {
                LocalDate d = anchor.plusMonths(3L * n);
                yield Timex.of(String.format("%04d-Q%d", d.getYear(), d.get(IsoFields.QUARTER_OF_YEAR)));
            }
            case "month" -> Timex.of(YearMonth.from(anchor).plusMonths(n));
            case "week" -> week(anchor.plusWeeks(n), "");
            case "weekend" -> week(anchor.plusWeeks(n), "-WE");
            default -> Timex.of(anchor.plusDays(n));
        };
    }

    private static Timex week(LocalDate d, String suffix) {
        return Timex.of(String.format("%04d-W%02d%s", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), suffix));
    }
}
