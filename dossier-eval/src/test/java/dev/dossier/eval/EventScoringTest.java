package dev.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.model.ActorCode;
import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;
import dev.dossier.model.EventStatus;
import dev.dossier.model.Span;
import dev.dossier.model.TextRef;
import dev.dossier.model.Timex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventScoringTest {

    private static final String TEXT = "Moscow and Washington held talks. The US sanctioned Rosneft. Kiev praised nobody.";

    private static Event event(String code, String source, String target, String evidence, EventStatus status, String when) {
        int start = TEXT.indexOf(evidence);
        return new Event(code, "x", new Event.Plover("T", "", ""), 1, 0, new EventActor(ActorCode.parse(source), null, null),
                List.of(new EventActor(ActorCode.parse(target), null, null)), Timex.of(when), true, null, status, null,
                TextRef.of(TEXT, new Span(start, start + evidence.length())), 0);
    }

    @Test
    void matchesBySpanRootAndCountriesInEitherOrderForConsultations() throws Exception {
        JsonNode gold = new ObjectMapper().readTree("""
                {"required": [
                  {"id": "talks", "source": "RUSGOV", "target": "USAGOV", "cameo": "046", "accept_cameo": ["040"],
                   "status": "happened", "evidence": "Moscow and Washington held talks"},
                  {"id": "sanctions", "source": "USAGOV", "target": "RUSBUS", "cameo": "163", "when": "2025-10",
                   "evidence": "The US sanctioned Rosneft"}],
                 "acceptable": []}""");
        Document doc = Document.of(Article.of("t", TEXT, LocalDate.of(2025, 11, 16))).withEvents(List.of(
                event("040", "USA", "RUS", "Washington held talks", EventStatus.ONGOING, "2025-11"),
                event("163", "RUS", "USA", "The US sanctioned Rosneft", EventStatus.HAPPENED, "2025-10"),
                event("051", "UKR", "RUS", "Kiev praised", EventStatus.HAPPENED, "2025-11")));
        ScoreTable.Builder table = new ScoreTable.Builder("t");
        EventScoring.score(doc, gold, table);
        ScoreTable t = table.build();
        assertEquals(new Score(1, 3, 1, 2), t.get("events"), "sanctions in the wrong direction do not match");
        assertEquals(new Score(0, 3, 0, 2), t.get("events.status"));
        assertEquals(new Score(1, 3, 1, 2), t.get("events.when"));
    }
}
