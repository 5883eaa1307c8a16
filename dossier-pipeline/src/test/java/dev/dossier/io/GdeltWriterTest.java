package dev.dossier.io;

import dev.dossier.model.ActorCode;
import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;
import dev.dossier.model.EventStatus;
import dev.dossier.model.Place;
import dev.dossier.model.Span;
import dev.dossier.model.TextRef;
import dev.dossier.model.Timex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GdeltWriterTest {

    @Test
    void writesOneRowPerTargetInGdeltsColumnOrder() {
        String text = "The US sanctioned Rosneft and Lukoil in Moscow last month.";
        Document d = Document.of(new Article("a1", "", text, LocalDate.of(2025, 11, 16), null,
                        "https://example.org/a1", "en"))
                .withEntities(List.of(new Entity("usa", "United States", EntityType.COUNTRY, List.of()),
                        new Entity("rosneft", "Rosneft", EntityType.ORGANIZATION, List.of())));
        Event e = new Event("163", "Impose embargo, boycott, or sanctions", new Event.Plover("COERCE", "restrict", ""),
                4, -8.0, new EventActor(ActorCode.parse("USAGOV"), "usa", null),
                List.of(new EventActor(ActorCode.parse("RUSBUS"), "rosneft", null),
                        new EventActor(ActorCode.parse("RUSBUS"), null, null)),
                Timex.of("2025-10"), true, new Place("Moscow", null, 55.76, 37.62, "RUS", null), EventStatus.HAPPENED,
                null, TextRef.of(text, new Span(4, 36)), 0);
        List<String> rows = new GdeltWriter(GdeltMapping.standard()).rows(d.withEvents(List.of(e)));
        assertEquals(2, rows.size());
        String[] f = rows.getFirst().split("\t", -1);
        assertEquals(61, f.length);
        assertEquals(61, GdeltWriter.COLUMNS.size());
        assertEquals("20251001", f[GdeltWriter.COLUMNS.indexOf("Day")]);
        assertEquals("202510", f[GdeltWriter.COLUMNS.indexOf("MonthYear")]);
        assertEquals("USAGOV", f[GdeltWriter.COLUMNS.indexOf("Actor1Code")]);
        assertEquals("UNITED STATES", f[GdeltWriter.COLUMNS.indexOf("Actor1Name")]);
        assertEquals("USA", f[GdeltWriter.COLUMNS.indexOf("Actor1CountryCode")]);
        assertEquals("GOV", f[GdeltWriter.COLUMNS.indexOf("Actor1Type1Code")]);
        assertEquals("RUSBUS", f[GdeltWriter.COLUMNS.indexOf("Actor2Code")]);
        assertEquals("163", f[GdeltWriter.COLUMNS.indexOf("EventCode")]);
        assertEquals("163", f[GdeltWriter.COLUMNS.indexOf("EventBaseCode")]);
        assertEquals("16", f[GdeltWriter.COLUMNS.indexOf("EventRootCode")]);
        assertEquals("4", f[GdeltWriter.COLUMNS.indexOf("QuadClass")]);
        assertEquals("-8.0", f[GdeltWriter.COLUMNS.indexOf("GoldsteinScale")]);
        assertEquals("4", f[GdeltWriter.COLUMNS.indexOf("ActionGeo_Type")]);
        assertEquals("RS", f[GdeltWriter.COLUMNS.indexOf("ActionGeo_CountryCode")]);
        assertEquals("55.7600", f[GdeltWriter.COLUMNS.indexOf("ActionGeo_Lat")]);
        assertEquals("1", f[GdeltWriter.COLUMNS.indexOf("Actor1Geo_Type")], "the actor's country");
        assertEquals("US", f[GdeltWriter.COLUMNS.indexOf("Actor1Geo_CountryCode")]);
        assertEquals("RS", f[GdeltWriter.COLUMNS.indexOf("Actor2Geo_CountryCode")]);
        assertEquals("1", f[GdeltWriter.COLUMNS.indexOf("IsRootEvent")], "stated in the headline");
        assertEquals("20251116000000", f[GdeltWriter.COLUMNS.indexOf("DATEADDED")]);
        assertEquals("https://example.org/a1", f[60]);
        assertEquals("GlobalEventID", GdeltWriter.COLUMNS.getFirst());
    }

    @Test
    void anEventWithNoTargetIsOneRowWithActor2Blank() {
        String text = "Georgian protesters rallied.";
        Document d = Document.of(new Article("a2", "", text, LocalDate.of(2025, 11, 16), null, null, "en"));
        Event e = new Event("141", "Demonstrate or rally", new Event.Plover("PROTEST", "demonstrate", ""), 3, -6.5,
                new EventActor(ActorCode.parse("GEOOPP"), null, null), List.of(), null, false, null,
                EventStatus.HAPPENED, null, TextRef.of(text, new Span(0, 27)), 0);
        List<String> rows = new GdeltWriter(GdeltMapping.standard()).rows(d.withEvents(List.of(e)));
        assertEquals(1, rows.size());
        String[] f = rows.getFirst().split("\t", -1);
        assertEquals(61, f.length);
        assertEquals("GEOOPP", f[GdeltWriter.COLUMNS.indexOf("Actor1Code")]);
        assertEquals("", f[GdeltWriter.COLUMNS.indexOf("Actor2Code")]);
        assertEquals("", f[GdeltWriter.COLUMNS.indexOf("Actor2CountryCode")]);
        assertEquals("141", f[GdeltWriter.COLUMNS.indexOf("EventCode")]);
    }
}
