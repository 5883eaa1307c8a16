package dev.dossier.events;

import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dossier.events.CodedEvents.code;
import static dev.dossier.events.CodedEvents.events;
import static dev.dossier.events.CodedEvents.only;
import static dev.dossier.events.CodedEvents.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the coder reads the sides of an event in constructions beyond subject-verb-object: givers named after "from",
 * wishes for another to act, events with no target, statements about force, passives without an agent, and the
 * parses CoreNLP gets wrong in wire sentences. Sentences are literal parses of our own sentences.
 */
class EventSidesTest {


    /** A document that knows the countries among these names (each must occur in the sentence). */
    private static LiteralDocument world(String... names) {
        LiteralDocument d = new LiteralDocument();
        for (String name : names) {
            switch (name) {
                case "Moscow", "Russia" -> d.entity("russia", EntityType.COUNTRY, "RUS", name);
                case "Washington" -> d.entity("usa", EntityType.COUNTRY, "USA", name);
                case "Iran" -> d.entity("iran", EntityType.COUNTRY, "IRN", name);
                case "Kiev" -> d.entity("ukraine", EntityType.COUNTRY, "UKR", name);
                default -> throw new IllegalArgumentException(name);
            }
        }
        return d;
    }

    @Test
    void weaponsReceivedFromAGovernmentAreThatGovernmentArmingTheReceiver() {
        Document d = world("Iran").sentence("Armenian/JJ/armenian/2/amod", "rebels/NNS/rebel/3/nsubj",
                "received/VBD/receive/0/root", "weapons/NNS/weapon/3/obj", "from/IN/from/6/case", "Iran/NNP/Iran/3/obl",
                "./././3/punct").build();
        Event e = only(d, "072");
        assertEquals("IRN", code(e.source()));
        assertEquals(List.of("ARMREB"), targets(e));
    }

    @Test
    void visitorsReceivedFromAGovernmentAreThatGovernment() {
        Document d = world("Iran").sentence("Iran/NNP/Iran/2/nsubj", "received/VBD/receive/0/root",
                "ministers/NNS/minister/2/obj", "from/IN/from/7/case", "the/DT/the/7/det", "Russian/JJ/russian/7/amod",
                "government/NN/government/2/obl", "./././2/punct").build();
        Event e = only(d, "043");
        assertEquals("IRN", code(e.source()));
        assertEquals(List.of("RUSGOV"), targets(e), "the ministers are the Russian government's, not a party of their own");
    }

    @Test
    void wantingAnotherSideToActAppealsToIt() {
        Document d = world("Washington", "Moscow").sentence("Washington/NNP/Washington/2/nsubj", "wants/VBZ/want/0/root",
                "Moscow/NNP/Moscow/2/obj", "to/TO/to/5/mark", "withdraw/VB/withdraw/2/xcomp", "./././2/punct").build();
        Event e = only(d, "0256");
        assertEquals("USA", code(e.source()));
        assertEquals(List.of("RUS"), targets(e));
        assertEquals(EventStatus.HYPOTHETICAL, events(d).stream().filter(x -> x.cameo().equals("087")).findFirst()
                .map(Event::status).orElse(EventStatus.HYPOTHETICAL), "the withdrawal asked for has not happened");

        Document own = world("Washington", "Moscow").sentence("Washington/NNP/Washington/2/nsubj", "wants/VBZ/want/0/root",
                "to/TO/to/4/mark", "meet/VB/meet/2/xcomp", "Moscow/NNP/Moscow/4/obj", "./././2/punct").build();
        assertTrue(events(own).stream().noneMatch(x -> x.cameo().startsWith("02")), "wanting to act oneself is no appeal");
    }

    @Test
    void aProtestWithNoTargetIsCodedWithoutOne() {
        Document d = world().sentence("Russian/JJ/russian/2/amod", "protesters/NNS/protester/3/nsubj",
                "rallied/VBD/rally/0/root", "on/IN/on/5/case", "Sunday/NNP/Sunday/3/obl", "./././3/punct").build();
        Event e = only(d, "141");
        assertEquals("RUSOPP", code(e.source()));
        assertTrue(e.targets().isEmpty());
    }

    @Test
    void aProtestNeedsASourceWithACountryToStandAlone() {
        Document d = world().sentence("Protesters/NNS/protester/2/nsubj", "rallied/VBD/rally/0/root", "./././2/punct")
                .build();
        assertTrue(events(d).isEmpty());
    }

    @Test
    void sayingThatAnotherSideAttackedAccusesItEvenWhenTheTargetIsUnnamed() {
        Document d = world("Washington", "Moscow").sentence("Washington/NNP/Washington/2/nsubj", "said/VBD/say/0/root",
                "Moscow/NNP/Moscow/5/nsubj", "had/VBD/have/5/aux", "attacked/VBN/attack/2/ccomp", "./././2/punct").build();
        Event e = only(d, "112");
        assertEquals("USA", code(e.source()));
        assertEquals(List.of("RUS"), targets(e));
    }

    @Test
    void sayingThatOnesOwnForcesAttackedClaimsIt() {
        Document d = world("Moscow", "Kiev").sentence("Moscow/NNP/Moscow/2/nsubj", "said/VBD/say/0/root", "Russian/JJ/russian/4/amod",
                "troops/NNS/troop/6/nsubj", "had/VBD/have/6/aux", "attacked/VBN/attack/2/ccomp", "Kiev/NNP/Kiev/6/obj",
                "./././2/punct").build();
        Event claim = only(d, "015");
        assertEquals("RUS", code(claim.source()));
        assertEquals(List.of("UKR"), targets(claim));
        assertEquals("RUSMIL", code(only(d, "190").source()));
    }

