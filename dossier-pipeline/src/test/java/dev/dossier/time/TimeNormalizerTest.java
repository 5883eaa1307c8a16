package dev.dossier.time;

import dev.dossier.model.Document;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import dev.dossier.time.TaggedText.Time;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dossier.time.TaggedText.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Each rule on literal tagged sentences; the anchor is Sunday 2025-11-16 unless a test says otherwise. */
class TimeNormalizerTest {

    private static final String SUNDAY = "2025-11-16";
    private final TimeNormalizer normalizer = new TimeNormalizer();

    private List<String> values(Document d) {
        return normalizer.annotate(d).times().stream()
                .map(t -> t.value() == null ? null : t.value().value()).toList();
    }

    private String value(String published, String tagged, String expression) {
        return values(doc(published, tagged, Time.date(expression))).get(0);
    }

    @Test
    void resolvesTheAcceptanceExampleExpressions() {
        Document d = doc(SUNDAY, "Putin/NNP said/VBD in/IN August/NNP that/IN talks/NNS had/VBD stalled/VBN ./. "
                        + "Exports/NNS fell/VBD last/JJ month/NN ./. He/PRP spoke/VBD on/IN Sunday/NNP ./. "
                        + "Growth/NN has/VBZ slowed/VBN this/DT year/NN ./. They/PRP met/VBD in/IN the/DT fall/NN ./. "
                        + "Earlier/RBR in/IN November/NNP ,/, he/PRP called/VBD ./. Prices/NNS rose/VBD this/DT month/NN ./.",
                Time.date("August"), Time.date("last month"), Time.date("Sunday"), Time.date("this year"),
                Time.date("the fall"), Time.date("Earlier in November"), Time.date("this month"));
        assertEquals(List.of("2025-08", "2025-10", "2025-11-16", "2025", "2025-FA", "2025-11", "2025-11"), values(d));
    }

    @Test
    void weekdayFollowsTheTenseOfItsVerb() {
        assertEquals("2025-11-16", value(SUNDAY, "They/PRP met/VBD on/IN Sunday/NNP ./.", "Sunday"));
        assertEquals("2025-11-23", value(SUNDAY, "They/PRP will/MD meet/VB on/IN Sunday/NNP ./.", "Sunday"));
        assertEquals("2025-11-13", value(SUNDAY, "They/PRP met/VBD on/IN Thursday/NNP ./.", "Thursday"));
        assertEquals("2025-11-20", value(SUNDAY, "They/PRP will/MD meet/VB on/IN Thursday/NNP ./.", "Thursday"));
        assertEquals("2025-11-17", value(SUNDAY, "The/DT talks/NNS resume/VBP on/IN Monday/NNP ./.", "Monday"));
        assertEquals("2025-11-14", value(SUNDAY, "The/DT talks/NNS have/VBP resumed/VBN on/IN Friday/NNP ./.", "Friday"));
    }

    @Test
    void weekdayWithShiftWordAndPartOfDay() {
        assertEquals("2025-11-09", value(SUNDAY, "They/PRP met/VBD last/JJ Sunday/NNP ./.", "last Sunday"));
        assertEquals("2025-11-23", value(SUNDAY, "They/PRP meet/VBP next/JJ Sunday/NNP ./.", "next Sunday"));
        assertEquals("2025-11-15TNI", value(SUNDAY, "It/PRP began/VBD Saturday/NNP night/NN ./.", "Saturday night"));
    }

    @Test
    void monthWithoutYearFollowsTheTense() {
        assertEquals("2025-08", value(SUNDAY, "It/PRP happened/VBD in/IN August/NNP ./.", "August"));
        assertEquals("2024-12", value(SUNDAY, "It/PRP happened/VBD in/IN December/NNP ./.", "December"));
        assertEquals("2025-12", value(SUNDAY, "It/PRP will/MD happen/VB in/IN December/NNP ./.", "December"));
        assertEquals("2026-08", value(SUNDAY, "It/PRP will/MD happen/VB in/IN August/NNP ./.", "August"));
        assertEquals("2025-11-20", value(SUNDAY, "Talks/NNS start/VBP Nov./NNP 20/CD ./.", "Nov. 20"));
        assertEquals("2025-11-12", value(SUNDAY, "Talks/NNS started/VBD Nov./NNP 12/CD ./.", "Nov. 12"));
        assertEquals("2026-03", value(SUNDAY, "Talks/NNS start/VBP next/JJ March/NNP ./.", "March"));
        assertEquals("2025-03", value(SUNDAY, "Talks/NNS started/VBD last/JJ March/NNP ./.", "March"));
    }

