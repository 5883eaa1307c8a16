package dev.dossier.reference;

import dev.dossier.model.ActorCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LeadersTest {

    private static Optional<String> code(String name, String day) {
        return Leaders.standard().codeOn(name, LocalDate.parse(day)).map(ActorCode::toString);
    }

    @Test
    void aLeaderHasTheOfficesCodeInTermAndTheElitesAfter() {
        assertEquals(Optional.of("USAGOV"), code("Barack Obama", "2014-06-01"));
        assertEquals(Optional.of("USAGOV"), code("Obama", "2014-06-01"));
        assertEquals(Optional.of("USAELI"), code("Obama", "2018-06-01"));
        assertEquals(Optional.empty(), code("Obama", "2000-06-01"));
        assertEquals(Optional.of("USAELI"), code("Donald Trump", "2023-01-01"));
        assertEquals(Optional.of("USAGOV"), code("Trump", "2025-11-16"));
        assertEquals(Optional.of("RUSGOV"), code("Putin", "2025-11-16"));
    }

    @Test
    void aSharedSurnameIsReadOnlyWhenOneOfItsBearersHeldOffice() {
        assertEquals(Optional.of("USAGOV"), code("Bush", "2005-01-01"));
        assertEquals(Optional.of("USAGOV"), code("Bush", "1990-01-01"));
        assertEquals(Optional.empty(), code("Bush", "2012-01-01"), "two former presidents: which one is unknown");
    }

    @Test
    void aGroupThatBecameTheGovernmentIsCodedAsWhatItWasOnTheDay() {
        assertEquals(Optional.of("AFGREB"), code("Taliban", "2019-06-01"));
        assertEquals(Optional.of("AFGGOV"), code("Taliban", "2022-06-01"));
        assertEquals(Optional.of("SYRREB"), code("Ahmed al-Sharaa", "2020-06-01"));
        assertEquals(Optional.of("SYRGOV"), code("Ahmed al-Sharaa", "2025-06-01"));
    }

    @Test
    void officeHoldersAfter2014AreKnownByNameOrSurname() {
        assertEquals(Optional.of("BRAGOV"), code("Lula", "2024-02-01"));
        assertEquals(Optional.of("INDGOV"), code("Modi", "2024-02-01"));
        assertEquals(Optional.of("DEUGOV"), code("Scholz", "2023-02-01"));
        assertEquals(Optional.of("DEUELI"), code("Scholz", "2025-08-01"));
        assertEquals(Optional.of("IGOWSTNAT"), code("Jens Stoltenberg", "2020-02-01"));
        assertEquals(Optional.of("NORGOV"), code("Jens Stoltenberg", "2025-06-01"));
        assertEquals(Optional.of("NORELI"), code("Jens Stoltenberg", "2014-02-01"), "between two offices");
    }

    @Test
    void withoutADayOnlyTheCountryAndNoSurnameGuess() {
        assertEquals(Optional.of(ActorCode.country("FRA")), Leaders.standard().codeOn("Emmanuel Macron", null));
        assertEquals(Optional.empty(), Leaders.standard().codeOn("Merkel", LocalDate.parse("2010-01-01"), false),
                "a surname alone is read for people only");
    }

    @Test
    void badRowsNameTheirLine() throws Exception {
        String tsv = "# name\tother\tcode\tfrom\tto\tsource\nA B\t-\tUSAGOV\t2020-01-01\t2019-01-01\tx\n";
        TsvTable table = TsvTable.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "l.tsv", 6);
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> Leaders.load(table));
        assertEquals(true, e.getMessage().contains("l.tsv:2"), e.getMessage());
    }
}
