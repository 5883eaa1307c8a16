package dev.dossier.reference;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceDataTest {

    private static final ReferenceData DATA = ReferenceData.standard();

    private static TsvTable table(String name, int columns, String text) throws IOException {
        return TsvTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, columns);
    }

    @Test
    void everyIsoCountryIsListed() {
        assertEquals(250, DATA.countries().size(), "249 of ISO 3166-1 and Kosovo");
        assertEquals("XKX", DATA.countries().byCapital("Pristina").orElseThrow().code());
        assertEquals("United States", DATA.countries().byCode("USA").orElseThrow().name());
        assertEquals("the United States", DATA.countries().byCode("USA").orElseThrow().nameInText());
        assertEquals("Russia", DATA.countries().byCode("RUS").orElseThrow().nameInText());
    }

    @Test
    void namesAdjectivesAndCapitalsFindTheirCountry() {
        Countries c = DATA.countries();
        assertEquals("USA", c.byName("US").orElseThrow().code());
        assertEquals("USA", c.byName("U.S.").orElseThrow().code());
        assertEquals("USA", c.byName("the United States").orElseThrow().code());
        assertEquals("USA", c.byAdjective("American").orElseThrow().code());
        assertEquals("RUS", c.byAdjective("Russian").orElseThrow().code());
        assertEquals("RUS", c.byCapital("Moscow").orElseThrow().code());
        assertEquals("UKR", c.byCapital("Kiev").orElseThrow().code());
        assertEquals("UKR", c.byCapital("Kyiv").orElseThrow().code());
        assertEquals("USA", c.byCapital("Washington").orElseThrow().code());
        assertEquals("HUN", c.byCapital("Budapest").orElseThrow().code());
    }

    @Test
    void shortNamesMatchOnlyInTheirWrittenCase() {
        assertTrue(DATA.countries().byName("us").isEmpty(), "the pronoun 'us' is not a country");
        assertEquals("GBR", DATA.countries().byName("britain").orElseThrow().code());
    }

    @Test
    void institutionsCarryActorCodes() {
        assertEquals("USAGOV", DATA.institutions().byName("the White House").orElseThrow().code().toString());
        assertEquals("RUSGOV", DATA.institutions().byName("Kremlin").orElseThrow().code().toString());
        assertEquals("USAMIL", DATA.institutions().byName("Pentagon").orElseThrow().code().toString());
        assertEquals("RUSBUS", DATA.institutions().byName("Lukoil").orElseThrow().code().toString());
        assertEquals("IGOWSTNAT", DATA.institutions().byName("NATO").orElseThrow().code().toString());
        assertFalse(DATA.institutions().byName("ap").isPresent());
    }

    @Test
    void roleWordsHaveCodesAndTheLongestPhraseWins() {
        RoleLexicon roles = DATA.roles();
        assertEquals("GOV", roles.word("aide").orElseThrow().code());
        assertEquals("MED", roles.word("journalist").orElseThrow().code());
        assertEquals("MIL", roles.word("general").orElseThrow().code());
        RoleLexicon.Match m = roles.longestIn(java.util.List.of("foreign", "minister")).orElseThrow();
        assertEquals("foreign minister", m.word().phrase());
        assertTrue(roles.word("counterpart").orElseThrow().samePostAsPossessor());
    }

    @Test
    void aRowWithTooFewColumnsIsReportedWithFileAndLine() throws IOException {
        ReferenceDataException e = assertThrows(ReferenceDataException.class,
                () -> table("bad.tsv", 3, "# comment\n\na\tb\tc\nd\te\n"));
        assertTrue(e.getMessage().startsWith("bad.tsv:4:"), e.getMessage());
    }

    @Test
    void badCodesAreReportedWithFileAndLine() throws IOException {
        ReferenceDataException country = assertThrows(ReferenceDataException.class, () -> Countries.load(
                table("countries.tsv", 6, "RUS\tRussia\t-\t-\tRussian\tMoscow\nRu\tX\t-\t-\t-\t-\n")));
        assertTrue(country.getMessage().startsWith("countries.tsv:2:"), country.getMessage());
        ReferenceDataException twice = assertThrows(ReferenceDataException.class, () -> Countries.load(
                table("countries.tsv", 6, "RUS\tRussia\t-\t-\t-\t-\nRUS\tRussia\t-\t-\t-\t-\n")));
        assertTrue(twice.getMessage().contains("appears twice"), twice.getMessage());
        ReferenceDataException inst = assertThrows(ReferenceDataException.class, () -> Institutions.load(
                table("institutions.tsv", 5, "Kremlin\t-\tRUSGOVX\tgovernment\t-\n")));
        assertTrue(inst.getMessage().startsWith("institutions.tsv:1:"), inst.getMessage());
        ReferenceDataException kind = assertThrows(ReferenceDataException.class, () -> Institutions.load(
                table("institutions.tsv", 5, "Kremlin\t-\tRUSGOV\tpalace\t-\n")));
        assertTrue(kind.getMessage().contains("unknown kind"), kind.getMessage());
        ReferenceDataException role = assertThrows(ReferenceDataException.class, () -> RoleLexicon.load(
                table("roles.tsv", 3, "aide\tgov\tto\n")));
        assertTrue(role.getMessage().startsWith("roles.tsv:1:"), role.getMessage());
    }

    @Test
    void emptyCellsMustSayNone() throws IOException {
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> table("x.tsv", 2, "a\t\n"));
        assertTrue(e.getMessage().contains("write - for none"), e.getMessage());
    }
}
