package dev.dossier.io;

import dev.dossier.model.GeoPlace;
import dev.dossier.places.Gazetteer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The GDELT mapping against the meaning GDELT 2.0's event codebook gives each column. */
class GdeltMappingTest {

    private final GdeltMapping mapping = GdeltMapping.standard();
    private final Gazetteer places = Gazetteer.standard();

    private GeoPlace place(String name, String country, String featureCode) {
        return places.candidates(name).stream()
                .filter(p -> p.country().equals(country) && p.featureCode().equals(featureCode)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " " + country + " " + featureCode + " not in the table"));
    }

    @Test
    void theColumnsAreGdelt2sSixtyOneInTheirDocumentedOrder() {
        List<String> c = GdeltMapping.COLUMNS;
        assertEquals(61, c.size());
        assertEquals(List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
                "Actor1CountryCode"), c.subList(0, 8));
        assertEquals("Actor2Code", c.get(15));
        assertEquals(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"), c.subList(25, 35));
        assertEquals(List.of("Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
                "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID"), c.subList(35, 43));
        assertEquals("Actor2Geo_Type", c.get(43));
        assertEquals("ActionGeo_Type", c.get(51));
        assertEquals(List.of("DATEADDED", "SOURCEURL"), c.subList(59, 61));
    }

    @Test
    void geoTypesFipsCodesAndAdm1CodesAreGdelts() {
        GdeltMapping.Geo russia = mapping.geo(places.country("RUS").orElseThrow());
        assertEquals(1, russia.type(), "1 = country");
        assertEquals("RS", russia.country(), "FIPS 10-4, not ISO");
        assertEquals("RS", russia.adm1(), "a country's ADM1Code is its country code");
        GdeltMapping.Geo texas = mapping.geo(places.region("USA", "TX").orElseThrow());
        assertEquals(2, texas.type(), "2 = US state");
        assertEquals("USTX", texas.adm1());
        assertEquals("Texas, United States", texas.fullName());
        GdeltMapping.Geo anchorage = mapping.geo(place("Anchorage", "USA", "PPLA2"));
        assertEquals(3, anchorage.type(), "3 = US city");
        assertEquals("Anchorage, Alaska, United States", anchorage.fullName());
        assertEquals("USAK", anchorage.adm1());
        assertEquals(Long.toString(place("Anchorage", "USA", "PPLA2").geonameId()), anchorage.featureId());
        GdeltMapping.Geo budapest = mapping.geo(place("Budapest", "HUN", "PPLC"));
        assertEquals(4, budapest.type(), "4 = world city");
        assertEquals("HU", budapest.country());
        GdeltMapping.Geo odesa = mapping.geo(places.region("UKR", "17").orElseThrow());
        assertEquals(5, odesa.type(), "5 = world state");
        assertEquals("UP", odesa.country());
        assertEquals("UP17", odesa.adm1());
        assertNull(mapping.geo(places.candidates("Africa").stream().filter(p -> p.featureCode().equals("CONT"))
                .findFirst().orElseThrow()), "GDELT does not geocode continents");
    }

    @Test
    void aPlaceKnownByNameCountryAndPointMapsAsTheResolvedPlaceDoes() {
        GeoPlace geneva = place("Geneva", "CHE", "PPLA");
        assertEquals(mapping.geo(geneva), mapping.geo(geneva.name(), "CHE", geneva.lat(), geneva.lon()));
        assertNull(mapping.geo("Geneva", "CHE", null, null));
    }

    @Test
    void oneRowFromTheFactsEitherWriterKnows() {
        GeoPlace geneva = place("Geneva", "CHE", "PPLA");
        GdeltMapping.Facts facts = new GdeltMapping.Facts("7", LocalDate.of(2025, 11, 14), "UKRGOV", "Ukraine",
                "IGOUNO", "United Nations", 1, "0311", 2, 6.0, 3, 2, 3, mapping.geo(geneva),
                LocalDate.of(2025, 11, 16), "https://example.org/x");
        String[] row = mapping.row(facts);
        assertEquals(61, row.length);
        assertEquals("20251114", row[1]);
        assertEquals("202511", row[2]);
        assertEquals("UKR", row[7], "Actor1CountryCode is CAMEO's country");
        assertEquals("GOV", row[12], "Actor1Type1Code");
        assertEquals("", row[17], "an IGO has no country");
        assertEquals("IGO", row[22], "Actor2Type1Code");
        assertEquals("UNO", row[23], "Actor2Type2Code");
        assertEquals("1", row[25], "IsRootEvent: stated in the lead");
        assertEquals("031", row[27], "EventBaseCode");
        assertEquals("03", row[28], "EventRootCode");
        assertEquals("UP", row[37], "Actor1Geo_CountryCode: Ukraine in FIPS");
        assertEquals("4", row[51]);
        assertEquals("SZ", row[53], "Switzerland in FIPS");
        assertEquals("20251116000000", row[59]);
        GdeltMapping.Facts later = new GdeltMapping.Facts("7", LocalDate.of(2025, 11, 14), "UKRGOV", "Ukraine",
                "IGOUNO", "United Nations", 5, "0311", 2, 6.0, 3, 2, 3, mapping.geo(geneva),
                LocalDate.of(2025, 11, 16), "https://example.org/x");
        assertEquals("0", mapping.row(later)[25]);
        String[] again = mapping.row(facts);
        assertArrayEquals(row, again);
    }
}
