package dev.dossier.eval;

import dev.dossier.model.ActorCode;
import dev.dossier.model.Document;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;
import dev.dossier.model.EventStatus;
import dev.dossier.model.Layer;
import dev.dossier.model.Span;
import dev.dossier.model.Speaker;
import dev.dossier.model.TextRef;
import dev.dossier.pipeline.Annotator;
import dev.dossier.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PetrarchEvaluationTest {

    /** Codes "X met Y" as a consultation of X with Y and "X attacked Y" as a negated attack; nothing else. */
    static class StubCoder implements Annotator {
        @Override
        public String name() {
            return "stub";
        }

        @Override
        public Set<Layer> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer> produces() {
            return Set.of(Layer.EVENTS);
        }

        @Override
        public Document annotate(Document d) {
            List<Event> events = new ArrayList<>();
            String[] w = d.text().split(" ");
            if (w.length == 3) {
                String code = w[1].equals("met") ? "040" : "190";
                EventStatus status = w[1].equals("met") ? EventStatus.HAPPENED : EventStatus.NEGATED;
                events.add(new Event(code, "x", new Event.Plover("CONSULT", "", ""), 1, 1.0,
                        new EventActor(ActorCode.parse(w[0]), null, null),
                        List.of(new EventActor(ActorCode.parse(w[2]), null, null)), null, false, null, status, null,
                        TextRef.of(d.text(), new Span(0, d.text().length())), 0));
            }
            return d.withEvents(events);
        }
    }

    @Test
    void scoresTriplesAndCodesPerFileWithSymmetricMeetingsAndWithoutNegatedEvents(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("petr_a.jsonl"), String.join("\n",
                "{\"id\":\"1\",\"date\":\"20080806\",\"text\":\"RUSGOV met USA\",\"expected\":[{\"sourcecode\":\"USAGOV\",\"targetcode\":\"RUS\",\"eventcode\":\"042\"}]}",
                "{\"id\":\"2\",\"date\":\"20080806\",\"text\":\"FRA met DEU\",\"expected\":[{\"noevents\":\"true\"}]}",
                "{\"id\":\"3\",\"date\":\"200808\",\"text\":\"USA attacked IRQ\",\"expected\":[{\"sourcecode\":\"USA\",\"targetcode\":\"IRQ\",\"eventcode\":\"190\"}]}",
                "{\"id\":\"4\",\"date\":\"20080806\",\"text\":\"GBR met ESP\",\"expected\":[{\"error\":\"x\"}]}"));
        Pipeline pipeline = Pipeline.builder().add(new StubCoder()).build();
        ScoreTable t = new PetrarchEvaluation().run(pipeline, dir);
        Score triples = t.get("petr_a.triples");
        assertEquals(1, triples.matched());
        assertEquals(2, triples.extracted());
        assertEquals(1, triples.found());
        assertEquals(2, triples.gold());
        Score codes = t.get("petr_a.codes");
        assertEquals(0, codes.matched(), "040 is not the exact code 042");
    }

    @Test
    void comparesCountriesOrRolesOfActorCodes() {
        assertEquals("GUY", PetrarchEvaluation.side("GUYJUD"));
        assertEquals("IGO", PetrarchEvaluation.side("IGOUNO"));
        assertEquals("---", PetrarchEvaluation.side("---"));
        assertEquals("RUS>USA", PetrarchEvaluation.pair("USA", "RUS", "042"));
        assertEquals("USA>RUS", PetrarchEvaluation.pair("USA", "RUS", "163"));
    }

    private static Event event(String code, String source, String sourceEntity, List<String> targets, Speaker reporter) {
        return new Event(code, "x", new Event.Plover("X", "", ""), 4, -10.0,
                new EventActor(ActorCode.parse(source), sourceEntity, null),
                targets.stream().map(t -> new EventActor(ActorCode.parse(t), null, null)).toList(), null, false, null,
                EventStatus.HAPPENED, reporter, TextRef.of("A said B attacked C", new Span(0, 19)), 0);
    }

    @Test
    void anActReportedByWhoeverAccusesOrClaimsItIsLeftToTheStatement() {
        Speaker a = new Speaker("a", "A", TextRef.of("A said B attacked C", new Span(0, 1)));
        Event attack = event("190", "BBB", "b", List.of("CCC"), a);
        Event accusation = event("112", "AAA", "a", List.of("BBB"), null);
        assertTrue(PetrarchEvaluation.statedBy(attack, List.of(attack, accusation)));
        assertFalse(PetrarchEvaluation.statedBy(accusation, List.of(attack, accusation)));
        Event praise = event("051", "AAA", "a", List.of("BBB"), null);
        assertFalse(PetrarchEvaluation.statedBy(attack, List.of(attack, praise)), "praise is no statement about it");
        Speaker other = new Speaker("d", "D", TextRef.of("A said B attacked C", new Span(0, 1)));
        Event reportedByOther = event("190", "BBB", "b", List.of("CCC"), other);
        assertFalse(PetrarchEvaluation.statedBy(reportedByOther, List.of(reportedByOther, accusation)));
    }

    @Test
    void anEventWithNoTargetIsScoredAgainstTheUnknownTarget(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("petr_b.jsonl"), "{\"id\":\"1\",\"date\":\"20080806\",\"text\":\"GEOOPP protested\","
                + "\"expected\":[{\"sourcecode\":\"GEOOPP\",\"targetcode\":\"---\",\"eventcode\":\"141\"}]}\n"
                + "{\"id\":\"2\",\"date\":\"20080806\",\"text\":\" \",\"expected\":[{\"sourcecode\":\"NGA\","
                + "\"targetcode\":\"NGA\",\"eventcode\":\"190\"}]}\n");
        Annotator protests = new StubCoder() {
            @Override
            public Document annotate(Document d) {
                String[] w = d.text().split(" ");
                return d.withEvents(List.of(new Event("141", "x", new Event.Plover("PROTEST", "", ""), 3, -6.5,
                        new EventActor(ActorCode.parse(w[0]), null, null), List.of(), null, false, null,
                        EventStatus.HAPPENED, null, TextRef.of(d.text(), new Span(0, d.text().length())), 0)));
            }
        };
        ScoreTable t = new PetrarchEvaluation().run(Pipeline.builder().add(protests).build(), dir);
        Score triples = t.get("petr_b.triples");
        assertEquals(1, triples.matched());
        assertEquals(1, triples.gold(), "the record with no text is skipped, not counted as missed");
    }
}
