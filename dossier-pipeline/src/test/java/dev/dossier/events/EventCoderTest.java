package dev.dossier.events;

import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;
import dev.dossier.model.EventStatus;
import dev.dossier.pipeline.Annotator;
import dev.dossier.pipeline.AnnotatorContract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventCoderTest extends AnnotatorContract {

    private static final EventCoder CODER = new EventCoder();

    @Override
    protected Annotator annotator() {
        return CODER;
    }

    @Override
    protected List<Document> inputs() {
        return List.of(praise(), sanction(), postponedMeeting(), readyToResume(), quoted(), accusation());
    }

    private static LiteralDocument countries() {
        return new LiteralDocument()
                .entity("russia", EntityType.COUNTRY, "RUS", "Moscow")
                .entity("usa", EntityType.COUNTRY, "USA", "Washington", "US");
    }

    static Document praise() {
        return countries().sentence("Moscow/NNP/Moscow/3/nsubj", "has/VBZ/have/3/aux", "praised/VBN/praise/0/root",
                "Washington/NNP/Washington/3/obj", "./././3/punct")
                .build();
    }

    static Document sanction() {
        return countries()
                .entity("rosneft", EntityType.ORGANIZATION, "RUSBUS", "Rosneft")
                .entity("lukoil", EntityType.ORGANIZATION, "RUSBUS", "Lukoil")
                .time("last month", "2025-10")
                .sentence("The/DT/the/2/det", "US/NNP/US/3/nsubj", "decided/VBD/decide/0/root", "to/TO/to/5/mark",
                        "sanction/VB/sanction/3/xcomp", "Rosneft/NNP/Rosneft/5/obj", "and/CC/and/8/cc",
                        "Lukoil/NNP/Lukoil/6/conj", "last/JJ/last/10/amod", "month/NN/month/5/obl:tmod", "./././3/punct")
                .build();
    }

    static Document postponedMeeting() {
        return new LiteralDocument()
                .entity("putin", EntityType.PERSON, "RUSGOV", "Putin")
                .entity("trump", EntityType.PERSON, "USAGOV", "Trump")
                .entity("budapest", EntityType.LOCATION, null, "Budapest")
                .sentence("The/DT/the/2/det", "meeting/NN/meeting/10/nsubj:pass", "between/IN/between/4/case",
                        "Putin/NNP/Putin/2/nmod", "and/CC/and/6/cc", "Trump/NNP/Trump/4/conj", "in/IN/in/8/case",
                        "Budapest/NNP/Budapest/2/nmod", "was/VBD/be/10/aux:pass", "postponed/VBN/postpone/0/root",
                        "./././10/punct")
                .build();
    }

    static Document readyToResume() {
        return countries().sentence("Moscow/NNP/Moscow/3/nsubj", "is/VBZ/be/3/cop", "ready/JJ/ready/0/root",
                        "to/TO/to/5/mark", "resume/VB/resume/3/xcomp", "contacts/NNS/contact/5/obj", "with/IN/with/8/case",
                        "Washington/NNP/Washington/6/nmod", "./././3/punct")
                .build();
    }

    static Document quoted() {
        return countries().entity("ushakov", EntityType.PERSON, "RUSGOV", "Ushakov")
                .sentence("Ushakov/NNP/Ushakov/2/nsubj", "said/VBD/say/0/root", "Moscow/NNP/Moscow/4/nsubj",
                        "praised/VBD/praise/2/ccomp", "Washington/NNP/Washington/4/obj", "./././2/punct")
                .quote("Moscow praised Washington", "ushakov", "Ushakov")
                .build();
    }

    static Document accusation() {
        return new LiteralDocument()
                .entity("ushakov", EntityType.PERSON, "RUSGOV", "Ushakov")
                .entity("ukraine", EntityType.COUNTRY, "UKR", "Kiev")
                .sentence("Ushakov/NNP/Ushakov/2/nsubj", "said/VBD/say/0/root", "Kiev/NNP/Kiev/4/nsubj",
                        "wants/VBZ/want/2/ccomp", "to/TO/to/6/mark", "continue/VB/continue/4/xcomp", "the/DT/the/8/det",
                        "bloodshed/NN/bloodshed/6/obj", "./././2/punct")
                .build();
    }

    private static Event only(Document d) {
        List<Event> events = CODER.annotate(d).events();
        assertEquals(1, events.size(), () -> "events: " + events);
        return events.getFirst();
    }

    private static String code(EventActor a) {
        return a.code().toString();
    }

    @Test
    void codesAClauseWithItsOntologyFieldsAndThePublicationDate() {
        Event e = only(praise());
        assertEquals("051", e.cameo());
        assertEquals("Praise or endorse", e.cameoName());
        assertEquals("SUPPORT", e.plover().type());
        assertEquals(1, e.quadClass());
        assertEquals(3.4, e.goldstein(), 1e-9);
        assertEquals("RUS", code(e.source()));
        assertEquals(List.of("USA"), e.targets().stream().map(EventCoderTest::code).toList());
        assertEquals("2025-11-16", e.when().value());
        assertFalse(e.whenFromText());
        assertEquals(EventStatus.HAPPENED, e.status());
        assertEquals("Moscow has praised Washington", e.evidence().text());
    }

    @Test
    void aListOfTargetsGivesSeveralTargetsAndTheGoverningTimeGivesTheDate() {
        Event e = only(sanction());
        assertEquals("163", e.cameo());
        assertEquals(4, e.quadClass());
        assertEquals("USA", code(e.source()));
        assertEquals(List.of("rosneft", "lukoil"), e.targets().stream().map(EventActor::entityId).toList());
        assertEquals("2025-10", e.when().value());
        assertTrue(e.whenFromText());
    }

    @Test
    void aNounPhraseEventWithItsPlaceAndWhatBefellIt() {
        Event e = only(postponedMeeting());
        assertEquals("04", e.cameoRoot());
        assertEquals("RUSGOV", code(e.source()));
        assertEquals(List.of("USAGOV"), e.targets().stream().map(EventCoderTest::code).toList());
        assertEquals(EventStatus.POSTPONED, e.status());
        assertNotNull(e.where());
        assertEquals("Budapest", e.where().name());
        assertEquals("HUN", e.where().country());
        assertEquals(47.5, e.where().lat(), 0.1);
    }

    @Test
    void anIntentionToMeetIsAnExpressionOfIntent() {
        Event e = only(readyToResume());
        assertEquals("036", e.cameo());
        assertEquals("RUS", code(e.source()));
        assertEquals("USA", code(e.targets().getFirst()));
        assertEquals(EventStatus.PLANNED, e.status());
    }

    @Test
    void negationIsRead() {
        Document d = countries().sentence("Moscow/NNP/Moscow/4/nsubj", "did/VBD/do/4/aux", "not/RB/not/4/advmod",
                "praise/VB/praise/0/root", "Washington/NNP/Washington/4/obj", "./././4/punct").build();
        assertEquals(EventStatus.NEGATED, only(d).status());
    }

    @Test
    void cooperationAnActorSaysItWillNotGiveIsARefusal() {
        Document d = countries().sentence("Moscow/NNP/Moscow/4/nsubj", "will/MD/will/4/aux", "not/RB/not/4/advmod",
                "praise/VB/praise/0/root", "Washington/NNP/Washington/4/obj", "./././4/punct").build();
        Event e = only(d);
        assertEquals("120", e.cameo());
        assertEquals(3, e.quadClass());
        assertEquals(EventStatus.HAPPENED, e.status());
    }

    @Test
    void anEventInAQuoteIsReportedByItsSpeakerAndSayingItselfIsNoEvent() {
        Event e = only(quoted());
        assertEquals("051", e.cameo());
        assertNotNull(e.reportedBy());
        assertEquals("ushakov", e.reportedBy().entityId());
        assertNull(only(praise()).reportedBy());
    }

    @Test
    void sayingThatSomeoneWantsBloodshedIsAnAccusation() {
        Event e = only(accusation());
        assertEquals("112", e.cameo());
        assertEquals("RUSGOV", code(e.source()));
        assertEquals("UKR", code(e.targets().getFirst()));
    }

    @Test
    void whatOneSideUrgesAnotherToDoIsAnAppealAndAHypotheticalAct() {
        Document d = countries().entity("ukraine", EntityType.COUNTRY, "UKR", "Kiev")
                .sentence("Washington/NNP/Washington/2/nsubj", "urged/VBD/urge/0/root", "Moscow/NNP/Moscow/2/obj",
                        "to/TO/to/5/mark", "praise/VB/praise/2/xcomp", "Kiev/NNP/Kiev/5/obj", "./././2/punct").build();
        List<Event> events = CODER.annotate(d).events();
        assertEquals(2, events.size(), events::toString);
        Event appeal = events.stream().filter(e -> e.cameo().equals("022")).findFirst().orElseThrow(
                () -> new AssertionError("an appeal to praise is one for diplomatic cooperation: " + events));
        assertEquals("USA", code(appeal.source()));
        assertEquals("RUS", code(appeal.targets().getFirst()));
        Event praise = events.stream().filter(e -> e.cameo().equals("051")).findFirst().orElseThrow();
        assertEquals("RUS", code(praise.source()), "the object of 'urged' is who would praise");
        assertEquals("UKR", code(praise.targets().getFirst()));
        assertEquals(EventStatus.HYPOTHETICAL, praise.status());
    }

    @Test
    void noEventWithoutACodedSecondSide() {
        Document d = countries().sentence("Moscow/NNP/Moscow/2/nsubj", "praised/VBD/praise/0/root",
                "everyone/NN/everyone/2/obj", "./././2/punct").build();
        assertTrue(CODER.annotate(d).events().isEmpty());
    }

    @Test
    void aGroupNounWithoutACountryWordIsCodedByItsRoleAlone() {
        Document d = new LiteralDocument().entity("russia", EntityType.COUNTRY, "RUS", "Russia")
                .entity("usa", EntityType.COUNTRY, "USA", "Washington")
                .sentence("Police/NNS/police/2/nsubj", "praised/VBD/praise/0/root",
                "Washington/NNP/Washington/2/obj", "in/IN/in/5/case", "Russia/NNP/Russia/2/obl", "./././2/punct")
                .build();
        Event e = only(d);
        assertEquals("COP", code(e.source()));
        assertEquals("USA", code(e.targets().getFirst()));
    }

    @Test
    void aRoleNounTitlingANamedPersonIsNoGroup() {
        Document d = countries().entity("petrov", EntityType.PERSON, "RUSGOV", "Ivan Petrov")
                .sentence("General/NN/general/4/nsubj", "Ivan/NNP/Ivan/3/compound", "Petrov/NNP/Petrov/1/appos",
                        "praised/VBD/praise/0/root", "Washington/NNP/Washington/4/obj", "./././4/punct")
                .build();
        assertEquals("RUSGOV", code(only(d).source()));
    }

    @Test
    void aGroupNounTakesTheCountryThatModifiesIt() {
        Document d = countries().sentence("Russian/JJ/russian/2/amod", "rebels/NNS/rebel/3/nsubj",
                "praised/VBD/praise/0/root", "Washington/NNP/Washington/3/obj", "./././3/punct").build();
        assertEquals("RUSREB", code(only(d).source()));
    }

    @Test
    void anUnresolvedPronounStandsForTheLastCodedActorBeforeIt() {
        Document d = countries().sentence("Moscow/NNP/Moscow/2/nsubj", "said/VBD/say/0/root", "he/PRP/he/4/nsubj",
                "praised/VBD/praise/2/ccomp", "Washington/NNP/Washington/4/obj", "./././2/punct").build();
        Event e = only(d);
        assertEquals("RUS", code(e.source()));
        assertEquals("USA", code(e.targets().getFirst()));
    }

    @Test
    void aGroupNounQualifyingAnotherNounIsNoActor() {
        Document d = countries().sentence("Moscow/NNP/Moscow/2/nsubj", "rejected/VBD/reject/0/root",
                "media/NNS/media/4/compound", "reports/NNS/report/2/obj", "./././2/punct").build();
        assertTrue(CODER.annotate(d).events().isEmpty());
    }

    @Test
    void noEventBetweenSidesOfNoKnownCountry() {
        Document d = countries().sentence("Rebels/NNS/rebel/2/nsubj", "attacked/VBD/attack/0/root",
                "police/NNS/police/2/obj", "./././2/punct").build();
        assertTrue(CODER.annotate(d).events().isEmpty());
    }

    @Test
    void aPassiveWithAGroupNounAsItsSubjectTargetsTheGroup() {
        Document d = new LiteralDocument().entity("putin", EntityType.PERSON, "RUSGOV", "Putin")
                .sentence("Civilians/NNS/civilian/3/nsubj:pass", "were/VBD/be/3/aux:pass", "released/VBN/release/0/root",
                        "by/IN/by/5/case", "Putin/NNP/Putin/3/obl", "./././3/punct").build();
        Event e = only(d);
        assertEquals("RUSGOV", code(e.source()));
        assertEquals("CVL", code(e.targets().getFirst()));
    }
}
