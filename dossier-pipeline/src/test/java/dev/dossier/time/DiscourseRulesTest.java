package dev.dossier.time;

import dev.dossier.model.Dependency;
import dev.dossier.model.Document;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import dev.dossier.time.TaggedText.Time;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.dossier.time.TaggedText.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules that look beyond one expression: reporting periods, holidays, weekends, and tense from dependencies. */
class DiscourseRulesTest {

    private final TimeNormalizer normalizer = new TimeNormalizer();

    private List<String> values(Document d) {
        return normalizer.annotate(d).times().stream()
                .map(t -> t.value() == null ? null : t.value().value()).toList();
    }

    @Test
    void quarterNamedOnceIsTheReportingPeriod() {
        Document d = doc("1989-11-02", "Profit/NN rose/VBD in/IN the/DT third/JJ quarter/NN ./. "
                        + "Sales/NNS fell/VBD from/IN a/DT year/NN earlier/RBR ./. The/DT quarter/NN was/VBD weak/JJ ./. "
                        + "In/IN the/DT year-ago/JJ quarter/NN it/PRP lost/VBD money/NN ./.",
                Time.date("the third quarter"), Time.date("a year earlier"), Time.date("The quarter"),
                Time.date("the year-ago quarter"));
        assertEquals(List.of("1989-Q3", "1988-Q3", "1989-Q3", "1988-Q3"), values(d));
    }

    @Test
    void latestQuarterIsTheLastCompletedOne() {
        Document d = doc("1989-11-02", "Profit/NN rose/VBD in/IN the/DT latest/JJS quarter/NN ./.",
                new Time("the latest quarter", TimeExpression.Type.DURATION, "PXM"));
        assertEquals(List.of("1989-Q3"), values(d));
    }

    @Test
    void withoutAQuarterAYearAgoIsAYear() {
        Document d = doc("1989-11-02", "Profit/NN rose/VBD from/IN a/DT year/NN ago/RB ./.", Time.date("a year ago"));
        assertEquals(List.of("1988"), values(d));
    }

    @Test
    void everyQuarterIsASetAndStaysOne() {
        Document d = doc("1989-11-02", "Profit/NN rose/VBD in/IN the/DT third/JJ quarter/NN and/CC is/VBZ paid/VBN "
                        + "every/DT quarter/NN ./.", Time.date("the third quarter"),
                new Time("every quarter", TimeExpression.Type.SET, "P3M"));
        assertEquals(List.of("1989-Q3", "P3M"), values(d));
    }

    @Test
    void holidaysAreComputedForTheYearTheTenseGives() {
        assertEquals(List.of("1999-11-25"), values(doc("2000-01-07",
                "They/PRP met/VBD at/IN Thanksgiving/NNP ./.", Time.date("Thanksgiving"))));
        assertEquals(List.of("2000-11-23"), values(doc("2000-01-07",
                "They/PRP will/MD meet/VB at/IN Thanksgiving/NNP ./.", Time.date("Thanksgiving"))));
        assertEquals(List.of("2025-12-24"), values(doc("2025-11-16",
                "They/PRP will/MD meet/VB on/IN Christmas/NNP Eve/NNP ./.", Time.date("Christmas Eve"))));
        assertEquals(List.of("2025-04-20"), values(doc("2025-11-16",
                "They/PRP met/VBD at/IN Easter/NNP ./.", Time.date("Easter"))));
    }

    @Test
    void storyTimeReferencesCountFromTheLastDateNamed() {
        Document d = doc("1999-05-05", "The/DT plant/NN opened/VBD in/IN March/NNP 1995/CD ./. "
                        + "It/PRP closed/VBD the/DT following/VBG year/NN ./. Sales/NNS had/VBD doubled/VBN that/DT year/NN ./. "
                        + "On/IN Oct./NNP 23/CD ,/, 1998/CD it/PRP burned/VBD ./. It/PRP reopened/VBD the/DT next/JJ day/NN ./. "
                        + "Police/NNS came/VBD the/DT previous/JJ Friday/NNP ./.",
                new Time("March 1995", TimeExpression.Type.DATE, "1995-03"), Time.date("the following year"),
                Time.date("that year"), new Time("Oct. 23 , 1998", TimeExpression.Type.DATE, "1998-10-23"),
                Time.date("the next day"), Time.date("the previous Friday"));
        assertEquals(List.of("1995-03", "1996", "1996", "1998-10-23", "1998-10-24", "1998-10-23"), values(d));
    }

    @Test
    void withoutADateNamedBeforeTheFollowingYearCountsFromPublication() {
        assertEquals(List.of("2026"), values(doc("2025-11-16", "It/PRP opens/VBZ the/DT following/VBG year/NN ./.",
                Time.date("the following year"))));
    }

