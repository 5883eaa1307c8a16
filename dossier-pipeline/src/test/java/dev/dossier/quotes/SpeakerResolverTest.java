package dev.dossier.quotes;

import dev.dossier.model.Actor;
import dev.dossier.model.ActorCode;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Quote;
import dev.dossier.model.Span;
import dev.dossier.model.Speaker;
import dev.dossier.model.TextRef;
import dev.dossier.pipeline.LiteralDocs;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpeakerResolverTest {

    static final String TEXT = "President Putin's aide Yury Ushakov said talks go on. \u201CWe hope,\u201D he said. "
            + "The presidential aide added that peace is near. Sources said it failed. It said the deal holds.";

    /** The text above with its quotes as the quote finder leaves them, entities and actors as the entity stages do. */
    static Document document() {
        Document d = LiteralDocs.text(TEXT)
                .tokens("President/NNP Putin/NNP/PERSON 's/POS aide/NN Yury/NNP/PERSON Ushakov/NNP/PERSON said/VBD "
                        + "talks/NNS go/VBP on/RP ./. \u201C/`` We/PRP hope/VBP ,/, \u201D/'' he/PRP said/VBD ./. "
                        + "The/DT presidential/JJ aide/NN added/VBD that/IN peace/NN is/VBZ near/JJ ./. "
                        + "Sources/NNS said/VBD it/PRP failed/VBD ./. It/PRP said/VBD the/DT deal/NN holds/VBZ ./.")
                .name("Putin", EntityType.PERSON).name("Yury Ushakov", EntityType.PERSON)
                .mention("he", 1, MentionKind.PRONOUN, EntityType.PERSON, 7)
                .build();
        Entity putin = new Entity("e1", "Vladimir Putin", EntityType.PERSON, List.of(mention("Putin", 1)));
        Entity ushakov = new Entity("e2", "Yury Ushakov", EntityType.PERSON, List.of(mention("Yury Ushakov", 1)));
        Actor aide = new Actor("e2", ActorCode.parse("RUSGOV"), "aide to the President of Russia", null);
        List<Quote> quotes = new ArrayList<>();
        quotes.add(quote("talks go on", "President Putin's aide Yury Ushakov", 1));
        quotes.add(quote("We hope,", "he", 1));
        quotes.add(quote("that peace is near", "The presidential aide", 1));
        quotes.add(quote("it failed", "Sources", 1));
        quotes.add(quote("the deal holds", "It", 1));
        return d.withEntities(List.of(putin, ushakov)).withActors(List.of(aide)).withQuotes(quotes);
    }

    private static Span at(String surface, int occurrence) {
        int from = -1;
        for (int i = 0; i < occurrence; i++) {
            from = TEXT.indexOf(surface, from + 1);
        }
        return new Span(from, from + surface.length());
    }

    private static EntityMention mention(String surface, int occurrence) {
        return new EntityMention(at(surface, occurrence), surface, MentionKind.NAME);
    }

    private static Quote quote(String content, String source, int occurrence) {
        Span span = at(content, 1);
        TextRef mention = TextRef.of(TEXT, at(source, occurrence));
        return new Quote(Quote.Kind.INDIRECT, span, content, null, new Speaker(null, source, mention), 0);
    }

    private static List<Quote> resolved() {
        return new SpeakerResolver().annotate(document()).quotes();
    }

    @Test
    void nameAtTheHeadOfTheSourceNotThePossessor() {
        Speaker s = resolved().get(0).speaker();
        assertEquals("e2", s.entityId());
        assertEquals("Yury Ushakov", s.name());
        assertEquals("President Putin's aide Yury Ushakov", s.mention().text(), "the source mention is kept");
    }

    @Test
    void pronounGoesToThePreviousSpeaker() {
        assertEquals("e2", resolved().get(1).speaker().entityId());
    }

    @Test
    void descriptionMatchesTheRoleOfARecentPerson() {
        assertEquals("e2", resolved().get(2).speaker().entityId());
    }

    @Test
    void pluralDescriptionsAndPronounsWithNothingFittingStayUnresolved() {
        List<Quote> quotes = resolved();
        assertNull(quotes.get(3).speaker().entityId());
        assertEquals("Sources", quotes.get(3).speaker().name());
        assertNull(quotes.get(4).speaker().entityId(), "'It' fits no person and the text has no organisation");
    }
}
