package dev.dossier.reference;

import dev.dossier.model.ActorCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorBaseTest {

    private static ActorBase base(String rows) throws IOException {
        String tsv = "# name\tother names\tcodes\tsource\n" + rows;
        return ActorBase.load(TsvTable.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)),
                "a.tsv", 4));
    }

    private static Optional<String> code(ActorBase base, String name, String day) {
        return base.codeOn(name, day == null ? null : LocalDate.parse(day)).map(ActorCode::toString);
    }

    @Test
    void aCodeAppliesOnlyWithinItsDatesAndTheDefaultOutsideThem() throws IOException {
        ActorBase b = base("Ana Vidal\tMinister Vidal|Vidal\tXYZELI 1980-01-01..1999-12-31|ESPGOV 2001-03-01..2006-02-28"
                + "|ESPELI\tinvented\n");
        assertEquals(Optional.of("ESPGOV"), code(b, "Ana Vidal", "2003-05-01"));
        assertEquals(Optional.of("ESPGOV"), code(b, "minister vidal", "2003-05-01"), "case is folded");
        assertEquals(Optional.of("XYZELI"), code(b, "Vidal", "1990-05-01"));
        assertEquals(Optional.of("ESPELI"), code(b, "Vidal", "2010-05-01"), "the undated code is the default");
        assertEquals(Optional.empty(), code(b, "Ana", "2003-05-01"), "a name is matched whole, never in part");
    }

    @Test
    void anOpenRangeGivesOnlyTheCountryAfterTheDictionariesWereCompiled() throws IOException {
        ActorBase b = base("Rui Costa\t-\tPRTGOV 2012-06-01..\tinvented\n");
        assertEquals(Optional.of("PRTGOV"), code(b, "Rui Costa", "2013-06-01"));
        assertEquals(Optional.of("PRT"), code(b, "Rui Costa", "2019-06-01"), "may have left office since 2014");
        assertEquals(Optional.empty(), code(b, "Rui Costa", "2011-06-01"));
    }

    @Test
    void withoutADateOnlyWhatHoldsAtAllTimes() throws IOException {
        ActorBase b = base("Front Of The Hills\tHill Front\tKENREB\tinvented\n"
                + "Rui Costa\t-\tPRTELI 1990-01-01..2011-12-31|PRTGOV 2012-06-01..\tinvented\n"
                + "Greens Network\t-\t~NGOENV\tinvented\n");
        assertEquals(Optional.of("KENREB"), code(b, "the Hill Front", null));
        assertEquals(Optional.of("PRT"), code(b, "Rui Costa", null), "the country, not a role of some date");
        assertEquals(Optional.of("NGOENV"), code(b, "Greens Network", null));
        assertEquals("", b.codeOn("Greens Network", null).orElseThrow().country(), "~ marks roles with no country");
    }

    @Test
    void namesakesOfDifferentCountriesAreNotGuessed() throws IOException {
        ActorBase b = base("John Smith\t-\tGBRGOV\tinvented\nJohn Smith\t-\tAUSGOV\tinvented\n"
                + "Jan Novak\t-\tCZEGOV\tinvented\nJan Novak\t-\tCZEMIL\tinvented\n");
        assertEquals(Optional.empty(), code(b, "John Smith", "2010-01-01"));
        assertEquals(Optional.of("CZE"), code(b, "Jan Novak", "2010-01-01"), "same country, different roles");
    }

    @Test
    void accentsDotsAndHyphensAreFolded() {
        assertEquals("ukhnaagiin khurelsukh", ActorBase.key("Ukhnaagiin Khürelsükh"));
        assertEquals("kassym jomart tokayev", ActorBase.key("Kassym-Jomart  Tokayev"));
        assertEquals("us state department", ActorBase.key("the U.S. State Department"));
    }

    @Test
    void badRowsNameTheirFileAndLine() {
        ReferenceDataException range = assertThrows(ReferenceDataException.class,
                () -> base("A B\t-\tUSAGOV 2010-01-01..2009-01-01\tinvented\n"));
        assertTrue(range.getMessage().contains("a.tsv:2"), range.getMessage());
        ReferenceDataException date = assertThrows(ReferenceDataException.class,
                () -> base("A B\t-\tUSAGOV 2010-13-01..\tinvented\n"));
        assertTrue(date.getMessage().contains("a.tsv:2"), date.getMessage());
        assertThrows(ReferenceDataException.class, () -> base("A B\t-\tUSAGOV 2010\tinvented\n"));
    }

    @Test
    void theShippedBaseCodesArmedGroupsPeopleAndBodiesFromPetrarchsDictionaries() {
        ActorBase b = ActorBase.standard();
        assertTrue(b.size() > 20_000, "about 26,000 actors, got " + b.size());
        assertEquals(Optional.of("NGAREB"), code(b, "Boko Haram", "2015-01-01"));
        assertEquals(Optional.of("DEUGOV"), code(b, "Angela Merkel", "2010-01-01"));
        assertEquals(Optional.of("DEUELI"), code(b, "Angela Merkel", "2003-01-01"));
        assertEquals(Optional.of("RUSGOV"), code(b, "Kremlin", "2003-01-01"));
    }
}
