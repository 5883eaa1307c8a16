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