    @Test
    void sayingThatOneWillAttackIsAThreatNotAClaim() {
        Document d = world("Moscow", "Kiev").sentence("Moscow/NNP/Moscow/2/nsubj", "said/VBD/say/0/root", "Russian/JJ/russian/4/amod",
                "troops/NNS/troop/6/nsubj", "will/MD/will/6/aux", "attack/VB/attack/2/ccomp", "Kiev/NNP/Kiev/6/obj",
                "./././2/punct").build();
        assertTrue(events(d).stream().noneMatch(e -> e.cameoRoot().equals("01")), () -> events(d).toString());
    }

    @Test
    void sayingThatOnesForcesWillNotAttackClaimsNothing() {
        Document d = world("Moscow", "Kiev").sentence("Moscow/NNP/Moscow/2/nsubj", "said/VBD/say/0/root",
                "Russian/JJ/russian/4/amod", "troops/NNS/troop/7/nsubj", "will/MD/will/7/aux", "not/RB/not/7/advmod",
                "attack/VB/attack/2/ccomp", "Kiev/NNP/Kiev/7/obj", "./././2/punct").build();
        List<Event> all = events(d);
        assertTrue(all.stream().noneMatch(e -> e.cameo().equals("015")), all::toString);
        assertTrue(all.stream().filter(e -> e.cameoRoot().equals("19")).allMatch(e -> e.status() == EventStatus.NEGATED),
                all::toString);
    }

    @Test
    void aPassiveWithoutAgentTakesTheAttackerFromTheAttackItNames() {
        Document d = world().sentence("Two/CD/two/3/nummod", "Ukrainian/JJ/ukrainian/3/amod",
                "soldiers/NNS/soldier/5/nsubj:pass", "were/VBD/be/5/aux:pass", "killed/VBN/kill/0/root",
                "in/IN/in/8/case", "Russian/JJ/russian/8/amod", "shelling/NN/shelling/5/obl", "./././5/punct").build();
        Event e = only(d, "190");
        assertEquals("RUS", code(e.source()));
        assertEquals(List.of("UKRMIL"), targets(e));
    }

    @Test
    void aLightVerbTheParserCutOffStillLendsItsSubject() {
        // "issued arrest warrants for two Iranian men accused of fraud", parsed with "warrants" as the subject of
        // "accused" and that clause as the complement of "issued"
        Document d = world("Russia").sentence("A/DT/a/2/det", "court/NN/court/5/nsubj", "in/IN/in/4/case",
                "Russia/NNP/Russia/2/nmod", "issued/VBD/issue/0/root", "arrest/NN/arrest/7/compound",
                "warrants/NNS/warrant/12/nsubj", "for/IN/for/11/case", "two/CD/two/11/nummod",
                "Iranian/JJ/iranian/11/amod", "men/NNS/man/7/nmod", "accused/VBN/accuse/5/ccomp", "of/IN/of/14/case",
                "fraud/NN/fraud/12/obl", "./././5/punct").build();
        Event e = only(d, "173");
        assertEquals("RUSJUD", code(e.source()));
        assertEquals("IRN", code(e.targets().getFirst()).substring(0, 3));
    }

    @Test
    void aFutureAnnouncedInAClauseTheParserHungBelowIsAnIntention() {
        // "as Russia announced it would free Ukrainian prisoners", with "announced" parsed as a clause of "free"
        Document d = new LiteralDocument().entity("russia", EntityType.COUNTRY, "RUS", "Russia", "it") // "it" by coref
                .sentence("as/IN/as/3/mark", "Russia/NNP/Russia/3/nsubj", "announced/VBD/announce/6/advcl",
                "it/PRP/it/6/nsubj", "would/MD/would/6/aux", "free/VB/free/0/root", "Ukrainian/JJ/ukrainian/8/amod",
                "prisoners/NNS/prisoner/6/obj", "./././6/punct").build();
        List<Event> all = events(d);
        Event e = all.stream().filter(x -> x.cameoRoot().equals("03")).findFirst()
                .orElseThrow(() -> new AssertionError("no intent among " + all));
        assertEquals("RUS", code(e.source()));
        assertEquals(EventStatus.PLANNED, e.status());
    }

    @Test
    void theSubjectOfAReducedRelativeParsedAsAClausalSubjectIsWhoIsActedUpon() {
        Document d = world().entity("putin", EntityType.PERSON, "RUSGOV", "Putin")
                .sentence("The/DT/the/2/det", "civilians/NNS/civilian/3/nsubj", "held/VBN/hold/6/csubj:pass",
                        "were/VBD/be/6/aux:pass", "then/RB/then/6/advmod", "released/VBN/release/0/root",
                        "by/IN/by/8/case", "Putin/NNP/Putin/6/obl", "./././6/punct").build();
        Event e = only(d, "0841");
        assertEquals("RUSGOV", code(e.source()));
        assertEquals(List.of("CVL"), targets(e));
    }

    @Test
    void anObjectParsedAsTheSubjectOfItsParticipleIsStillTheObject() {
        // "Russia released the mayor of Kiev jailed last year": "mayor" parsed as the subject of "jailed"
        Document d = world("Russia", "Kiev").sentence("Russia/NNP/Russia/2/nsubj", "released/VBD/release/0/root", "the/DT/the/4/det",
                "mayor/NN/mayor/7/nsubj", "of/IN/of/6/case", "Kiev/NNP/Kiev/4/nmod", "jailed/VBN/jail/2/xcomp",
                "last/JJ/last/9/amod", "year/NN/year/7/obl:tmod", "./././2/punct").build();
        Event e = only(d, "0841");
        assertEquals("RUS", code(e.source()));
        assertEquals(List.of("UKRGOV"), targets(e));
    }
}
