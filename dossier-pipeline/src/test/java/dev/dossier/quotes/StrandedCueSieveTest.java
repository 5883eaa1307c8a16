package dev.dossier.quotes;

import dev.dossier.model.Document;
import dev.dossier.model.Quote;
import dev.dossier.pipeline.LiteralDocs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StrandedCueSieveTest {

    private final QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), List.of(new StrandedCueSieve()));

    @Test
    void aReportingVerbTheParserLeftWithoutSubjectTakesTheNounPhraseBeforeIt() {
        // garbled as CoreNLP sometimes does: "said" an auxiliary of "worried", "Organizers" a loose dependent
        Document doc = LiteralDocs.text("Organizers of the boycott said they are worried.")
                .tokens("Organizers/NNS of/IN the/DT boycott/NN said/VBD/O/say they/PRP are/VBP worried/JJ ./.")
                .deps("dep(7,0) case(3,1) det(3,2) nmod(0,3) aux(7,4) nsubj(7,5) cop(7,6) root(-1,7) punct(7,8)")
                .build();
        List<Quote> quotes = finder.annotate(doc).quotes();
        assertEquals(1, quotes.size());
        assertEquals(Quote.Kind.INDIRECT, quotes.get(0).kind());
        assertEquals("said", quotes.get(0).cue().text());
        assertEquals("Organizers of the boycott", quotes.get(0).speaker().mention().text());
        assertEquals("they are worried", quotes.get(0).text());
    }

    @Test
    void aVerbWithNoNounPhraseRightBeforeItIsLeftAlone() {
        Document doc = LiteralDocs.text("Talks continue, said Howard.")
                .tokens("Talks/NNS continue/VBP ,/, said/VBD/O/say Howard/NNP/PERSON ./.")
                .deps("nsubj(1,0) root(-1,1) punct(1,2) dep(1,3) obj(3,4) punct(1,5)")
                .build();
        assertEquals(List.of(), finder.annotate(doc).quotes());
    }

    @Test
    void aVerbWithItsOwnSubjectIsLeftToTheParseSieves() {
        assertEquals(List.of(), finder.annotate(Sentences.saidThat()).quotes());
    }
}
