package dev.dossier.actors;

import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.model.Span;
import dev.dossier.pipeline.LiteralDocs;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhraseCoderTest {

    private static final String TEXT = "Russian officials and two Chinese warplanes met Kremlin aide Yury Ushakov.";
    private static final PhraseCoder CODER = new PhraseCoder();

    private static Document doc() {
        Document literal = LiteralDocs.text(TEXT)
                .tokens("Russian/JJ/NATIONALITY officials/NNS and/CC two/CD/NUMBER Chinese/JJ/NATIONALITY "
                        + "warplanes/NNS met/VBD Kremlin/NNP/ORGANIZATION aide/NN Yury/NNP/PERSON Ushakov/NNP/PERSON ./.")
                .deps("amod(1,0) nsubj(6,1) cc(5,2) nummod(5,3) amod(5,4) conj(1,5) root(-1,6) compound(10,7) "
                        + "compound(10,8) compound(10,9) obj(6,10) punct(6,11)")
                .name("Russian", EntityType.NATIONALITY)
                .name("Chinese", EntityType.NATIONALITY)
                .name("Kremlin", EntityType.ORGANIZATION)
                .name("Yury Ushakov", EntityType.PERSON)
                .build();
        return ActorCoderTest.coded(literal);
    }

    private static Span span(String phrase) {
        int at = TEXT.indexOf(phrase);
        return new Span(at, at + phrase.length());
    }

    @Test
    void aGroupNamedByNationalityAndRoleIsCodedFromItsWords() {
        Document d = doc();
        PhraseCoder.PhraseActor officials = CODER.code(d, span("Russian officials")).orElseThrow();
        assertEquals("RUSGOV", officials.code().toString());
        assertNull(officials.entityId(), "'Russian officials' is no entity");
        assertEquals("CHNMIL", CODER.code(d, span("two Chinese warplanes")).orElseThrow().code().toString());
    }

    @Test
    void aPhraseHeadedByAnEntityNameTakesThatEntitysActor() {
        Document d = doc();
        PhraseCoder.PhraseActor ushakov = CODER.code(d, span("Kremlin aide Yury Ushakov")).orElseThrow();
        assertEquals("RUSGOV", ushakov.code().toString());
        assertEquals(d.entities().stream().filter(e -> e.name().equals("Yury Ushakov")).findFirst().orElseThrow().id(),
                ushakov.entityId());
        assertEquals("RUS", CODER.code(d, span("Russian")).orElseThrow().code().toString());
    }

    @Test
    void modifiersOfTheHeadOutsideTheSpanCount() {
        assertEquals("CHNMIL", CODER.code(doc(), span("warplanes")).orElseThrow().code().toString());
    }

    @Test
    void aCapitalStandingForItsCountryIsItsGovernment() {
        Document d = ActorCoderTest.coded(dev.dossier.entities.LiteralArticles.places());
        PhraseCoder.PhraseActor moscow = CODER.code(d, new Span(0, "Moscow".length())).orElseThrow();
        assertEquals("RUSGOV", moscow.code().toString());
        assertEquals("government of Russia", moscow.role());
        assertEquals("RUS", d.actorOf(moscow.entityId()).orElseThrow().code().toString(), "the entity stays RUS");
    }

    @Test
    void aPhraseWithoutCountryOrRoleWordsHasNoActor() {
        assertTrue(CODER.code(doc(), span("met")).isEmpty());
    }
    @Test
    void aCityBeforeARoleGivesItsCountryAndAKnownNameItsCode() {
        String text = "Minsk police and the Quds Force met.";
        Document d = ActorCoderTest.coded(LiteralDocs.text(text)
                .tokens("Minsk/NNP/CITY police/NN and/CC the/DT Quds/NNP Force/NNP met/VBD ./.")
                .deps("compound(1,0) nsubj(6,1) cc(5,2) det(5,3) compound(5,4) conj(1,5) root(-1,6) punct(6,7)")
                .build());
        PhraseCoder.PhraseActor police = CODER.code(d, new Span(0, "Minsk police".length())).orElseThrow();
        assertEquals("BLRCOP", police.code().toString());
        int at = text.indexOf("the Quds Force");
        PhraseCoder.PhraseActor quds = CODER.code(d, new Span(at, at + "the Quds Force".length())).orElseThrow();
        assertEquals("IRNMIL", quds.code().toString(), "a name of the actor base, though no entity");
    }
}