    @Test
    void monthWithYearIsLeftToCoreNlp() {
        Document d = doc(SUNDAY, "It/PRP happened/VBD in/IN August/NNP 1998/CD ./.",
                new Time("August 1998", TimeExpression.Type.DATE, "1998-08"));
        assertEquals(List.of("1998-08"), values(d));
    }

    @Test
    void relativeUnits() {
        assertEquals("2025-10", value(SUNDAY, "Sales/NNS fell/VBD last/JJ month/NN ./.", "last month"));
        assertEquals("2026", value(SUNDAY, "Sales/NNS will/MD fall/VB next/JJ year/NN ./.", "next year"));
        assertEquals("2024", value(SUNDAY, "Sales/NNS fell/VBD last/JJ year/NN ./.", "last year"));
        assertEquals("2025-W45", value(SUNDAY, "Sales/NNS fell/VBD last/JJ week/NN ./.", "last week"));
        assertEquals("2025-W46-WE", value(SUNDAY, "Sales/NNS fell/VBD this/DT weekend/NN ./.", "this weekend"));
        assertEquals("2025-Q3", value(SUNDAY, "Sales/NNS fell/VBD last/JJ quarter/NN ./.", "last quarter"));
        assertEquals("2025", value(SUNDAY, "Sales/NNS fell/VBD earlier/RBR this/DT year/NN ./.", "earlier this year"));
    }

    @Test
    void pluralUnitsAreNotCalendarPeriods() {
        assertEquals("PAST_REF", value(SUNDAY, "Sales/NNS fell/VBD in/IN the/DT past/JJ months/NNS ./.",
                "the past months"));
        Document d = doc(SUNDAY, "Sales/NNS fell/VBD in/IN months/NNS ./.", Time.date("months"));
        assertNull(normalizer.annotate(d).times().get(0).value());
    }

    @Test
    void agoCountsBackAtTheUnitsPrecision() {
        assertEquals("2022", value(SUNDAY, "It/PRP opened/VBD three/CD years/NNS ago/RB ./.", "three years ago"));
        assertEquals("2025-10", value(SUNDAY, "It/PRP opened/VBD a/DT month/NN ago/RB ./.", "a month ago"));
        assertEquals("2025-11-13", value(SUNDAY, "It/PRP opened/VBD 3/CD days/NNS ago/RB ./.", "3 days ago"));
    }

    @Test
    void deicticDays() {
        assertEquals("2025-11-15", value(SUNDAY, "He/PRP left/VBD yesterday/NN ./.", "yesterday"));
        assertEquals("2025-11-16", value(SUNDAY, "He/PRP leaves/VBZ today/NN ./.", "today"));
        assertEquals("2025-11-17", value(SUNDAY, "He/PRP leaves/VBZ tomorrow/NN ./.", "tomorrow"));
        assertEquals("2025-11-16TNI", value(SUNDAY, "He/PRP leaves/VBZ tonight/NN ./.", "tonight"));
        assertEquals("2025-11-15TMO", value(SUNDAY, "He/PRP left/VBD yesterday/NN morning/NN ./.", "yesterday morning"));
        assertEquals("2025-11-15TNI", value(SUNDAY, "He/PRP left/VBD last/JJ night/NN ./.", "last night"));
    }

