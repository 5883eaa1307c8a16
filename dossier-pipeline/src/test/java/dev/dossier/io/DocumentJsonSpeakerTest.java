package dev.dossier.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Quote;
import dev.dossier.model.Span;
import dev.dossier.model.Speaker;
import dev.dossier.model.TextRef;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A quote's speaker in the JSON output carries how sure its link is. */
class DocumentJsonSpeakerTest {

    private static final String TEXT = "Ann Cole said the plan worked. She said it saved money.";

    private static Quote quote(String content, Speaker speaker) {
        int at = TEXT.indexOf(content);
        return new Quote(Quote.Kind.INDIRECT, new Span(at, at + content.length()), content, null, speaker, 0);
    }

    @Test
    void speakerConfidenceIsWritten() {
        TextRef cole = TextRef.of(TEXT, new Span(0, 8));
        TextRef she = TextRef.of(TEXT, new Span(31, 34));
        Document d = Document.of(new Article("a", "", TEXT, LocalDate.of(2025, 3, 14), null, null, "en"))
                .withQuotes(List.of(quote("the plan worked", new Speaker("e1", "Ann Cole", cole, 0.95)),
                        quote("it saved money", new Speaker(null, "She", she, 0))));
        JsonNode quotes = DocumentJson.toJson(d, null).get("quotes");
        assertEquals(0.95, quotes.get(0).get("speaker").get("confidence").asDouble());
        assertEquals("e1", quotes.get(0).get("speaker").get("entity").asText());
        assertTrue(quotes.get(1).get("speaker").get("entity").isNull());
        assertEquals(0.0, quotes.get(1).get("speaker").get("confidence").asDouble());
    }

    @Test
    void anUnlinkedSpeakerCannotClaimConfidence() {
        TextRef she = TextRef.of(TEXT, new Span(31, 34));
        assertThrows(IllegalArgumentException.class, () -> new Speaker(null, "She", she, 0.7));
        assertThrows(IllegalArgumentException.class, () -> new Speaker("e1", "Ann Cole", she, 1.5));
    }
}
