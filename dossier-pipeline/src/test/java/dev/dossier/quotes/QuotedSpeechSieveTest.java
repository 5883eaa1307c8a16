package dev.dossier.quotes;

import dev.dossier.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotedSpeechSieveTest {

    @Test
    void aParagraphContinuingAQuoteJoinsItsAttribution() {
        QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), List.of(new VerbCueSieve(), new QuotedSpeechSieve()));
        List<Quote> quotes = finder.annotate(Sentences.continuedQuote()).quotes();
        assertEquals(List.of("Talks will go on,", "We remain hopeful about them."),
                quotes.stream().map(Quote::text).toList());
        quotes.forEach(q -> {
            assertEquals(Quote.Kind.DIRECT, q.kind());
            assertEquals("said", q.cue().text());
            assertEquals("he", q.speaker().mention().text());
        });
    }

    @Test
    void aQuotationFindsTheCueOfItsSentenceWhenNoSieveBeforeClaimedIt() {
        QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), List.of(new QuotedSpeechSieve()));
        List<Quote> quotes = finder.annotate(Sentences.quoteThenCue()).quotes();
        assertEquals(1, quotes.size());
        assertEquals("said", quotes.get(0).cue().text());
        assertEquals("he", quotes.get(0).speaker().mention().text());
    }
}
