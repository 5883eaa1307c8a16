package dev.dossier.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.model.Actor;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;
import dev.dossier.model.GeoPlace;
import dev.dossier.model.Place;
import dev.dossier.model.Provenance;
import dev.dossier.model.Quote;
import dev.dossier.model.Speaker;
import dev.dossier.model.Span;
import dev.dossier.model.TextRef;
import dev.dossier.model.TimeExpression;

import java.io.UncheckedIOException;

/** Writes an analysed document as the JSON object described in {@code docs/output-format.md}. */
public final class DocumentJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentJson() {
    }

    /** One document as a JSON tree. */
    public static ObjectNode toJson(Document doc, Provenance provenance) {
        ObjectNode root = JSON.createObjectNode();
        var a = doc.article();
        root.put("id", a.id());
        root.put("title", a.title());
        root.put("published", a.published() == null ? null : a.published().toString());
        root.put("source", a.source());
        root.put("url", a.url());
        root.put("language", a.language());
        root.put("text", a.text());
        root.put("sentences", doc.sentences().size());
        ArrayNode entities = root.putArray("entities");
        for (Entity e : doc.entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id());
            n.put("name", e.name());
            n.put("type", e.type().name());
            Actor actor = doc.actorOf(e.id()).orElse(null);
            n.put("actor", actor == null ? null : actor.code().toString());
            n.put("role", actor == null || actor.role().isEmpty() ? null : actor.role());
            if (e.place() != null) {
                place(n.putObject("place"), e.place());
            }
            ArrayNode mentions = n.putArray("mentions");
            for (EntityMention m : e.mentions()) {
                ObjectNode mn = span(mentions.addObject(), m.span(), m.text());
                mn.put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : doc.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("kind", q.kind().jsonName());
            span(n, q.span(), q.text());
            ref(n, "cue", q.cue());
            speaker(n, "speaker", q.speaker());
        }
        ArrayNode times = root.putArray("times");
        for (TimeExpression t : doc.times()) {
            ObjectNode n = span(times.addObject(), t.span(), t.text());
            n.put("type", t.type().name());
            n.put("value", t.value() == null ? null : t.value().value());
        }
        if (doc.has(dev.dossier.model.Layer.EVENTS)) {
            ArrayNode events = root.putArray("events");
            for (Event e : doc.events()) {
                events.add(event(e));
            }
        }
        if (provenance != null) {
            root.set("provenance", JSON.valueToTree(provenance));
        }
        return root;
    }

    private static ObjectNode event(Event e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("cameo", e.cameo());
        n.put("cameoName", e.cameoName());
        ObjectNode plover = n.putObject("plover");
        plover.put("type", e.plover() == null ? null : e.plover().type());
        plover.put("mode", e.plover() == null ? null : e.plover().mode());
        plover.put("context", e.plover() == null ? null : e.plover().context());
        n.put("quadClass", e.quadClass());
        n.put("goldstein", e.goldstein());
        eventActor(n.putObject("source"), e.source());
        ArrayNode targets = n.putArray("targets");
        e.targets().forEach(t -> eventActor(targets.addObject(), t));
        n.put("when", e.when() == null ? null : e.when().value());
        n.put("whenFrom", e.whenFromText() ? "text" : "publication");
        if (e.where() == null) {
            n.putNull("where");
        } else {
            Place p = e.where();
            ObjectNode w = n.putObject("where");
            w.put("name", p.name());
            w.put("entity", p.entityId());
            if (p.isGeocoded()) {
                w.put("lat", p.lat());
                w.put("lon", p.lon());
            }
            w.put("country", p.country());
            if (p.resolved() != null) {
                place(w.putObject("place"), p.resolved());
            }
        }
        n.put("status", e.status().jsonName());
        speaker(n, "reportedBy", e.reportedBy());
        ref(n, "evidence", e.evidence());
        n.put("sentence", e.sentence());
        return n;
    }

    /** A gazetteer place: name, GeoNames id (null for a country, region or continent), point, country, kind. */
    private static void place(ObjectNode n, GeoPlace p) {
        n.put("name", p.name());
        if (p.geonameId() == 0) {
            n.putNull("geonameId");
        } else {
            n.put("geonameId", p.geonameId());
        }
        n.put("lat", p.lat());
        n.put("lon", p.lon());
        n.put("country", p.country());
        n.put("admin1", p.admin1());
        n.put("featureCode", p.featureCode());
        n.put("population", p.population());
    }

    private static void eventActor(ObjectNode n, EventActor a) {
        n.put("actor", a == null || a.code() == null ? null : a.code().toString());
        n.put("entity", a == null ? null : a.entityId());
        if (a != null && a.mention() != null) {
            span(n.putObject("mention"), a.mention().span(), a.mention().text());
        }
    }

    private static ObjectNode span(ObjectNode n, Span span, String text) {
        n.put("text", text);
        n.put("start", span.start());
        n.put("end", span.end());
        return n;
    }

    private static void ref(ObjectNode parent, String field, TextRef ref) {
        if (ref == null) {
            parent.putNull(field);
        } else {
            span(parent.putObject(field), ref.span(), ref.text());
        }
    }

    private static void speaker(ObjectNode parent, String field, Speaker s) {
        if (s == null) {
            parent.putNull(field);
            return;
        }
        ObjectNode n = parent.putObject(field);
        n.put("entity", s.entityId());
        n.put("name", s.name());
        n.put("confidence", s.confidence());
        n.put("start", s.mention().span().start());
        n.put("end", s.mention().span().end());
        n.put("text", s.mention().text());
    }

    /** One document as a single line of JSON. */
    public static String toLine(Document doc, Provenance provenance) {
        try {
            return JSON.writeValueAsString(toJson(doc, provenance));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document as indented JSON. */
    public static String toPrettyString(Document doc, Provenance provenance) {
        try {
            return JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(doc, provenance));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
