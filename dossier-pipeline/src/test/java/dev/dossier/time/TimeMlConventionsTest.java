package dev.dossier.time;

import dev.dossier.model.Dependency;
import dev.dossier.model.Document;
import dev.dossier.model.TimeExpression;
import dev.dossier.time.TaggedText.Time;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dossier.time.TaggedText.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Conventions of TimeML (TimeBank, AQUAINT) the normalizer follows: expressions CoreNLP splits or runs together,
 * durations counted to an end or after a signal, story-time "that year", vague counts, recurring weekdays, and the
 * tense of a clause reached through a noun.
 */
class TimeMlConventionsTest {

    private final TimeNormalizer normalizer = new TimeNormalizer();

    private List<TimeExpression> run(Document d) {
        return normalizer.annotate(d).times();
    }

    private List<String> values(Document d) {
        return run(d).stream().map(t -> t.value() == null ? null : t.value().value()).toList();
    }

    private List<String> texts(Document d) {
        return run(d).stream().map(TimeExpression::text).toList();
    }

    @Test
    void halvesOfOneExpressionAreJoined() {
        Document d = doc("2000-01-07", "People/NNS rallied/VBD Friday/NNP night/NN ./.",
                new Time("Friday", TimeExpression.Type.TIME, "2000-01-07TNI"),
                new Time("night", TimeExpression.Type.TIME, "2000-01-07TNI"));
        assertEquals(List.of("Friday night"), texts(d));
        assertEquals(List.of("2000-01-07TNI"), values(d));
    }

    @Test
    void aLoneAdjectiveWithoutValueJoinsTheYearAfterIt() {
        Document d = doc("1989-11-02", "Profit/NN rose/VBD in/IN fiscal/JJ 1989/CD ./.",
                new Time("fiscal", TimeExpression.Type.DATE, null), new Time("1989", TimeExpression.Type.DATE, "1989"));
        assertEquals(List.of("fiscal 1989"), texts(d));
        assertEquals(List.of("1989"), values(d));
    }

    @Test
    void expressionsWithDifferentValuesStayApart() {
        Document d = doc("1989-11-02", "It/PRP fell/VBD Monday/NNP 1988/CD ./.",
                new Time("Monday", TimeExpression.Type.DATE, "1989-10-30"),
                new Time("1988", TimeExpression.Type.DATE, "1988"));
        assertEquals(List.of("Monday", "1988"), texts(d));
    }

    @Test
    void aYearEndedOnADayIsADuration() {
        Document d = doc("1989-11-01", "Revenue/NN was/VBD $/$ 76/CD million/CD for/IN the/DT year/NN ended/VBN "
                + "March/NNP 31/CD ./.", Time.date("the year"), Time.date("March 31"));
        List<TimeExpression> out = run(d);
        assertEquals("P1Y", out.get(0).value().value());
        assertEquals(TimeExpression.Type.DURATION, out.get(0).type());
        assertEquals("1989-03-31", out.get(1).value().value());
    }

    @Test
    void countedUnitsBeforeLaterAreADurationWithoutTheSignal() {
        Document d = doc("1989-10-30", "Three/CD days/NNS later/RB prices/NNS fell/VBD ,/, and/CC a/DT few/JJ "
                        + "days/NNS later/RB they/PRP rose/VBD ./.",
                new Time("Three days later", TimeExpression.Type.DATE, "1989-11-02"),
                new Time("a few days later", TimeExpression.Type.DATE, "1989-11-02"));
        assertEquals(List.of("Three days", "a few days"), texts(d));
        assertEquals(List.of("P3D", "PXD"), values(d));
    }

    @Test
    void thatYearTakesTheDemonstrativeBackAndCountsFromTheStory() {
        Document d = doc("1989-11-02", "Imports/NNS totaled/VBD $/$ 37/CD million/CD in/IN 1988/CD ,/, a/DT share/NN "
                        + "of/IN imports/NNS that/DT year/NN ./.",
                Time.date("1988"), new Time("year", TimeExpression.Type.DURATION, "P1Y"));
        assertEquals(List.of("1988", "that year"), texts(d));
        assertEquals(List.of("1988", "1988"), values(d));
    }

    @Test
    void aSingleReferenceWordIsAReferenceWhateverItsType() {
        Document d = doc("1989-10-30", "The/DT recent/JJ drop/NN hurt/VBD ./.",
                new Time("recent", TimeExpression.Type.DURATION, "PTXS"));
        assertEquals(List.of("PAST_REF"), values(d));
        assertEquals(TimeExpression.Type.DATE, run(d).get(0).type());
    }

    @Test
    void uncountedDurationsTakeTheirCountAndUnit() {
        Document d = doc("1998-02-27", "It/PRP will/MD last/VB 20/CD more/JJR years/NNS after/IN centuries/NNS ./.",
                new Time("years", TimeExpression.Type.DURATION, "PXY"),
                new Time("centuries", TimeExpression.Type.DURATION, "PXY"));
        assertEquals(List.of("P20Y", "PXC"), values(d));
    }