    @Test
    void seasonsFollowTheTense() {
        assertEquals("2025-FA", value(SUNDAY, "They/PRP met/VBD in/IN the/DT fall/NN ./.", "the fall"));
        assertEquals("2025-SP", value(SUNDAY, "They/PRP met/VBD in/IN the/DT spring/NN ./.", "the spring"));
        assertEquals("2026-SP", value(SUNDAY, "They/PRP will/MD meet/VB in/IN the/DT spring/NN ./.", "the spring"));
        assertEquals("2024-WI", value(SUNDAY, "They/PRP met/VBD last/JJ winter/NN ./.", "last winter"));
        assertEquals("2024-WI", value("2025-01-20", "They/PRP met/VBD this/DT winter/NN ./.", "this winter"));
    }

    @Test
    void quartersAndHalves() {
        assertEquals("2025-Q3", value(SUNDAY, "Profit/NN rose/VBD in/IN the/DT third/JJ quarter/NN ./.",
                "the third quarter"));
        assertEquals("2024-Q4", value("2025-02-01", "Profit/NN rose/VBD in/IN the/DT fourth/JJ quarter/NN ./.",
                "the fourth quarter"));
        assertEquals("2025-H1", value(SUNDAY, "Profit/NN rose/VBD in/IN the/DT first/JJ half/NN ./.", "the first half"));
    }

    @Test
    void decades() {
        assertEquals("199", value(SUNDAY, "Prices/NNS rose/VBD in/IN the/DT 1990s/CD ./.", "the 1990s"));
        assertEquals("198", value(SUNDAY, "Prices/NNS rose/VBD in/IN the/DT '80s/CD ./.", "the '80s"));
        assertEquals("201", value(SUNDAY, "Prices/NNS rose/VBD in/IN the/DT 10s/CD ./.", "the 10s"));
    }

    @Test
    void vagueReferences() {
        assertEquals("PRESENT_REF", value(SUNDAY, "Prices/NNS are/VBP rising/VBG now/RB ./.", "now"));
        assertEquals("PAST_REF", value(SUNDAY, "Prices/NNS rose/VBD recently/RB ./.", "recently"));
        assertEquals("FUTURE_REF", value(SUNDAY, "Prices/NNS will/MD rise/VB in/IN the/DT future/NN ./.", "the future"));
    }

    @Test
    void durationsAreNotAnchored() {
        Document d = doc(SUNDAY, "Prices/NNS rose/VBD for/IN the/DT last/JJ three/CD years/NNS and/CC two/CD weeks/NNS ./.",
                new Time("the last three years", TimeExpression.Type.DURATION, "P3Y"),
                new Time("two weeks", TimeExpression.Type.DURATION, null));
        assertEquals(List.of("P3Y", "P2W"), values(d));
    }

    @Test
    void withoutPublicationDateCoreNlpValuesStand() {
        Document d = doc(null, "They/PRP met/VBD on/IN Sunday/NNP ./.",
                new Time("Sunday", TimeExpression.Type.DATE, "XXXX-WXX-7"));
        assertEquals(List.of("XXXX-WXX-7"), values(d));
    }

    @Test
    void tenseComesFromTheNearestVerbWithoutDependencies() {
        assertEquals(Tense.PAST, tense("They/PRP met/VBD on/IN Sunday/NNP ./.", "Sunday"));
        assertEquals(Tense.FUTURE, tense("They/PRP will/MD meet/VB on/IN Sunday/NNP ./.", "Sunday"));
        assertEquals(Tense.FUTURE, tense("They/PRP plan/VBP to/TO meet/VB on/IN Sunday/NNP ./.", "Sunday"));
        assertEquals(Tense.PAST, tense("They/PRP have/VBP met/VBN on/IN Sunday/NNP ./.", "Sunday"));
        assertEquals(Tense.PRESENT, tense("They/PRP meet/VBP on/IN Sunday/NNP ./.", "Sunday"));
        assertEquals(Tense.UNKNOWN, tense("Sunday/NNP ./.", "Sunday"));
    }

    private static Tense tense(String tagged, String expression) {
        Document d = doc(SUNDAY, tagged, Time.date(expression));
        return new TenseFinder(d).of(d.times().get(0).span());
    }

    @Test
    void valuesAreValidTimex() {
        Timex.of(value(SUNDAY, "It/PRP happened/VBD in/IN May/NNP ./.", "May"));
    }
}
