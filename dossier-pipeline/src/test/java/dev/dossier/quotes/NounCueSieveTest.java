package dev.dossier.quotes;

import dev.dossier.model.Document;
import dev.dossier.model.Quote;
import dev.dossier.pipeline.LiteralDocs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NounCueSieveTest {

    private final QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), List.of(new NounCueSieve()));

    @Test
    void possessorOfANounOfSayingWithAThatClause() {
        Document d = LiteralDocs.text("Moscow's claim that talks failed.")
                .tokens("Moscow/NNP 's/POS claim/NN/O/claim that/IN talks/NNS failed/VBD ./.")
                .deps("nmod:poss(2,0) case(0,1) root(-1,2) mark(5,3) nsubj(5,4) acl(2,5) punct(2,6)")
                .build();
        List<Quote> quotes = finder.annotate(d).quotes();
        assertEquals(1, quotes.size());
        assertEquals("that talks failed", quotes.get(0).text());
        assertEquals("claim", quotes.get(0).cue().text());
        assertEquals("Moscow", quotes.get(0).speaker().mention().text());
    }

    @Test
    void aNounWithoutPossessorIsNoAttribution() {
        Document d = LiteralDocs.text("The claim that talks failed.")
                .tokens("The/DT claim/NN/O/claim that/IN talks/NNS failed/VBD ./.")
                .deps("det(1,0) root(-1,1) mark(4,2) nsubj(4,3) acl(1,4) punct(1,5)")
                .build();
        assertEquals(List.of(), finder.annotate(d).quotes());
    }
}
