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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events inside reported speech, statements with an addressee or topic actor, moods, appeals and refusals. Sentences
 * are literal parses of our own sentences, with no QUOTES layer: the reporter is read from the parse.
 */
class ReportedSpeechTest {


    private static LiteralDocument world() {
        return new LiteralDocument()
                .entity("russia", EntityType.COUNTRY, "RUS", "Moscow")
                .entity("usa", EntityType.COUNTRY, "USA", "Washington")
                .entity("ukraine", EntityType.COUNTRY, "UKR", "Kiev")
                .entity("poland", EntityType.COUNTRY, "POL", "Warsaw")
                .entity("iran", EntityType.COUNTRY, "IRN", "Tehran")
                .entity("france", EntityType.COUNTRY, "FRA", "Paris")
                .entity("japan", EntityType.COUNTRY, "JPN", "Tokyo")
                .entity("china", EntityType.COUNTRY, "CHN", "Beijing")
                .entity("kharkiv", EntityType.LOCATION, "UKR", "Kharkiv");
    }

    @Test
    void anEventInTheComplementOfSayingIsReportedByTheSpeaker() {
        Document d = world().sentence("Moscow/NNP/Moscow/2/nsubj", "said/VBD/say/0/root", "Warsaw/NNP/Warsaw/4/nsubj",
                "supplied/VBD/supply/2/ccomp", "weapons/NNS/weapon/4/obj", "to/IN/to/7/case", "Kiev/NNP/Kiev/4/obl",
                "./././2/punct").build();
        List<Event> all = events(d);
        assertEquals(1, all.size(), "what was said holds a coded event, so the saying is no statement of its own: "
                + all);
        Event arms = all.getFirst();
        assertEquals("072", arms.cameo());
        assertEquals("POL", code(arms.source()));
        assertEquals(List.of("UKR"), targets(arms));
        assertNotNull(arms.reportedBy(), "reported by the subject of 'said'");
        assertEquals("russia", arms.reportedBy().entityId());
        assertEquals("Moscow", arms.reportedBy().mention().text());
    }

    @Test
    void aReportingVerbSetAfterTheClauseReportsItToo() {
        Document d = world().sentence("Warsaw/NNP/Warsaw/2/nsubj", "supplied/VBD/supply/0/root",
                "weapons/NNS/weapon/2/obj", "to/IN/to/5/case", "Kiev/NNP/Kiev/2/obl", ",/,/,/2/punct",
                "Moscow/NNP/Moscow/8/nsubj", "claimed/VBD/claim/2/parataxis", "./././2/punct").build();
        Event arms = only(d, "072");
        assertEquals("russia", arms.reportedBy().entityId());
    }

    @Test
    void whatAnAccuserChargesItsObjectWithIsDoneByTheObjectAndReportedByTheAccuser() {
        Document d = world().sentence("Kiev/NNP/Kiev/2/nsubj", "accused/VBD/accuse/0/root", "Moscow/NNP/Moscow/2/obj",
                "of/IN/of/5/mark", "shelling/VBG/shell/2/advcl", "Kharkiv/NNP/Kharkiv/5/obj", "./././2/punct").build();
        Event accusation = only(d, "112");
        assertEquals("UKR", code(accusation.source()));
        assertEquals(List.of("RUS"), targets(accusation));
        Event shelling = only(d, "194");
        assertEquals("RUS", code(shelling.source()), "the accused shelled, not the accuser");
        assertEquals(List.of("UKR"), targets(shelling));
        assertEquals("ukraine", shelling.reportedBy().entityId());
    }

    @Test
    void sayingWhatAnotherCountryMustDoIsAStatementAboutIt() {
        Document d = world().sentence("Washington/NNP/Washington/2/nsubj", "said/VBD/say/0/root",
                "Tehran/NNP/Tehran/5/nsubj", "must/MD/must/5/aux", "stop/VB/stop/2/ccomp",
                "enrichment/NN/enrichment/5/obj", "./././2/punct").build();
        Event e = only(d, "010");
        assertEquals("USA", code(e.source()));
        assertEquals(List.of("IRN"), targets(e));
        assertEquals(EventStatus.HAPPENED, e.status());
        assertNull(e.reportedBy());
    }

