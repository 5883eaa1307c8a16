package dev.dossier.entities;

import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.MentionKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityResolverTest {

    private static final EntityResolver RESOLVER = new EntityResolver();

    private static Entity named(Document d, String name) {
        return d.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity '" + name + "' in " + d.entities().stream()
                        .map(Entity::name).toList()));
    }

    private static List<String> texts(Entity e) {
        return e.mentions().stream().map(EntityMention::text).toList();
    }

    @Test
    void namesWithTitlesAndSurnamesBecomeOnePersonNamedByTheFullestName() {
        Document d = RESOLVER.annotate(LiteralArticles.people());
        Entity putin = named(d, "Vladimir Putin");
        assertEquals(EntityType.PERSON, putin.type());
        assertEquals(List.of("Putin", "Vladimir Putin", "his", "Putin"), texts(putin));
        assertEquals(MentionKind.PRONOUN, putin.mentions().get(2).kind(), "'his' is a pronoun, not a name");
        assertEquals(List.of("Yury Ushakov", "He"), texts(named(d, "Yury Ushakov")));
        assertEquals(List.of("Donald Trump"), texts(named(d, "Donald Trump")));
    }

    @Test
    void titlesAreNotEntitiesAndIdsFollowFirstMention() {
        Document d = RESOLVER.annotate(LiteralArticles.people());
        assertTrue(d.entities().stream().noneMatch(e -> e.name().equals("President")));
        assertEquals(List.of("e1", "e2", "e3", "e4", "e5"), d.entities().stream().map(Entity::id).toList());
        assertEquals("Vladimir Putin", d.entities().get(0).name());
        assertEquals("Yury Ushakov", d.entities().get(1).name());
    }

    @Test
    void nationalityAdjectivesAndAbbreviationsJoinTheirCountry() {
        Document d = RESOLVER.annotate(LiteralArticles.people());
        Entity russia = named(d, "Russia");
        assertEquals(EntityType.COUNTRY, russia.type());
        assertEquals(List.of("Russian"), texts(russia));
        assertEquals(List.of("US"), texts(named(d, "United States")));
    }

    @Test
    void capitalsActingAreTheirCountriesButCapitalsAsPlacesStayPlaces() {
        Document d = RESOLVER.annotate(LiteralArticles.places());
        assertEquals(List.of("Moscow"), texts(named(d, "Russia")));
        assertEquals(List.of("Washington"), texts(named(d, "United States")));
        assertEquals(List.of("Kyiv"), texts(named(d, "Ukraine")));
        assertEquals(EntityType.LOCATION, named(d, "Budapest").type(), "'in Budapest' is a place");
        assertTrue(d.entities().stream().noneMatch(e -> e.name().equals("Hungary")));
    }

    @Test
    void institutionsTaggedAsPlacesAreOrganisations() {
        Document d = RESOLVER.annotate(LiteralArticles.places());
        assertEquals(EntityType.ORGANIZATION, named(d, "White House").type());
    }

    @Test
    void hyphenatedSurnamesJoinTheirPeople() {
        Document d = RESOLVER.annotate(LiteralArticles.descriptions());
        assertEquals(List.of("Donald Trump", "Trump"), texts(named(d, "Donald Trump")));
        assertEquals(List.of("Vladimir Putin", "Putin"), texts(named(d, "Vladimir Putin")));
        assertTrue(d.entities().stream().noneMatch(e -> e.name().contains("-")), "no entity 'Trump-Putin'");
    }

    @Test
    void descriptionsJoinThePersonTheyDescribe() {
        Document d = RESOLVER.annotate(LiteralArticles.descriptions());
        Entity ushakov = named(d, "Yury Ushakov");
        assertEquals(List.of("Yury Ushakov", "The presidential aide", "he", "the official"), texts(ushakov));
        assertEquals(Set.of(MentionKind.NAME, MentionKind.NOMINAL, MentionKind.PRONOUN),
                Set.copyOf(ushakov.mentions().stream().map(EntityMention::kind).toList()));
        assertEquals(List.of("Pavel Zarubin"), texts(named(d, "Pavel Zarubin")), "a journalist is not 'the official'");
    }

    @Test
    void institutionsTheTaggerMissedAreFoundFromTheTable() {
        Document d = RESOLVER.annotate(LiteralArticles.descriptions());
        assertEquals(EntityType.ORGANIZATION, named(d, "Kremlin").type());
    }

    @Test
    void organisationsKeepTheirOwnNames() {
        Document d = RESOLVER.annotate(LiteralArticles.companies());
        assertEquals(EntityType.ORGANIZATION, named(d, "Rosneft").type());
        assertEquals(EntityType.ORGANIZATION, named(d, "Acmeco").type());
        assertEquals(List.of("Joe Biden"), texts(named(d, "Joe Biden")));
        assertFalse(d.entities().stream().anyMatch(e -> e.name().equals("Former")));
    }

    @Test
    void mentionsWrappingANameAreNotNamesOfTheirOwn() {
        Document d = RESOLVER.annotate(LiteralArticles.wrappedNames());
        assertEquals(List.of("Vladimir Putin"), texts(named(d, "Vladimir Putin")));
        assertEquals(List.of("Russian"), texts(named(d, "Russia")), "a nominal nationality adjective names its country");
        assertEquals(List.of("Washington"), texts(named(d, "United States")));
        assertEquals(3, d.entities().size(), d.entities().toString());
    }

    @Test
    void aCapitalTaggedAsAPersonIsItsCountry() {
        Document d = RESOLVER.annotate(LiteralArticles.mistagged());
        assertEquals(List.of("Kyiv"), texts(named(d, "Ukraine")));
        assertEquals(EntityType.COUNTRY, named(d, "Ukraine").type());
        assertEquals(EntityType.PERSON, named(d, "Antonio Guterres").type());
    }

    @Test
    void aPronounNoChainHoldsJoinsThePersonNamedLast() {
        Document literal = dev.dossier.pipeline.LiteralDocs.text("Lavrov met Joe Biden. Later he left.")
                .tokens("Lavrov/NNP/PERSON met/VBD Joe/NNP/PERSON Biden/NNP/PERSON ./. Later/RB he/PRP left/VBD ./.")
                .deps("nsubj(1,0) root(-1,1) compound(3,2) obj(1,3) punct(1,4) advmod(7,5) nsubj(7,6) root(-1,7) "
                        + "punct(7,8)")
                .name("Lavrov", EntityType.PERSON).name("Joe Biden", EntityType.PERSON)
                .mention("he", 1, MentionKind.PRONOUN, EntityType.MISC, -1)
                .build();
        assertEquals(List.of("Joe Biden", "he"), texts(named(RESOLVER.annotate(literal), "Joe Biden")));
        Document off = new EntityResolver(dev.dossier.reference.ReferenceData.standard(),
                new EntityResolver.Options(Set.of("in"), 4, -1)).annotate(literal);
        assertEquals(List.of("Joe Biden"), texts(named(off, "Joe Biden")));
    }

    @Test
    void aTownNamedLikeAnUnmentionedCountrysCapitalStaysAPlaceAndASurnameIsNoNationality() {
        Document literal = dev.dossier.pipeline.LiteralDocs.text("Mark Cuban praised Nassau police. Cuban left.")
                .tokens("Mark/NNP/PERSON Cuban/NNP/PERSON praised/VBD Nassau/NNP/CITY police/NN ./. "
                        + "Cuban/NNP/NATIONALITY left/VBD ./.")
                .deps("compound(1,0) nsubj(2,1) root(-1,2) compound(4,3) obj(2,4) punct(2,5) nsubj(7,6) root(-1,7) "
                        + "punct(7,8)")
                .name("Mark Cuban", EntityType.PERSON).name("Nassau", EntityType.LOCATION)
                .mention("Cuban", 2, MentionKind.NAME, EntityType.NATIONALITY, -1)
                .build();
        Document d = RESOLVER.annotate(literal);
        assertEquals(List.of("Mark Cuban", "Cuban"), texts(named(d, "Mark Cuban")));
        assertEquals(EntityType.LOCATION, named(d, "Nassau").type());
        assertEquals(2, d.entities().size(), d.entities().toString());
    }

    @Test
    void aDescriptionFarFromAnyPersonStaysUnlinked() {
        Document d = new EntityResolver(dev.dossier.reference.ReferenceData.standard(),
                new EntityResolver.Options(Set.of("in"), 0, 1)).annotate(LiteralArticles.descriptions());
        assertEquals(List.of("Yury Ushakov"), texts(named(d, "Yury Ushakov")));
    }
}
