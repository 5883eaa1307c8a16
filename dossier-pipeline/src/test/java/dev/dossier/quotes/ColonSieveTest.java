package dev.dossier.quotes;

import dev.dossier.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColonSieveTest {

    private final QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), List.of(new ColonSieve()));

    @Test
    void headlineNameAndColon() {
        List<Quote> quotes = finder.annotate(Sentences.headline()).quotes();
        assertEquals(1, quotes.size());
        assertEquals("Clinton is qualified", quotes.get(0).text());
        assertEquals(":", quotes.get(0).cue().text());
        assertEquals("Sanders", quotes.get(0).speaker().mention().text());
    }

    @Test
    void aSentenceWithAVerbBeforeTheColonIsNoHeadline() {
        assertEquals(List.of(), finder.annotate(Sentences.saidThat()).quotes());
    }
}
