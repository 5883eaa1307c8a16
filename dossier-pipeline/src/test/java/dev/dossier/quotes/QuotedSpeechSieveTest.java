package dev.dossier.quotes;

import dev.dossier.model.Document;
import dev.dossier.model.Quote;
import dev.dossier.pipeline.LiteralDocs;
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

    @Test
    void aCueVerbRightAfterAQuotationTakesTheNounPhraseAfterItWhateverTheParse() {
        // the parser took "said" for a dependent of the quoted verb and "Dr. Lee" for its object
        Document doc = LiteralDocs.text("\u201CTalks will go on,\u201D said Dr. Lee, who ran the count.")
                .tokens("\u201C/`` Talks/NNS will/MD go/VB on/RP ,/, \u201D/'' said/VBD/O/say Dr./NNP Lee/NNP/PERSON ,/, "
                        + "who/WP ran/VBD the/DT count/NN ./.")
                .deps("punct(3,0) nsubj(3,1) aux(3,2) root(-1,3) compound:prt(3,4) punct(3,5) punct(3,6) dep(3,7) "
                        + "compound(9,8) obj(7,9) punct(9,10) nsubj(12,11) acl:relcl(9,12) det(14,13) obj(12,14) "
                        + "punct(3,15)")
                .build();
        List<Quote> quotes = new QuoteFinder(CueLexicon.standard(), List.of(new QuotedSpeechSieve())).annotate(doc)
                .quotes();
        assertEquals(1, quotes.size());
        assertEquals("said", quotes.get(0).cue().text());
        assertEquals("Dr. Lee", quotes.get(0).speaker().mention().text());
    }

    @Test
    void aShortNounPhraseAndCueVerbRightAfterAQuotationAreItsSpeakerAndCue() {
        // the parser made "Lee" a passive subject, so "said" has no speaking subject of its own
        Document doc = LiteralDocs.text("\u201CTalks will go on,\u201D Sen. Lee said in an interview.")
                .tokens("\u201C/`` Talks/NNS will/MD go/VB on/RP ,/, \u201D/'' Sen./NNP Lee/NNP/PERSON said/VBD/O/say "
                        + "in/IN an/DT interview/NN ./.")
                .deps("punct(3,0) nsubj(3,1) aux(3,2) root(-1,3) compound:prt(3,4) punct(3,5) punct(3,6) compound(8,7) "
                        + "nsubj:pass(9,8) dep(3,9) case(12,10) det(12,11) obl(9,12) punct(3,13)")
                .build();
        List<Quote> quotes = new QuoteFinder(CueLexicon.standard(), List.of(new QuotedSpeechSieve())).annotate(doc)
                .quotes();
        assertEquals(1, quotes.size());
        assertEquals("said", quotes.get(0).cue().text());
        assertEquals("Sen. Lee", quotes.get(0).speaker().mention().text());
    }

    @Test
    void youKnowAfterAQuotationIsNoSpeaker() {
        Document doc = LiteralDocs.text("\u201CTalks will go on,\u201D you know.")
                .tokens("\u201C/`` Talks/NNS will/MD go/VB on/RP ,/, \u201D/'' you/PRP know/VBP/O/know ./.")
                .deps("punct(3,0) nsubj(3,1) aux(3,2) root(-1,3) compound:prt(3,4) punct(3,5) punct(3,6) nsubj:pass(8,7) "
                        + "dep(3,8) punct(3,9)")
                .build();
        List<Quote> quotes = new QuoteFinder(CueLexicon.standard(), List.of(new QuotedSpeechSieve())).annotate(doc)
                .quotes();
        assertEquals(List.of(), quotes.stream().filter(q -> q.cue() != null).toList());
    }
}
