package dev.dossier.eval;

import dev.dossier.model.ActorCode;
import dev.dossier.model.Document;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;
import dev.dossier.model.EventStatus;
import dev.dossier.model.Span;
import dev.dossier.model.TextRef;
import dev.dossier.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuadClassEvaluationTest {

    /** Codes "talks" as a consultation (QuadClass 1) and "shelled" as an attack (4); "not" negates it. */
    static final class Stub extends PetrarchEvaluationTest.StubCoder {
        @Override
        public Document annotate(Document d) {
            String t = d.text();
            int quad = t.contains("talks") ? 1 : t.contains("shelled") ? 4 : 0;
            if (quad == 0) {
                return d.withEvents(List.of());
            }
            EventStatus status = t.contains(" not ") ? EventStatus.NEGATED : EventStatus.HAPPENED;
            return d.withEvents(List.of(new Event(quad == 1 ? "040" : "190", "x", new Event.Plover("X", "", ""), quad,
                    0.0, new EventActor(ActorCode.parse("USA"), null, null), List.of(), null, false, null, status, null,
                    TextRef.of(t, new Span(0, t.length())), 0)));
        }
    }

    @Test
    void scoresTheKindOfTheFirstAssertedEventAgainstTheLabel(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("labels.tsv");
        Files.writeString(gold, String.join("\n",
                "Envoys held talks in Oslo.\t1",
                "Artillery shelled the town.\t4",
                "Both sides held talks on the ceasefire.\t3",
                "The army did not shelled anything.\t4",
                "The minister praised the plan.\t0", ""));
        ScoreTable t = new QuadClassEvaluation().run(Pipeline.builder().add(new Stub()).build(), gold);
        Score quad = t.get("quadclass");
        assertEquals(3, quad.extracted(), "three sentences have an asserted event");
        assertEquals(2, quad.matched());
        assertEquals(5, quad.gold());
        Score polarity = t.get("polarity");
        assertEquals(2, polarity.matched(), "talks are cooperation, label 3 is conflict");
        Score five = t.get("class5");
        assertEquals(2, five.matched(), "talks (04) fit label 1, the shelling label 4, the talks labelled 3 fit nothing");
        Score coverage = t.get("coverage");
        assertEquals(3, coverage.found());
        assertEquals(5, coverage.gold());
    }

    @Test
    void fiveClassesSplitVerbalCooperationIntoStatementsAndAppealsAndTheRest() {
        assertEquals(0, QuadClassEvaluation.label("01"));
        assertEquals(0, QuadClassEvaluation.label("02"));
        assertEquals(1, QuadClassEvaluation.label("03"));
        assertEquals(1, QuadClassEvaluation.label("05"));
        assertEquals(2, QuadClassEvaluation.label("06"));
        assertEquals(2, QuadClassEvaluation.label("08"));
        assertEquals(3, QuadClassEvaluation.label("09"));
        assertEquals(3, QuadClassEvaluation.label("13"));
        assertEquals(4, QuadClassEvaluation.label("14"));
        assertEquals(4, QuadClassEvaluation.label("20"));
        assertThrows(IllegalArgumentException.class, () -> QuadClassEvaluation.label("21"));
    }

    @Test
    void aStatementYieldsToTheEventItStatesInItsSentence() {
        String text = "The rebels said they will lay down their arms.";
        Event said = event("010", 1, text, new Span(0, 16), EventStatus.HAPPENED);
        Event intent = event("036", 1, text, new Span(11, 45), EventStatus.PLANNED);
        Event negated = event("190", 4, text, new Span(20, 30), EventStatus.NEGATED);
        assertEquals("036", QuadClassEvaluation.mainEvent(List.of(said, negated, intent)).orElseThrow().cameo());
        assertEquals("010", QuadClassEvaluation.mainEvent(List.of(said, negated)).orElseThrow().cameo());
        assertTrue(QuadClassEvaluation.mainEvent(List.of(negated)).isEmpty());
    }

    private static Event event(String code, int quad, String text, Span span, EventStatus status) {
        return new Event(code, "x", new Event.Plover("X", "", ""), quad, 0.0,
                new EventActor(ActorCode.parse("USA"), null, null), List.of(), null, false, null, status, null,
                TextRef.of(text, span), 0);
    }

    @Test
    void labelsZeroAndOneAreBothVerbalCooperation() {
        assertEquals(1, QuadClassEvaluation.quadClass(0));
        assertEquals(1, QuadClassEvaluation.quadClass(1));
        assertEquals(4, QuadClassEvaluation.quadClass(4));
    }

    @Test
    void aBadLineIsNamedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("bad.tsv");
        Files.writeString(gold, "A sentence.\t2\nNo label here\nAnother.\t7\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuadClassEvaluation.read(gold));
        assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
        assertTrue(e.getMessage().contains("bad.tsv:3"), e.getMessage());
    }
}
