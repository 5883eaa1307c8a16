package dev.dossier.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelTest {

    @Test
    void spansAreHalfOpenAndChecked() {
        Span s = Span.of(3, 7);
        assertEquals(4, s.length());
        assertTrue(s.overlaps(Span.of(6, 9)));
        assertFalse(s.overlaps(Span.of(7, 9)));
        assertThrows(IllegalArgumentException.class, () -> Span.of(5, 4));
        assertThrows(IllegalArgumentException.class, () -> Span.of(-1, 4));
        assertEquals("lo", Span.of(3, 5).of("hello"));
    }

    @Test
    void timexValuesFollowTheTimex3Grammar() {
        for (String ok : List.of("2025", "2025-08", "2025-11-16", "2025-FA", "2025-W46", "2025-Q3", "199", "P3M",
                "PT2H", "PRESENT_REF", "XXXX-08", "2025-11-16T14:30", "2025-11-16TEV")) {
            assertTrue(Timex.isValid(ok), ok);
        }
        for (String bad : List.of("", "last month", "2025-8", "2025/08/01", "P", "FA")) {
            assertFalse(Timex.isValid(bad), bad);
        }
        assertEquals(LocalDate.of(2025, 9, 1), Timex.of("2025-FA").startDay().orElseThrow());
        assertEquals(LocalDate.of(2025, 11, 10), Timex.of("2025-W46").startDay().orElseThrow());
        assertEquals(LocalDate.of(2025, 11, 16), Timex.of("2025-11-16").day().orElseThrow());
        assertTrue(Timex.of("P3M").startDay().isEmpty());
    }

    @Test
    void actorCodesSplitCountryAndRoles() {
        ActorCode c = ActorCode.parse("RUSGOV");
        assertEquals("RUS", c.country());
        assertEquals("GOV", c.primaryRole());
        assertEquals("USA", ActorCode.parse("usa").toString());
        assertEquals("MED", ActorCode.rolesOnly("MED").toString());
        assertThrows(IllegalArgumentException.class, () -> ActorCode.parse("RUSGO"));
    }

    @Test
    void documentsAreImmutableAndCheckSpansAgainstTheText() {
        Document d = Document.of(Article.of("a", "Moscow praised Washington.", LocalDate.of(2025, 11, 16)));
        Token t = new Token(0, 0, Span.of(0, 6), "Moscow", "NNP", "Moscow", "CITY");
        Document d2 = d.withSentencesAndTokens(List.of(new Sentence(0, Span.of(0, 26), 0, 1)), List.of(t));
        assertTrue(d.tokens().isEmpty());
        assertTrue(d2.has(Layer.TOKENS) && d2.has(Layer.SENTENCES) && !d.has(Layer.TOKENS));
        assertThrows(UnsupportedOperationException.class, () -> d2.tokens().add(t));
        assertThrows(IllegalArgumentException.class, () -> d.withSentencesAndTokens(List.of(),
                List.of(new Token(0, 0, Span.of(20, 40), "x", "NN", null, null))));
        assertEquals(0, d2.sentenceAt(10).orElseThrow().index());
        assertTrue(d2.sentenceAt(30).isEmpty());
    }
}
