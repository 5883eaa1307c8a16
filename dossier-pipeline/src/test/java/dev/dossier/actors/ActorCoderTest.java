package dev.dossier.actors;

import dev.dossier.entities.EntityResolver;
import dev.dossier.entities.LiteralArticles;
import dev.dossier.model.Actor;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
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
    void peopleWithoutTitlesGetNoActor() {
        assertTrue(actor(coded(LiteralArticles.descriptions()), "Donald Trump").isEmpty());
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
    void withoutTitleFindersOnlyReferenceDataCodes() {
        ActorCoder bare = new ActorCoder(ReferenceData.standard(), List.of());
        Document d = bare.annotate(RESOLVER.annotate(LiteralArticles.people()));
        assertEquals(List.of("RUS", "USA"), d.actors().stream().map(a -> a.code().toString()).sorted().toList());
    }
}
