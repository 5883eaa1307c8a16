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

    @Test
    void aNationalInstitutionOfTheTableTakesTheCountryThatModifiesIt() {
        Document d = coded(dev.dossier.pipeline.LiteralDocs.text(
                        "Kenya's Senate and the Brazilian Congress met the Supreme Court of Chile.")
                .tokens("Kenya/NNP/COUNTRY 's/POS Senate/NNP/ORGANIZATION and/CC the/DT Brazilian/JJ/NATIONALITY "
                        + "Congress/NNP/ORGANIZATION met/VBD the/DT Supreme/NNP/ORGANIZATION Court/NNP/ORGANIZATION "
                        + "of/IN Chile/NNP/COUNTRY ./.")
                .deps("nmod:poss(2,0) case(0,1) nsubj(7,2) cc(6,3) det(6,4) amod(6,5) conj(2,6) root(-1,7) det(10,8) "
                        + "compound(10,9) obj(7,10) case(12,11) nmod(10,12) punct(7,13)")
                .name("Kenya", EntityType.COUNTRY)
                .name("Senate", EntityType.ORGANIZATION)
                .name("Congress", EntityType.ORGANIZATION)
                .name("Supreme Court", EntityType.ORGANIZATION)
                .name("Chile", EntityType.COUNTRY)
                .build());
        assertActor(d, "Senate", "KENLEG", "Senate of Kenya");
        assertActor(d, "Congress", "BRALEG", "Congress of Brazil");
        assertActor(d, "Supreme Court", "CHLJUD", "Supreme Court of Chile");
    }

    @Test
    void anUnmodifiedOrSameCountryInstitutionKeepsTheTablesCode() {
        Document d = coded(dev.dossier.pipeline.LiteralDocs.text("The Senate and the American Congress voted.")
                .tokens("The/DT Senate/NNP/ORGANIZATION and/CC the/DT American/JJ/NATIONALITY "
                        + "Congress/NNP/ORGANIZATION voted/VBD ./.")
                .deps("det(1,0) nsubj(6,1) cc(5,2) det(5,3) amod(5,4) conj(1,5) root(-1,6) punct(6,7)")
                .name("Senate", EntityType.ORGANIZATION)
                .name("Congress", EntityType.ORGANIZATION)
                .build());
        assertActor(d, "Senate", "USALEG", "upper house of the United States Congress");
        assertActor(d, "Congress", "USALEG", "legislature of the United States");
    }

    @Test
    void anInternationalOrCommercialInstitutionKeepsItsCountryUnderAForeignPossessor() {
        Document d = coded(dev.dossier.pipeline.LiteralDocs.text("Qatar's Reuters office closed.")
                .tokens("Qatar/NNP/COUNTRY 's/POS Reuters/NNP/ORGANIZATION office/NN closed/VBD ./.")
                .deps("nmod:poss(2,0) case(0,1) compound(3,2) nsubj(4,3) root(-1,4) punct(4,5)")
                .name("Qatar", EntityType.COUNTRY)
                .name("Reuters", EntityType.ORGANIZATION)
                .build());
        assertEquals("GBRMED", actor(d, "Reuters").orElseThrow().code().toString());
    }
    @Test
    void namesAndCountriesListedWithRespectivelyPairInOrder() {
        Document d = coded(dev.dossier.pipeline.LiteralDocs.text(
                        "Ministers Ivan Petrov and Lena Berg, of Russia and Sweden respectively, met.")
                .tokens("Ministers/NNS Ivan/NNP/PERSON Petrov/NNP/PERSON and/CC Lena/NNP/PERSON Berg/NNP/PERSON ,/, "
                        + "of/IN Russia/NNP/COUNTRY and/CC Sweden/NNP/COUNTRY respectively/RB ,/, met/VBD ./.")
                .deps("compound(2,0) compound(2,1) nsubj(12,2) cc(5,3) compound(5,4) conj(2,5) punct(2,6) "
                        + "case(8,7) nmod(2,8) cc(10,9) conj(8,10) advmod(8,11) root(-1,12) punct(12,13)")
                .name("Ivan Petrov", EntityType.PERSON)
                .name("Lena Berg", EntityType.PERSON)
                .name("Russia", EntityType.COUNTRY)
                .name("Sweden", EntityType.COUNTRY)
                .build());
        assertEquals("RUS", actor(d, "Ivan Petrov").orElseThrow().code().country());
        assertEquals("SWE", actor(d, "Lena Berg").orElseThrow().code().country());
    }

    @Test
    void withoutRespectivelyAListOfCountriesPairsNobody() {
        Document d = coded(dev.dossier.pipeline.LiteralDocs.text(
                        "Ivan Petrov and Lena Berg visited Russia and Sweden.")
                .tokens("Ivan/NNP/PERSON Petrov/NNP/PERSON and/CC Lena/NNP/PERSON Berg/NNP/PERSON visited/VBD "
                        + "Russia/NNP/COUNTRY and/CC Sweden/NNP/COUNTRY ./.")
                .deps("compound(1,0) nsubj(5,1) cc(4,2) compound(4,3) conj(1,4) root(-1,5) obj(5,6) cc(8,7) "
                        + "conj(6,8) punct(5,9)")
                .name("Ivan Petrov", EntityType.PERSON)
                .name("Lena Berg", EntityType.PERSON)
                .name("Russia", EntityType.COUNTRY)
                .name("Sweden", EntityType.COUNTRY)
                .build());
        assertTrue(actor(d, "Ivan Petrov").isEmpty());
        assertTrue(actor(d, "Lena Berg").isEmpty());
    }

    @Test
    void aGroupIsCodedAsWhatItWasOnThePublicationDate() {
        java.util.function.Function<java.time.LocalDate, String> on = day -> actor(coded(
                dev.dossier.pipeline.LiteralDocs.text("The Taliban said so.").id("taliban").published(day)
                        .tokens("The/DT Taliban/NNP/ORGANIZATION said/VBD so/RB ./.")
                        .deps("det(1,0) nsubj(2,1) root(-1,2) advmod(2,3) punct(2,4)")
                        .name("Taliban", EntityType.ORGANIZATION)
                        .build()), "Taliban").orElseThrow().code().toString();
        assertEquals("AFGREB", on.apply(java.time.LocalDate.of(2019, 5, 1)));
        assertEquals("AFGGOV", on.apply(java.time.LocalDate.of(2022, 5, 1)));
    }

    @Test
    void anArmedGroupAndASeatOfPowerComeFromTheTables() {
        Document d = coded(dev.dossier.pipeline.LiteralDocs.text("Boko Haram fighters defied Whitehall.")
                .published(java.time.LocalDate.of(2016, 2, 1))
                .tokens("Boko/NNP/ORGANIZATION Haram/NNP/ORGANIZATION fighters/NNS defied/VBD "
                        + "Whitehall/NNP/LOCATION ./.")
                .deps("compound(1,0) compound(2,1) nsubj(3,2) root(-1,3) obj(3,4) punct(3,5)")
                .name("Boko Haram", EntityType.ORGANIZATION)
                .name("Whitehall", EntityType.LOCATION)
                .build());
        assertEquals("NGAREB", actor(d, "Boko Haram").orElseThrow().code().toString());
        assertEquals("GBRGOV", actor(d, "Whitehall").orElseThrow().code().toString());
    }
    @Test
    void anEnvoyForOnePlaceBelongsToTheBodyThatAppointedThem() {
        Document d = coded(dev.dossier.pipeline.LiteralDocs.text(
                        "The EU's special representative for Sudan, Anna Holm, spoke.")
                .tokens("The/DT EU/NNP/ORGANIZATION 's/POS special/JJ representative/NN/TITLE for/IN "
                        + "Sudan/NNP/COUNTRY ,/, Anna/NNP/PERSON Holm/NNP/PERSON ,/, spoke/VBD ./.")
                .deps("det(1,0) nmod:poss(4,1) case(1,2) amod(4,3) nsubj(11,4) case(6,5) nmod:for(4,6) punct(4,7) "
                        + "compound(9,8) appos(4,9) punct(4,10) root(-1,11) punct(11,12)")
                .name("EU", EntityType.ORGANIZATION)
                .name("Sudan", EntityType.COUNTRY)
                .name("Anna Holm", EntityType.PERSON)
                .build());
        assertEquals("EUR", actor(d, "Anna Holm").orElseThrow().code().country());
    }
    @Test
    void aPartyOfTheTableIsAnotherCountrysPartyOfTheSameNameWhenThatCountryModifiesIt() {
        Document d = coded(dev.dossier.pipeline.LiteralDocs.text(
                        "South Korea's Democratic Party and the Republican Party met.")
                .tokens("South/NNP/COUNTRY Korea/NNP/COUNTRY 's/POS Democratic/NNP/ORGANIZATION "
                        + "Party/NNP/ORGANIZATION and/CC the/DT Republican/NNP/ORGANIZATION Party/NNP/ORGANIZATION "
                        + "met/VBD ./.")
                .deps("compound(1,0) nmod:poss(4,1) case(1,2) compound(4,3) nsubj(9,4) cc(8,5) det(8,6) "
                        + "compound(8,7) conj(4,8) root(-1,9) punct(9,10)")
                .name("South Korea", EntityType.COUNTRY)
                .name("Democratic Party", EntityType.ORGANIZATION)
                .name("Republican Party", EntityType.ORGANIZATION)
                .build());
        assertEquals("KORPTY", actor(d, "Democratic Party").orElseThrow().code().toString());
        assertEquals("USAPTY", actor(d, "Republican Party").orElseThrow().code().toString());
    }
}
