package dev.dossier.quotes;

import dev.dossier.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhraseCueSieveTest {

    private final QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), List.of(new PhraseCueSieve()));

    @Test
    void accordingToPutsTheSourceAfterTheCue() {
        List<Quote> quotes = finder.annotate(Sentences.accordingTo()).quotes();
        assertEquals(1, quotes.size());
        Quote q = quotes.get(0);
        assertEquals("Talks continue", q.text());
        assertEquals("according to", q.cue().text());
        assertEquals("the official", q.speaker().mention().text());
        assertEquals(Quote.Kind.INDIRECT, q.kind());
    }

    @Test
    void noPhraseNoAttribution() {
        assertEquals(List.of(), finder.annotate(Sentences.saidThat()).quotes());
    }
}