    @Test
    void tellingAnAddresseeIsAStatementToItButSayingSomethingOfNoOneIsNoEvent() {
        Document told = world().sentence("Washington/NNP/Washington/2/nsubj", "told/VBD/tell/0/root",
                "Moscow/NNP/Moscow/2/obj", "that/IN/that/7/mark", "the/DT/the/6/det", "deadline/NN/deadline/7/nsubj",
                "passed/VBD/pass/2/ccomp", "./././2/punct").build();
        Event e = only(told, "010");
        assertEquals("USA", code(e.source()));
        assertEquals(List.of("RUS"), targets(e));

        Document weather = world().sentence("Moscow/NNP/Moscow/2/nsubj", "said/VBD/say/0/root",
                "the/DT/the/4/det", "winter/NN/winter/6/nsubj", "was/VBD/be/6/cop", "cold/JJ/cold/2/ccomp",
                "./././2/punct").build();
        assertTrue(events(weather).isEmpty(), () -> "no addressee, no topic actor: " + events(weather));

        Document own = world().sentence("Moscow/NNP/Moscow/2/nsubj", "said/VBD/say/0/root",
                "Moscow/NNP/Moscow/5/nsubj", "must/MD/must/5/aux", "wait/VB/wait/2/ccomp", "./././2/punct").build();
        assertTrue(events(own).isEmpty(), () -> "a speaker talking of itself addresses no one: " + events(own));
    }

    @Test
    void concernAboutAnotherSideIsAPessimisticComment() {
        Document d = world().sentence("Tokyo/NNP/Tokyo/3/nsubj", "is/VBZ/be/3/cop", "concerned/JJ/concerned/0/root",
                "about/IN/about/5/case", "Beijing/NNP/Beijing/3/obl", "./././3/punct").build();
        Event e = only(d, "012");
        assertEquals("JPN", code(e.source()));
        assertEquals(List.of("CHN"), targets(e));
    }

    @Test
    void callingOnAnotherSideToReleasePeopleIsAnAppealForTheirRelease() {
        Document d = world().sentence("Paris/NNP/Paris/2/nsubj", "called/VBD/call/0/root", "on/IN/on/4/case",
                "Moscow/NNP/Moscow/2/obl", "to/TO/to/6/mark", "release/VB/release/2/xcomp", "the/DT/the/8/det",
                "journalists/NNS/journalist/6/obj", "./././2/punct").build();
        Event e = only(d, "0253");
        assertEquals("FRA", code(e.source()));
        assertEquals(List.of("RUS"), targets(e));
    }

    @Test
    void callingForCalmIsAnAppealWithNoAddressee() {
        Document d = world().sentence("Paris/NNP/Paris/2/nsubj", "called/VBD/call/0/root", "for/IN/for/4/case",
                "calm/NN/calm/2/obl", "./././2/punct").build();
        Event e = only(d, "020");
        assertEquals("FRA", code(e.source()));
        assertTrue(e.targets().isEmpty());
        Document named = world().sentence("Paris/NNP/Paris/2/nsubj", "called/VBD/call/0/root",
                "the/DT/the/4/det", "meeting/NN/meeting/2/obj", "./././2/punct").build();
        assertTrue(events(named).stream().noneMatch(x -> x.cameoRoot().equals("02")), "calling a meeting is no appeal");
    }

    @Test
    void demandingTalksIsADemandToNegotiate() {
        Document d = world().sentence("Kiev/NNP/Kiev/2/nsubj", "demanded/VBD/demand/0/root", "talks/NNS/talk/2/obj",
                "with/IN/with/5/case", "Moscow/NNP/Moscow/3/nmod", "./././2/punct").build();
        Event e = only(d, "106");
        assertEquals("UKR", code(e.source()));
        assertEquals(List.of("RUS"), targets(e));
    }

    @Test
    void refusingToMeetIsARejectionOfTheMeetingAndTheMeetingDidNotHappen() {
        Document d = world().sentence("Moscow/NNP/Moscow/2/nsubj", "refused/VBD/refuse/0/root", "to/TO/to/4/mark",
                "meet/VB/meet/2/xcomp", "Kiev/NNP/Kiev/4/obj", "./././2/punct").build();
        Event refusal = only(d, "125");
        assertEquals("RUS", code(refusal.source()));
        assertEquals(List.of("UKR"), targets(refusal));
        Event meeting = only(d, "040");
        assertEquals(EventStatus.NEGATED, meeting.status());
    }
}
