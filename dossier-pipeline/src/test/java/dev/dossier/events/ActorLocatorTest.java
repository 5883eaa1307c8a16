package dev.dossier.events;

import dev.dossier.actors.ActorCoder;
import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.reference.Countries;
import dev.dossier.reference.Leaders;
import dev.dossier.reference.RoleLexicon;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorLocatorTest {

    private static ActorLocator locator(Document doc) {
        return new ActorLocator(new ParseGraph(doc), Countries.standard(), Leaders.standard(), RoleLexicon.standard(),
                Gazetteer.standard(), EventCues.standard().speech());
    }

    /** The codes of the sides, in order; "-" for a side without a code. */
    private static List<String> codes(List<ActorLocator.Side> sides) {
        return sides.stream().map(s -> s.code() == null ? "-" : s.code().toString()).toList();
    }

    @Test
    void anUncodedPlaceTakesItsCountryFromTheGazetteerAndStaysAPlace() {
        Document d = new LiteralDocument()
                .entity("hebron", EntityType.LOCATION, null, "Hebron")
                .entity("bank", EntityType.LOCATION, null, "West Bank")
                .entity("atlantis", EntityType.LOCATION, null, "Atlantis")
                .sentence("Settlers/NNS/settler/2/nsubj", "left/VBD/leave/0/root", "Hebron/NNP/Hebron/2/obj",
                        "in/IN/in/6/case", "the/DT/the/6/det", "West/NNP/West/7/compound", "Bank/NNP/Bank/3/nmod:in",
                        "for/IN/for/9/case", "Atlantis/NNP/Atlantis/2/obl:for", "./././2/punct")
                .build();
        ActorLocator actors = locator(d);
        assertEquals(List.of("PSE"), codes(actors.at(2)));
        assertTrue(actors.at(2).getFirst().isPlace());
        assertEquals(List.of("PSE"), codes(actors.at(6)), "a region, found by the entity's name");
        assertEquals(List.of("-"), codes(actors.at(8)), "a place the gazetteer does not know stays uncoded");
    }

    @Test
    void aRoleNounTakesTheCountryOfAPlaceInItsOfPhraseOneLevelDown() {
        Document d = new LiteralDocument()
                .entity("hebron", EntityType.LOCATION, null, "Hebron")
                .sentence("The/DT/the/2/det", "mayor/NN/mayor/10/nsubj", "of/IN/of/6/case", "the/DT/the/6/det",
                        "southern/JJ/southern/6/amod", "town/NN/town/2/nmod:of", "of/IN/of/8/case",
                        "Hebron/NNP/Hebron/6/nmod:of", "has/VBZ/have/10/aux", "resigned/VBN/resign/0/root",
                        "./././10/punct")
                .build();
        assertEquals(List.of("PSEGOV"), codes(locator(d).at(1)));
    }

    @Test
    void aRoleNounTakesTheCountryOfAnOfPhraseOfItsOfPhrase() {
        Document d = new LiteralDocument()
                .entity("kenya", EntityType.COUNTRY, "KEN", "Kenya")
                .sentence("Residents/NNS/resident/7/nsubj", "of/IN/of/4/case", "the/DT/the/4/det",
                        "capital/NN/capital/1/nmod:of", "of/IN/of/6/case", "Kenya/NNP/Kenya/4/nmod:of",
                        "marched/VBD/march/0/root", "./././7/punct")
                .build();
        assertEquals(List.of("KENCVL"), codes(locator(d).at(0)));
    }

    @Test
    void opponentsOfAForeignSenateAreOfThatCountry() {
        Document literal = new LiteralDocument()
                .entity("chile", EntityType.COUNTRY, "CHL", "Chile")
                .entity("senate", EntityType.ORGANIZATION, null, "Senate")
                .sentence("Opponents/NNS/opponent/7/nsubj", "of/IN/of/4/case", "the/DT/the/4/det",
                        "Senate/NNP/Senate/1/nmod:of", "of/IN/of/6/case", "Chile/NNP/Chile/4/nmod:of",
                        "walked/VBD/walk/0/root", "out/RP/out/7/compound:prt", "./././7/punct")
                .build();
        Document d = new ActorCoder().annotate(literal);
        assertEquals("CHLLEG", d.actorOf("senate").orElseThrow().code().toString());
        ActorLocator actors = locator(d);
        assertEquals(List.of("CHLLEG"), codes(actors.at(3)));
        assertEquals(List.of("CHLOPP"), codes(actors.at(0)));
    }

    @Test
    void theyReportedByAVerbOfSayingIsItsCodedSubject() {
        Document d = new LiteralDocument()
                .entity("egypt", EntityType.COUNTRY, "EGY", "Egypt")
                .sentence("Egypt/NNP/Egypt/2/nsubj", "stated/VBD/state/0/root", "that/IN/that/6/mark",
                        "they/PRP/they/6/nsubj", "had/VBD/have/6/aux", "closed/VBN/close/2/ccomp", "the/DT/the/8/det",
                        "crossing/NN/crossing/6/obj", "./././2/punct")
                .build();
        assertEquals(List.of("EGY"), codes(locator(d).at(3)));
    }

    @Test
    void theyStaysUnresolvedOutsideReportedClausesOrWithAPluralNounBeforeIt() {
        Document d = new LiteralDocument()
                .entity("egypt", EntityType.COUNTRY, "EGY", "Egypt")
                .sentence("Egypt/NNP/Egypt/2/nsubj", "closed/VBD/close/0/root", "the/DT/the/4/det",
                        "crossing/NN/crossing/2/obj", "because/IN/because/7/mark", "they/PRP/they/7/nsubj",
                        "feared/VBD/fear/2/advcl", "raids/NNS/raid/7/obj", "./././2/punct")
                .sentence("The/DT/the/2/det", "rules/NNS/rule/3/nsubj", "stand/VBP/stand/0/root",
                        "because/IN/because/6/mark", "Egypt/NNP/Egypt/6/nsubj", "said/VBD/say/3/advcl",
                        "they/PRP/they/9/nsubj", "are/VBP/be/9/cop", "valid/JJ/valid/6/ccomp", "./././3/punct")
                .build();
        ActorLocator actors = locator(d);
        assertTrue(actors.at(5).isEmpty(), "not in a reported clause");
        assertTrue(actors.at(15).isEmpty(), "the rules, not Egypt, are valid");
    }

    @Test
    void aReflexiveIsTheCodedSubjectOfItsClause() {
        Document d = new LiteralDocument()
                .entity("ghana", EntityType.COUNTRY, "GHA", "Ghana")
                .sentence("Critics/NNS/critic/2/nsubj", "said/VBD/say/0/root", "Ghana/NNP/Ghana/5/nsubj",
                        "had/VBD/have/5/aux", "isolated/VBN/isolate/2/ccomp", "itself/PRP/itself/5/obj",
                        "./././2/punct")
                .sentence("The/DT/the/2/det", "rebels/NNS/rebel/3/nsubj", "armed/VBD/arm/0/root",
                        "themselves/PRP/themselves/3/obj", "./././3/punct")
                .sentence("The/DT/the/2/det", "prisoners/NNS/prisoner/4/nsubj:pass", "were/VBD/be/4/aux:pass",
                        "freed/VBN/free/0/root", "by/IN/by/7/case", "the/DT/the/7/det", "rebels/NNS/rebel/4/obl:by",
                        "themselves/PRP/themselves/4/obl:npmod", "./././4/punct")
                .build();
        ActorLocator actors = locator(d);
        assertEquals(List.of("GHA"), codes(actors.at(5)));
        assertEquals(List.of("REB"), codes(actors.at(10)));
        assertTrue(actors.at(19).isEmpty(), "an emphatic reflexive is not the passive subject");
    }

    @Test
    void aSingularPronounStillTakesTheLastCodedActor() {
        Document d = new LiteralDocument()
                .entity("putin", EntityType.PERSON, "RUSGOV", "Putin")
                .sentence("Putin/NNP/Putin/2/nsubj", "said/VBD/say/0/root", "he/PRP/he/4/nsubj",
                        "agreed/VBD/agree/2/ccomp", "./././2/punct")
                .build();
        assertEquals(List.of("RUSGOV"), codes(locator(d).at(2)));
    }
}