    @Test
    void anUncountedNumberOfUnitsWithoutValueIsAVagueDuration() {
        Document d = doc("1998-01-11", "Talks/NNS go/VBP on/IN for/IN the/DT next/JJ several/JJ days/NNS ./.",
                new Time("the next several days", TimeExpression.Type.DATE, null));
        assertEquals(List.of("PXD"), values(d));
    }

    @Test
    void anUncountedTimeAgoIsOnlyPast() {
        Document d = doc("1998-02-13", "It/PRP began/VBD several/JJ years/NNS ago/RB ./.",
                new Time("several years ago", TimeExpression.Type.DATE, "1997-02-13"));
        assertEquals(List.of("PAST_REF"), values(d));
    }

    @Test
    void pluralWeekdaysRecur() {
        Document d = doc("1998-02-13", "The/DT show/NN airs/VBZ Tuesday/NNP nights/NNS ./.",
                new Time("Tuesday nights", TimeExpression.Type.TIME, null));
        assertEquals(List.of("XXXX-WXX-2TNI"), values(d));
    }

    @Test
    void aPartOfAYearIsSplitFromTheYear() {
        Document d = doc("1989-10-30", "Sales/NNS rose/VBD in/IN the/DT first/JJ nine/CD months/NNS of/IN the/DT "
                + "year/NN ./.", Time.date("the first nine months of the year"));
        assertEquals(List.of("the first nine months", "the year"), texts(d));
        assertEquals(List.of("P9M", "1989"), values(d));
    }

    @Test
    void aYearEarlierThanAPeriodOfMonthsIsTheYearBefore() {
        Document d = doc("1989-10-26", "Profit/NN rose/VBD in/IN the/DT third/JJ quarter/NN ./. For/IN the/DT nine/CD "
                        + "months/NNS ,/, profit/NN rose/VBD from/IN a/DT year/NN earlier/RBR ./.",
                Time.date("the third quarter"), new Time("the nine months", TimeExpression.Type.DURATION, "P9M"),
                Time.date("a year earlier"));
        assertEquals(List.of("1989-Q3", "P9M", "1988"), values(d));
    }

    @Test
    void aQuarterToBeReportedIsTheOneJustEnded() {
        Document d = doc("1989-10-27", "It/PRP expects/VBZ to/TO report/VB a/DT loss/NN for/IN the/DT third/JJ "
                + "quarter/NN ./.", Time.date("the third quarter"));
        assertEquals(List.of("1989-Q3"), values(d));
    }

    @Test
    void aTimeThatLocatesAnEventNounTakesTheTenseOfItsClause() {
        // Collins(0) will(1) be(2) named(3) commander(4) for(5) a(6) mission(7) in(8) December(9) .(10)
        Document d = doc("1998-03-04", "Collins/NNP will/MD be/VB named/VBN commander/NN for/IN a/DT mission/NN "
                + "in/IN December/NNP ./.", Time.date("December"));
        d = d.withDependencies(List.of(new Dependency(-1, 3, "root"), new Dependency(3, 0, "nsubj:pass"),
                new Dependency(3, 1, "aux"), new Dependency(3, 2, "aux:pass"), new Dependency(3, 4, "xcomp"),
                new Dependency(3, 7, "obl"), new Dependency(7, 5, "case"), new Dependency(7, 6, "det"),
                new Dependency(7, 9, "nmod"), new Dependency(9, 8, "case"), new Dependency(3, 10, "punct")));
        assertEquals(List.of("1998-12"), values(d));
    }

    @Test
    void anInfinitiveDescribingANounBelongsToTheNounsClause() {
        // Among(0) the(1) first(2) countries(3) to(4) join(5) NATO(6) on(7) Friday(8) were(9) Poland(10) .(11)
        Document d = doc("1999-03-13", "Among/IN the/DT first/JJ countries/NNS to/TO join/VB NATO/NNP on/IN "
                + "Friday/NNP were/VBD Poland/NNP ./.", Time.date("Friday"));
        d = d.withDependencies(List.of(new Dependency(-1, 9, "root"), new Dependency(9, 3, "obl"),
                new Dependency(3, 0, "case"), new Dependency(3, 1, "det"), new Dependency(3, 2, "amod"),
                new Dependency(3, 5, "acl"), new Dependency(5, 4, "mark"), new Dependency(5, 6, "obj"),
                new Dependency(5, 8, "obl"), new Dependency(8, 7, "case"), new Dependency(9, 10, "nsubj"),
                new Dependency(9, 11, "punct")));
        assertEquals(List.of("1999-03-12"), values(d));
    }

    @Test
    void couldGivesNoDirectionWhileWillDoes() {
        // published on a Thursday: "could not be found Wednesday" is the day before, "will meet Wednesday" next week
        assertEquals(List.of("2000-01-05"), values(doc("2000-01-06",
                "He/PRP could/MD not/RB be/VB found/VBN Wednesday/NNP ./.", Time.date("Wednesday"))));
        assertEquals(List.of("2000-01-12"), values(doc("2000-01-06",
                "He/PRP will/MD meet/VB them/PRP Wednesday/NNP ./.", Time.date("Wednesday"))));
    }
}
