package dev.dossier.places;

import dev.dossier.model.GeoPlace;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private static Gazetteer table(String rows) throws IOException {
        return Gazetteer.read(new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)), "t.tsv");
    }

    @Test
    void readsPlacesWithTheirAlternateNamesIgnoringCaseAccentsAndALeadingThe() throws IOException {
        Gazetteer g = table("""
                # a comment
                101\tSão Tomé\t0.3365\t6.7273\tPPLC\tSTP\t02\t53300\t\tSao Tome|Sao Thome
                0\tSão Tomé and Príncipe\t1\t7\tPCLI\tSTP\t\t200000\tTP\tSao Tome and Principe
                0\tNetherlands\t52.5\t5.75\tPCLI\tNLD\t\t17000000\tNL\t
                0\tNorth Holland\t52.6\t4.8\tADM1\tNLD\t07\t2800000\t\t
                """);
        assertEquals(4, g.size());
        assertEquals(List.of(101L), g.candidates("SAO TOMÉ").stream().map(GeoPlace::geonameId).toList());
        assertEquals("São Tomé", g.candidates("Sao Thome").getFirst().name());
        assertEquals("PCLI", g.candidates("the Netherlands").getFirst().featureCode());
        assertEquals("TP", g.fips("STP").orElseThrow());
        assertTrue(g.fips("NLD").isPresent());
        assertEquals("North Holland", g.region("NLD", "07").orElseThrow().name());
        assertTrue(g.candidates("Atlantis").isEmpty());
    }

    @Test
    void aBadLineIsNamedWithItsProblem() {
        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
                () -> table("1\tNowhere\t1\t2\tPPL\tABC\n"));
        assertTrue(columns.getMessage().startsWith("t.tsv:1: expected 10"), columns.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> table("# header\n1\tFar\t95\t2\tPPL\tABC\t\t0\t\t\n"));
        assertTrue(range.getMessage().startsWith("t.tsv:2: Coordinates out of range"), range.getMessage());
        IllegalArgumentException country = assertThrows(IllegalArgumentException.class,
                () -> table("1\tOdd\t5\t2\tPPL\tXY\t\t0\t\t\n"));
        assertTrue(country.getMessage().contains("alpha-3"), country.getMessage());
        assertThrows(IllegalArgumentException.class, () -> table("# nothing\n"));
    }

    @Test
    void theStandardTableHasTownsRegionsCountriesAndFipsCodes() {
        Gazetteer g = Gazetteer.standard();
        assertTrue(g.size() > 40_000, "places: " + g.size());
        List<String> georgias = g.candidates("Georgia").stream().map(p -> p.country() + " " + p.featureCode()).toList();
        assertTrue(georgias.contains("GEO PCLI") && georgias.contains("USA ADM1"), georgias.toString());
        assertEquals("GM", g.fips("DEU").orElseThrow());
        assertEquals("RS", g.fips("RUS").orElseThrow());
        assertEquals("UK", g.fips("GBR").orElseThrow());
        assertEquals("Alaska", g.region("USA", "AK").orElseThrow().name());
        GeoPlace anchorage = g.candidates("Anchorage").stream().filter(p -> p.country().equals("USA")).findFirst()
                .orElseThrow();
        assertEquals(61.2, anchorage.lat(), 0.1);
        assertEquals("PCLI", g.mostLikely("Georgia").orElseThrow().featureCode());
        assertEquals("UKR", g.mostLikely("Odessa").orElseThrow().country());
        assertTrue(g.mostLikely("Europe").isEmpty(), "a continent has no country for the event coder");
    }
}
