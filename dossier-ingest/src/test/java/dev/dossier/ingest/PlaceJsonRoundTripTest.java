package dev.dossier.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.io.DocumentJson;
import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.GeoPlace;
import dev.dossier.model.Layer;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Span;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An entity's resolved place survives the JSON writer and the analysis reader. */
class PlaceJsonRoundTripTest {

    @Test
    void aPlaceIsWrittenAndReadBack() {
        String text = "Talks resumed in Lausanne.";
        Article article = new Article("a", "", text, LocalDate.of(2025, 3, 4), null, null, "en");
        GeoPlace lausanne = new GeoPlace("Lausanne", 2659994, 46.516, 6.63282, "CHE", "VD", "PPLA", 139111);
        Document doc = Document.of(article).withEntities(List.of(
                new Entity("e1", "Lausanne", EntityType.LOCATION,
                        List.of(new EntityMention(new Span(17, 25), "Lausanne", MentionKind.NAME))),
                new Entity("e2", "Talks", EntityType.MISC, List.of()))).withPlaces(Map.of("e1", lausanne));
        JsonNode json = DocumentJson.toJson(doc, null);
        assertEquals(2659994, json.at("/entities/0/place/geonameId").asLong());
        assertEquals("VD", json.at("/entities/0/place/admin1").asText());
        assertTrue(json.at("/entities/1/place").isMissingNode());
        Document back = AnalysedJsonReader.read("a.json", article, json);
        assertTrue(back.has(Layer.PLACES));
        assertEquals(lausanne, back.entity("e1").orElseThrow().place());
        assertNull(back.entity("e2").orElseThrow().place());
    }
}
