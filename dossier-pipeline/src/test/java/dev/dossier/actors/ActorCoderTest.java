package dev.dossier.actors;

import dev.dossier.entities.EntityResolver;
import dev.dossier.entities.LiteralArticles;
import dev.dossier.model.Actor;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.reference.ReferenceData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorCoderTest {

    private static final EntityResolver RESOLVER = new EntityResolver();
    private static final ActorCoder CODER = new ActorCoder();

    static Document coded(Document literal) {
        return CODER.annotate(RESOLVER.annotate(literal));
    }

    private static Optional<Actor> actor(Document d, String name) {
        Entity e = d.entities().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name));
        return d.actorOf(e.id());
    }

    private static void assertActor(Document d, String name, String code, String role) {
        Actor a = actor(d, name).orElseThrow(() -> new AssertionError("no actor for " + name));
        assertEquals(code, a.code().toString(), "code of " + name);
        assertEquals(role, a.role(), "role of " + name);
    }

    @Test
    void nationalityAndTitleBeforeTheName() {
        Document d = coded(LiteralArticles.people());
        assertActor(d, "Vladimir Putin", "RUSGOV", "President of Russia");
        Actor putin = actor(d, "Vladimir Putin").orElseThrow();
        assertNotNull(putin.evidence());
        assertEquals("Russian President", d.text(putin.evidence()));
    }

    @Test
    void aTitleHeldUnderSomeoneInheritsTheirCountry() {
        assertActor(coded(LiteralArticles.people()), "Yury Ushakov", "RUSGOV", "aide to the President of Russia");
    }

    @Test
    void aCounterpartHoldsThePossessorsTitleInHisOwnCountry() {
        assertActor(coded(LiteralArticles.people()), "Donald Trump", "USAGOV", "President of the United States");
    }

    @Test
    void countriesAreTheirIsoCode() {
        Document d = coded(LiteralArticles.people());
        assertActor(d, "Russia", "RUS", "");
        assertActor(d, "United States", "USA", "");
    }

    @Test
    void institutionsComeFromTheTableAndPlacesGetNoActor() {
        Document d = coded(LiteralArticles.places());
        assertActor(d, "White House", "USAGOV", "office of the President of the United States");
        assertActor(d, "Ukraine", "UKR", "");
        assertTrue(actor(d, "Budapest").isEmpty());
    }

    @Test
    void aJournalistOfNoStatedCountryIsMedia() {
        assertActor(coded(LiteralArticles.descriptions()), "Pavel Zarubin", "MED", "journalist");
    }

    @Test
    void anInstitutionInTheTitleGivesTheCountry() {
        assertActor(coded(LiteralArticles.descriptions()), "Yury Ushakov", "RUSGOV", "aide to the Kremlin");
    }

    @Test
    void peopleWithoutTitlesAreCodedOnlyAsOfficeHolders() {
        assertActor(coded(LiteralArticles.descriptions()), "Donald Trump", "USAGOV", "office holder of the United States");
    }

    @Test
    void formerOfficeHoldersAreElites() {
        assertActor(coded(LiteralArticles.companies()), "Joe Biden", "USAELI", "former President of the United States");
    }

    @Test
    void companiesTakeTheirCountryFromTheTableAndShareTitlesAcrossConjunctions() {
        Document d = coded(LiteralArticles.companies());
        assertActor(d, "Rosneft", "RUSBUS", "Russian oil company");
        assertActor(d, "Acmeco", "BUS", "oil company");
    }

    @Test
    void aTitleInsideAWrappingMentionIsStillRead() {
        assertActor(coded(LiteralArticles.wrappedNames()), "Vladimir Putin", "RUSGOV", "President of Russia");
    }

    @Test
    void aHyphenatedTitleGoverningTheNameWithAnOrganisation() {
        assertActor(coded(LiteralArticles.mistagged()), "Antonio Guterres", "UNOGOV",
                "Secretary-General of the United Nations");
    }

    @Test
    void anOrganisationsOwnNameGivesItsRoleAndCountry() {
        Actor bank = actor(coded(LiteralArticles.mistagged()), "Russian Agricultural Bank").orElseThrow();
        assertEquals("RUSBUS", bank.code().toString());
    }

    @Test
    void aSingularTitleIsNotSharedAcrossAListAndANameQualifyingARoleDoesNotHoldIt() {
        Document d = coded(dev.dossier.pipeline.LiteralDocs.text(
                        "President Barack Obama and Paul Ryan met Green Party candidate Jill Stein.")
                .tokens("President/NNP/TITLE Barack/NNP/PERSON Obama/NNP/PERSON and/CC Paul/NNP/PERSON "
                        + "Ryan/NNP/PERSON met/VBD Green/NNP/ORGANIZATION Party/NNP/ORGANIZATION candidate/NN "
                        + "Jill/NNP/PERSON Stein/NNP/PERSON ./.")
                .deps("compound(2,0) compound(2,1) nsubj(6,2) cc(5,3) compound(5,4) conj(2,5) root(-1,6) "
                        + "compound(8,7) compound(9,8) compound(11,9) compound(11,10) obj(6,11) punct(6,12)")
                .name("Barack Obama", dev.dossier.model.EntityType.PERSON)
                .name("Paul Ryan", dev.dossier.model.EntityType.PERSON)
                .name("Green Party", dev.dossier.model.EntityType.ORGANIZATION)
                .name("Jill Stein", dev.dossier.model.EntityType.PERSON)
                .build());
        assertActor(d, "Barack Obama", "USAGOV", "President of the United States");
        assertTrue(actor(d, "Paul Ryan").isEmpty(), "Ryan is not President");
        assertActor(d, "Jill Stein", "PTY", "Green Party candidate");
        assertEquals("PTY", actor(d, "Green Party").orElseThrow().code().toString());
        assertTrue(!actor(d, "Green Party").orElseThrow().role().contains("candidate"));
    }

    @Test
    void withoutTitleFindersOnlyReferenceDataCodes() {
        ActorCoder bare = new ActorCoder(ReferenceData.standard(), List.of());
        Document d = bare.annotate(RESOLVER.annotate(LiteralArticles.people()));
        assertEquals(List.of("RUS", "RUSGOV", "USA", "USAGOV"), d.actors().stream().map(a -> a.code().toString()).sorted().toList());
    }

    @Test
    void aBareNameOfAnOfficeHolderIsCodedFromTheLeadersTableOnThePublicationDate() {
        Document literal = dev.dossier.pipeline.LiteralDocs.text("Obama spoke.").id("leader")
                .published(java.time.LocalDate.of(2014, 3, 1))
                .tokens("Obama/NNP/PERSON spoke/VBD ./.")
                .deps("nsubj(1,0) root(-1,1) punct(1,2)")
                .name("Obama", EntityType.PERSON)
                .build();
        Actor obama = actor(coded(literal), "Obama").orElseThrow(() -> new AssertionError("Obama uncoded"));
        assertEquals("USAGOV", obama.code().toString());
        Document before = dev.dossier.pipeline.LiteralDocs.text("Obama spoke.").id("leader")
                .published(java.time.LocalDate.of(2001, 3, 1))
                .tokens("Obama/NNP/PERSON spoke/VBD ./.")
                .deps("nsubj(1,0) root(-1,1) punct(1,2)")
                .name("Obama", EntityType.PERSON)
                .build();
        assertTrue(actor(coded(before), "Obama").isEmpty());
    }
}
