package dev.dossier.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimexEquivalenceTest {

    @Test
    void weekNumbersWithAndWithoutLeadingZeroAreTheSame() {
        assertTrue(TimexEquivalence.same("2000-W7", "2000-W07"));
        assertTrue(TimexEquivalence.same("2000-W7-WE", "2000-W07-WE"));
        assertEquals("2000-W12", TimexEquivalence.canonical("2000-W12"));
        assertFalse(TimexEquivalence.same("2000-W7", "2000-W17"));
        assertFalse(TimexEquivalence.same("2000-W07", "2000-WXX"));
    }

    @Test
    void decadesAndCenturiesWithOrWithoutFilledDigitsAreTheSame() {
        assertTrue(TimexEquivalence.same("199", "199X"));
        assertTrue(TimexEquivalence.same("19", "19XX"));
        assertFalse(TimexEquivalence.same("199", "19XX"), "a decade is not its century");
        assertFalse(TimexEquivalence.same("1990", "199X"), "a year is not its decade");
    }

    @Test
    void durationsInUnitsWithFixedRatiosAreTheSame() {
        assertTrue(TimexEquivalence.same("P1Q", "P3M"));
        assertTrue(TimexEquivalence.same("P2Q", "P6M"));
        assertTrue(TimexEquivalence.same("P1E", "P10Y"));
        assertTrue(TimexEquivalence.same("P2L", "P2000Y"));
        assertTrue(TimexEquivalence.same("P1C", "P100Y"));
        assertTrue(TimexEquivalence.same("P2W", "P14D"));
    }

    @Test
    void noLeniencyBeyondEquivalence() {
        assertFalse(TimexEquivalence.same("PXQ", "PXM"), "unknown counts of different units differ");
        assertFalse(TimexEquivalence.same("P1D", "PT24H"), "days and hours are not converted");
        assertFalse(TimexEquivalence.same("1998-02-12", "1998-02-12TEV"), "a part of the day is more precise");
        assertFalse(TimexEquivalence.same("1989", "1989-XX"));
        assertFalse(TimexEquivalence.same("1998-Q3", "1998"));
        assertEquals("", TimexEquivalence.canonical(null));
    }
}
