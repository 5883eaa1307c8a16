package dev.dossier.eval;

import dev.dossier.model.Span;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeMlDocumentTest {

    private static final String TML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>X1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
            <TEXT>
            Stocks <EVENT eid="e1">fell</EVENT> &amp; bonds rose <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>, \
            after <TIMEX3 tid="t2" type="DURATION" value="P3W">three weeks</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void stripsTagsDecodesReferencesAndKeepsGoldSpans() {
        TimeMlDocument d = TimeMlDocument.parse("X1", TML);
        assertEquals(LocalDate.of(1998, 1, 8), d.dct());
        assertEquals("\nStocks fell & bonds rose yesterday, after three weeks.\n", d.text());
        assertEquals(2, d.gold().size());
        assertEquals("yesterday", d.gold().get(0).span().of(d.text()));
        assertEquals("1998-01-07", d.gold().get(0).value());
        assertEquals("three weeks", d.gold().get(1).span().of(d.text()));
        assertEquals("DURATION", d.gold().get(1).type());
    }

    @Test
    void missingCreationTimeIsReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimeMlDocument.parse("X2", "<TimeML><TEXT>nothing</TEXT></TimeML>"));
        assertTrue(e.getMessage().contains("CREATION_TIME"), e.getMessage());
    }

    @Test
    void scoresStrictRelaxedAndValue() {
        TimeMlDocument d = TimeMlDocument.parse("X1", TML);
        Span yesterday = d.gold().get(0).span();
        Span weeks = d.gold().get(1).span();
        List<TimeExpression> found = List.of(
                new TimeExpression(yesterday, "yesterday", TimeExpression.Type.DATE, Timex.of("1998-01-07"), 0),
                // overlaps "three weeks" but is longer, with a wrong value
                new TimeExpression(new Span(weeks.start() - 6, weeks.end()), "after three weeks",
                        TimeExpression.Type.DURATION, Timex.of("P2W"), 0),
                new TimeExpression(new Span(1, 7), "Stocks", TimeExpression.Type.DATE, null, 0));
        TimeMlScore s = TimeMlScore.of(d, found);
        assertEquals(new Score(1, 3, 1, 2), s.strict());
        assertEquals(new Score(2, 3, 2, 2), s.relaxed());
        assertEquals(new Score(1, 3, 1, 2), s.value());
        assertEquals(2, s.overlapping());
        assertEquals(1, s.valueCorrect());
        assertEquals(0.5, s.valueAccuracy());
        assertEquals("P3W", s.mistakes().get(0).gold());
    }
}
