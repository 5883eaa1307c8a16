package dev.dossier.places;

import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.GeoPlace;
import dev.dossier.model.Layer;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Place names in texts written for these tests, resolved in context. */
class PlaceResolverTest {

    private static final PlaceResolver RESOLVER = new PlaceResolver();

    private static Map<String, GeoPlace> resolve(String text, Map<String, String> ner, Object... places) {
        Map<String, EntityType> entities = new LinkedHashMap<>();
        for (int i = 0; i < places.length; i += 2) {
            entities.put((String) places[i], (EntityType) places[i + 1]);
        }
        Document out = RESOLVER.annotate(PlaceTexts.of(text, ner, entities));
        assertTrue(out.has(Layer.PLACES));
        Map<String, GeoPlace> byName = new LinkedHashMap<>();
        for (Entity e : out.entities()) {
            byName.put(e.name(), e.place());
        }
        return byName;
    }

    private static String where(GeoPlace p) {
        return p == null ? "nothing" : p.country() + " " + p.featureCode() + (p.admin1() == null ? "" : " " + p.admin1());
    }

    @Test
    void georgiaIsTheCountryAloneAndBesideTbilisiAndTheStateBesideAtlanta() {
        assertEquals("GEO PCLI", where(resolve("Floods hit Georgia on Monday.", Map.of(),
                "Georgia", EntityType.LOCATION).get("Georgia")));
        assertEquals("GEO PCLI", where(resolve("Talks in Tbilisi ended.\nGeorgia will reply.", Map.of(),
                "Tbilisi", EntityType.LOCATION, "Georgia", EntityType.LOCATION).get("Georgia")));
        Map<String, GeoPlace> us = resolve("Storms closed schools in Atlanta and Macon.\nGeorgia declared an emergency.",
                Map.of(), "Atlanta", EntityType.LOCATION, "Macon", EntityType.LOCATION, "Georgia", EntityType.LOCATION);
        assertEquals("USA ADM1 GA", where(us.get("Georgia")));
        assertEquals("USA PPLA GA", where(us.get("Atlanta")));
    }

    @Test
    void aPlaceFollowedByItsStateIsTheOneInThatState() {
        Map<String, GeoPlace> p = resolve("A fair opened in Paris, Texas, on Friday.", Map.of(),
                "Paris", EntityType.LOCATION, "Texas", EntityType.LOCATION);
        assertEquals("USA", p.get("Paris").country());
        assertEquals("TX", p.get("Paris").admin1());
        assertEquals("FRA PPLC 11", where(resolve("A fair opened in Paris on Friday.", Map.of(),
                "Paris", EntityType.LOCATION).get("Paris")));
    }

    @Test
    void washingtonIsTheCapitalUnlessItsStatesTownsAreNamed() {
        assertEquals("USA PPLC DC", where(resolve("Officials in Washington said no.", Map.of(),
                "Washington", EntityType.LOCATION).get("Washington")));
        assertEquals("USA ADM1 WA", where(resolve("Fires spread from Spokane to Yakima.\nWashington asked for help.",
                Map.of(), "Spokane", EntityType.LOCATION, "Yakima", EntityType.LOCATION,
                "Washington", EntityType.LOCATION).get("Washington")));
        assertEquals("USA ADM1 WA", where(resolve("Washington state passed the law.", Map.of(),
                "Washington", EntityType.LOCATION).get("Washington")));
    }

    @Test
    void aRegionNamedAfterItsSeatIsTheCityUnlessTheTextSaysRegion() {
        assertEquals("UKR PPLA 17", where(resolve("Drones struck Odesa overnight.", Map.of(),
                "Odesa", EntityType.LOCATION).get("Odesa")));
        assertEquals("UKR ADM1 17", where(resolve("Drones struck the Odesa region overnight.", Map.of(),
                "Odesa", EntityType.LOCATION).get("Odesa")));
    }

    @Test
    void theNamedEntityClassAndTheArticlesCountryChooseAmongTowns() {
        Map<String, GeoPlace> p = resolve("Clinics in Santa Ana and Anaheim reported cases.\nCalifornia sent nurses.",
                Map.of(), "Santa Ana", EntityType.LOCATION, "Anaheim", EntityType.LOCATION,
                "California", EntityType.LOCATION);
        assertEquals("USA", p.get("Santa Ana").country());
        assertEquals("USA ADM1 CA", where(p.get("California")));
        assertEquals("PCLI", resolve("Mexico closed the border.", Map.of("Mexico", "COUNTRY"),
                "Mexico", EntityType.COUNTRY).get("Mexico").featureCode());
    }

    @Test
    void demonymsAndAdjectivesAreNotPlacesAndUnknownNamesStayUnresolved() {
        Map<String, GeoPlace> p = resolve("Syrian officials met in Zzyzxville.", Map.of(),
                "Syrian", EntityType.COUNTRY, "Zzyzxville", EntityType.LOCATION);
        assertNull(p.get("Syrian"));
        assertNull(p.get("Zzyzxville"));
        assertEquals("Europe", resolve("Prices fell across Europe.", Map.of(), "Europe", EntityType.LOCATION)
                .get("Europe").name());
    }

    @Test
    void thePublicationsCountryDomainIsReadFromItsAddress() {
        assertEquals("GBR", PlaceResolver.publicationCountry("https://www.example.co.uk/news/1"));
        assertEquals("AUS", PlaceResolver.publicationCountry("http://example.com.au"));
        assertNull(PlaceResolver.publicationCountry("https://example.com/a"));
        assertNull(PlaceResolver.publicationCountry(null));
    }
}
