package dev.dossier.quotes;

import dev.dossier.model.Document;
import dev.dossier.model.Quote;
import dev.dossier.pipeline.LiteralDocs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class VerbCueSieveTest {

    private final QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), List.of(new VerbCueSieve()));

    @Test
    void reportedSpeechAfterTheCue() {
        Document d = Sentences.saidThat();
        List<Quote> quotes = finder.annotate(d).quotes();
        assertEquals(1, quotes.size());
        Quote q = quotes.get(0);
        assertEquals(Quote.Kind.INDIRECT, q.kind());
        assertEquals("that talks continue", q.text());
        assertEquals("said", q.cue().text());
        assertEquals("Ushakov", q.speaker().mention().text());
        assertNull(q.speaker().entityId(), "entities are linked later, by the speaker resolver");
        assertEquals("Ushakov", q.speaker().name());
    }

    @Test
    void quotationBeforeTheCueKeepsItsWordsAndIgnoresReportsInsideIt() {
        List<Quote> quotes = finder.annotate(Sentences.quoteThenCue()).quotes();
        assertEquals(1, quotes.size(), "'We do believe' is the quote's own words, not a new attribution: " + quotes);
        Quote q = quotes.get(0);
        assertEquals(Quote.Kind.DIRECT, q.kind());
        assertEquals("We do believe it,", q.text());
        assertEquals("he", q.speaker().mention().text());
    }

    @Test
    void contentBeforeTheCue() {
        Quote q = finder.annotate(Sentences.contentThenCue()).quotes().get(0);
        assertEquals("Talks continue", q.text());
        assertEquals("Ushakov", q.speaker().mention().text());
    }

    @Test
    void sentenceClosingReportIsReadEvenWhenTheParseIsGarbled() {
        Quote q = finder.annotate(Sentences.garbledClosingReport()).quotes().get(0);
        assertEquals("Talks continue", q.text());
        assertEquals("has said", q.cue().text());
        assertEquals("Putin's aide Yury Ushakov", q.speaker().mention().text());
    }

    @Test
    void participleInheritsTheSubject() {
        List<Quote> quotes = finder.annotate(Sentences.admittedAdding()).quotes();
        assertEquals(List.of("that talks stalled", "that peace is far"), quotes.stream().map(Quote::text).toList());
        assertEquals(List.of("admitted", "adding"), quotes.stream().map(q -> q.cue().text()).toList());
        quotes.forEach(q -> assertEquals("The aide", q.speaker().mention().text()));
    }

    @Test
    void aPartyParenthesisWhoseClosingMarkTheParserLeftOutsideStaysWhole() {
        Document doc = LiteralDocs.text("Sen. Lee (D-Va.) said talks continue.")
                .tokens("Sen./NNP Lee/NNP/PERSON (/-LRB- D-Va./NNP )/-RRB- said/VBD/O/say talks/NNS continue/VBP ./.")
                .deps("compound(1,0) nsubj(5,1) punct(3,2) appos(1,3) punct(5,4) root(-1,5) nsubj(7,6) ccomp(5,7) "
                        + "punct(5,8)")
                .build();
        List<Quote> quotes = finder.annotate(doc).quotes();
        assertEquals(1, quotes.size());
        assertEquals("Sen. Lee (D-Va.)", quotes.get(0).speaker().mention().text());
    }
}
