package dev.dossier.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Chooses which instance of a recurring period an expression means: which year's August, which Sunday. The
 * choice follows an explicit shift word ("last" strictly before, "next" strictly after, "this" the current cycle)
 * and otherwise the tense (past: on or before publication, future: on or after it, present: the nearest).
 */
final class Instances {

    private Instances() {
    }

    /**
     * The year offset (-1, 0, +1 from the publication year) of the instance at position {@code target} of a yearly
     * cycle of {@code size} positions, publication being at position {@code current}.
     */
    static int yearOffset(int target, int current, int size, Tense tense, Optional<Integer> shift) {
        if (shift.isPresent()) {
            return switch (Integer.signum(shift.get())) {
                case -1 -> target < current ? 0 : -1;
                case 1 -> target > current ? 0 : 1;
                default -> 0;
            };
        }
        return switch (tense) {
            case PAST -> target <= current ? 0 : -1;
            case FUTURE -> target >= current ? 0 : 1;
            case PRESENT, UNKNOWN -> {
                int back = Math.floorMod(current - target, size);
                int forward = Math.floorMod(target - current, size);
                yield back <= forward ? (target <= current ? 0 : -1) : (target >= current ? 0 : 1);
            }
        };
    }

    /** The day with this weekday that the expression means. */
    static LocalDate weekday(LocalDate anchor, DayOfWeek day, Tense tense, Optional<Integer> shift) {
        LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = anchor.with(TemporalAdjusters.next(day));
        if (shift.isPresent()) {
            return switch (Integer.signum(shift.get())) {
                case -1 -> anchor.with(TemporalAdjusters.previous(day));
                case 1 -> after;
                default -> tense == Tense.PAST || before.equals(anchor) ? before : after;
            };
        }
        return switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            case PRESENT, UNKNOWN -> anchor.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - anchor.toEpochDay()
                    ? before : after;
        };
    }
}
