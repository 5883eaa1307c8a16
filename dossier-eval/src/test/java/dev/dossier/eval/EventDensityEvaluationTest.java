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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventDensityEvaluationTest {

    /** Codes one event per occurrence of "shelled", negated when "never" comes right before it. */
    static final class Stub extends PetrarchEvaluationTest.StubCoder {
        @Override
        public Document annotate(Document d) {
            String t = d.text();
            List<Event> events = new ArrayList<>();
            for (int at = t.indexOf("shelled"); at >= 0; at = t.indexOf("shelled", at + 1)) {
                EventStatus status = t.startsWith("never ", Math.max(0, at - 6)) ? EventStatus.NEGATED
                        : EventStatus.HAPPENED;
                events.add(new Event("194", "x", new Event.Plover("X", "", ""), 4, 0.0,
                        new EventActor(ActorCode.parse("USA"), null, null), List.of(), null, false, null, status, null,
                        TextRef.of(t, new Span(at, at + 7)), 0));
            }
            return d.withEvents(events);
        }
    }

    @Test
    void countsEventsPerThousandWordsOverEveryArticleUnderTheRoots(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("one/a.txt");
        Path b = dir.resolve("two/b.txt");
        Files.createDirectories(a.getParent());
        Files.createDirectories(b.getParent());
        Files.writeString(a, "---\npublished: 2024-03-01\n---\nGunners shelled the port at dawn.\n");
        Files.writeString(b, "The army never shelled the town, and then it shelled the village.\n");
        Files.writeString(dir.resolve("two/notes.md"), "not an article");
        ScoreTable t = new EventDensityEvaluation().run(Pipeline.builder().add(new Stub()).build(),
                List.of(dir.resolve("one"), dir.resolve("two")));
        double thousands = (6 + 12) / 1000.0;
        assertEquals(3 / thousands, t.figures().get("events.per1000words"), 1e-9);
        assertEquals(2 / thousands, t.figures().get("asserted.per1000words"), 1e-9);
        assertEquals(0.0, t.figures().get("reported.per1000words"), 1e-9);
        assertEquals(2, t.get("articles").found(), "both articles have an asserted event");
    }

    @Test
    void datesComeFromFrontMatterOrTheMetadataBesideTheTexts(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data/dev/text"));
        Files.writeString(dir.resolve("data/metadata.tsv"), "compartment\tfilename\tpublication_date\n"
                + "dev\twire_story\t2016-10-02\n");
        Path story = dir.resolve("data/dev/text/wire_story.txt");
        Files.writeString(story, "Officials met on Sunday.\n");
        assertEquals(LocalDate.of(2016, 10, 2), EventDensityEvaluation.read(story).published());
        Path other = dir.resolve("data/dev/text/unlisted.txt");
        Files.writeString(other, "Officials met on Monday.\n");
        assertEquals(null, EventDensityEvaluation.read(other).published());
    }

    @Test
    void wordsAreRunsOfLettersOrDigits() {
        assertEquals(7, EventDensityEvaluation.words("It's 2024 - the U.N. met."));
        assertEquals(0, EventDensityEvaluation.words(" \n "));
    }

    @Test
    void aMissingRootIsNamed(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventDensityEvaluation.articles(dir.resolve("absent")));
        assertTrue(e.getMessage().contains("absent"), e.getMessage());
    }
}