    @Test
    void easterFollowsTheCalendar() {
        assertEquals("2000-04-23", HolidayRule.easter(2000).toString());
        assertEquals("2024-03-31", HolidayRule.easter(2024).toString());
    }

    @Test
    void badHolidayEntriesAreReportedWithTheirLine() {
        String text = "ok day\tFIXED 01-02\nbad day\tNTH 9 XYZ 13\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HolidayRule.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "h.tsv"));
        assertTrue(e.getMessage().contains("h.tsv:2"), e.getMessage());
    }

    @Test
    void theWeekendFollowsTheTense() {
        assertEquals(List.of("1989-W43-WE"), values(doc("1989-10-30",
                "Talks/NNS continued/VBD over/IN the/DT weekend/NN ./.", Time.date("the weekend"))));
        assertEquals(List.of("1989-W44-WE"), values(doc("1989-10-30",
                "Talks/NNS will/MD continue/VB over/IN the/DT weekend/NN ./.", Time.date("the weekend"))));
    }

    @Test
    void centuriesAndWrittenYears() {
        assertEquals(List.of("19"), values(doc("1998-02-13", "It/PRP ended/VBD the/DT 20th/JJ century/NN ./.",
                Time.date("the 20th century"))));
        assertEquals(List.of("1989"), values(doc("1989-11-02", "Profit/NN rose/VBD in/IN fiscal/JJ 1989/CD ./.",
                Time.date("fiscal 1989"))));
    }

    @Test
    void vaguePluralsBecomeReferencesUnlessCoreNlpCountedThem() {
        assertEquals(List.of("PAST_REF", "FUTURE_REF", "PXY"), values(doc("1989-11-02",
                "Prices/NNS rose/VBD in/IN the/DT past/JJ few/JJ months/NNS and/CC will/MD rise/VB in/IN "
                        + "coming/VBG weeks/NNS after/IN recent/JJ years/NNS ./.",
                Time.date("the past few months"), Time.date("coming weeks"),
                new Time("recent years", TimeExpression.Type.DURATION, "PXY"))));
    }

    @Test
    void clockTimesAreKeptAndOutsidePartsOfDayDropped() {
        assertEquals(Timex.of("1998-02-11T22:00"),
                TimeNormalizer.keepTimeOfDay(Timex.of("1998-02-11"), Timex.of("1998-02-18T22:00")));
        assertEquals(Timex.of("1998-02-11"),
                TimeNormalizer.keepTimeOfDay(Timex.of("1998-02-11"), Timex.of("1998-02-18TNI")));
    }

    @Test
    void tenseComesFromTheGoverningVerbWithDependencies() {
        // "He said he will visit on Friday ." : Friday is governed by "visit" (future), not by "said"
        Document d = doc("1998-02-11", "He/PRP said/VBD he/PRP will/MD visit/VB on/IN Friday/NNP ./.",
                Time.date("Friday"));
        d = d.withDependencies(List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 4, "ccomp"), new Dependency(4, 2, "nsubj"), new Dependency(4, 3, "aux"),
                new Dependency(4, 6, "obl"), new Dependency(6, 5, "case"), new Dependency(1, 7, "punct")));
        assertEquals(Tense.FUTURE, new TenseFinder(d).of(d.times().get(0).span()));
        assertEquals(List.of("1998-02-13"), values(d));
    }

    @Test
    void aNounGovernorGivesNoTenseAndAnEndPointNoDirection() {
        // "Shares rose over Thursday 's price ." : Thursday modifies a noun
        Document d = doc("1989-10-30", "Shares/NNS rose/VBD over/IN Thursday/NNP 's/POS price/NN ./.",
                Time.date("Thursday"));
        d = d.withDependencies(List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 5, "obl"), new Dependency(5, 2, "case"), new Dependency(5, 3, "nmod:poss"),
                new Dependency(3, 4, "case"), new Dependency(1, 6, "punct")));
        assertEquals(Tense.UNKNOWN, new TenseFinder(d).of(d.times().get(0).span()));
        Document e = doc("1989-11-02", "The/DT offer/NN was/VBD extended/VBN to/IN Nov./NNP 20/CD ./.",
                Time.date("Nov. 20"));
        e = e.withDependencies(List.of(new Dependency(-1, 3, "root"), new Dependency(3, 1, "nsubj:pass"),
                new Dependency(1, 0, "det"), new Dependency(3, 2, "aux:pass"), new Dependency(3, 5, "obl"),
                new Dependency(5, 4, "case"), new Dependency(5, 6, "nummod"), new Dependency(3, 7, "punct")));
        assertEquals(Tense.UNKNOWN, new TenseFinder(e).of(e.times().get(0).span()));
        assertEquals(List.of("1989-11-20"), values(e));
    }
}
