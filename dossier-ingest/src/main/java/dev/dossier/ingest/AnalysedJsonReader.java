package dev.dossier.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.io.InputException;
import dev.dossier.model.Actor;
import dev.dossier.model.ActorCode;
import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;
import dev.dossier.model.GeoPlace;
import dev.dossier.model.EventStatus;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Place;
import dev.dossier.model.Quote;
import dev.dossier.model.Speaker;
import dev.dossier.model.Span;
import dev.dossier.model.TextRef;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads back an analysis written by {@code dossier analyze --format json} (the format of
 * {@link dev.dossier.io.DocumentJson}), so analyses made elsewhere (another machine, a cluster) can be stored
 * without running the pipeline again. The layers present in the JSON ({@code entities}, {@code quotes},
 * {@code times}, {@code events}) become the document's layers; everything else is read as an article.
 */
public final class AnalysedJsonReader {

    private AnalysedJsonReader() {
    }

    /** True when a JSON object carries analysis layers, not only an article. */
    public static boolean isAnalysis(JsonNode node) {
        return node.has("entities") || node.has("events") || node.has("quotes");
    }

    /**
     * Builds the document.
     *
     * @throws InputException when a field is missing or an offset lies outside the text
     */
    public static Document read(String input, Article article, JsonNode node) {
        try {
            Document doc = Document.of(article);
            String text = article.text();
            if (node.has("times")) {
                List<TimeExpression> times = new ArrayList<>();
                for (JsonNode t : node.get("times")) {
                    String v = t.path("value").asText(null);
                    times.add(new TimeExpression(span(t), t.path("text").asText(), constant(TimeExpression.Type.class, t, "type", "DATE"), v == null || !Timex.isValid(v) ? null : Timex.of(v), -1));
                }
                doc = doc.withTimes(times);
            }
            if (node.has("entities")) {
                List<Entity> entities = new ArrayList<>();
                List<Actor> actors = new ArrayList<>();
                for (JsonNode e : node.get("entities")) {
                    List<EntityMention> mentions = new ArrayList<>();
                    for (JsonNode m : e.path("mentions")) {
                        mentions.add(new EntityMention(span(m), m.path("text").asText(),
                                constant(MentionKind.class, m, "kind", "name")));
                    }
                    String id = e.path("id").asText();
                    entities.add(new Entity(id, e.path("name").asText(), constant(EntityType.class, e, "type", "MISC"),
                            mentions, place(e.get("place"))));
                    if (e.hasNonNull("actor")) {
                        actors.add(new Actor(id, code(e.get("actor").asText()), e.path("role").asText(""), null));
                    }
                }
                doc = doc.withEntities(entities).withActors(actors);
                Map<String, GeoPlace> places = new HashMap<>();
                entities.stream().filter(x -> x.place() != null).forEach(x -> places.put(x.id(), x.place()));
                if (!places.isEmpty()) {
                    doc = doc.withPlaces(places);
                }
            }
            if (node.has("quotes")) {
                List<Quote> quotes = new ArrayList<>();
                for (JsonNode q : node.get("quotes")) {
                    quotes.add(new Quote(constant(Quote.Kind.class, q, "kind", "direct"),
                            span(q), q.path("text").asText(), ref(text, q.get("cue")), speaker(text, q.get("speaker")),
                            integer(q, "sentence", -1)));
                }
                doc = doc.withQuotes(quotes);
            }
            if (node.has("events")) {
                List<Event> events = new ArrayList<>();
                for (JsonNode e : node.get("events")) {
                    events.add(event(text, e));
                }
                doc = doc.withEvents(events);
            }
            return doc;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InputException(input, "is not a valid Dossier analysis: " + e.getMessage());
        }
    }

    private static Event event(String text, JsonNode e) {
        JsonNode p = e.path("plover");
        Event.Plover plover = p.hasNonNull("type") ? new Event.Plover(p.get("type").asText(),
                p.path("mode").asText(""), p.path("context").asText("")) : null;
        List<EventActor> targets = new ArrayList<>();
        e.path("targets").forEach(t -> targets.add(eventActor(text, t)));
        Place where = null;
        JsonNode w = e.get("where");
        if (w != null && !w.isNull()) {
            where = new Place(w.path("name").asText(), w.path("entity").asText(null),
                    number(w, "lat", Double.NaN),
                    number(w, "lon", Double.NaN), w.path("country").asText(null), null, place(w.get("place")));
        }
        String when = e.path("when").asText(null);
        return new Event(e.path("cameo").asText(), e.path("cameoName").asText(""), plover,
                integer(e, "quadClass", 1), number(e, "goldstein", 0), eventActor(text, e.get("source")),
                targets, when == null ? null : Timex.of(when), "text".equals(e.path("whenFrom").asText()), where,
                EventStatus.parse(e.path("status").asText("happened")), speaker(text, e.get("reportedBy")),
                ref(text, e.get("evidence")), integer(e, "sentence", -1));
    }

    private static GeoPlace place(JsonNode p) {
        if (p == null || p.isNull()) {
            return null;
        }
        return new GeoPlace(p.path("name").asText(), p.path("geonameId").asLong(0), number(p, "lat", Double.NaN),
                number(p, "lon", Double.NaN), p.path("country").asText(null), p.path("admin1").asText(null),
                p.path("featureCode").asText(), p.path("population").asLong(0));
    }

    private static EventActor eventActor(String text, JsonNode a) {
        if (a == null || a.isNull()) {
            return null;
        }
        return new EventActor(a.hasNonNull("actor") ? code(a.get("actor").asText()) : null,
                a.path("entity").asText(null), ref(text, a.get("mention")));
    }

    private static ActorCode code(String s) {
        String c = s.trim().toUpperCase(Locale.ROOT);
        return c.length() == 3 && List.of("MED", "GOV", "MIL", "BUS", "IGO", "NGO", "OPP", "REB", "CVL")
                .contains(c) ? ActorCode.rolesOnly(c) : ActorCode.parse(c);
    }

    private static Speaker speaker(String text, JsonNode s) {
        if (s == null || s.isNull()) {
            return null;
        }
        Span span = span(s);
        String entity = s.path("entity").asText(null);
        TextRef mention = new TextRef(span, s.has("text") ? s.get("text").asText() : span.of(text));
        // files written before speakers had a confidence: a resolved speaker counts as certain
        double confidence = s.has("confidence") ? s.get("confidence").asDouble() : entity == null ? 0 : 1;
        return new Speaker(entity, s.path("name").asText(), mention, confidence);
    }

    private static TextRef ref(String text, JsonNode r) {
        if (r == null || r.isNull()) {
            return null;
        }
        Span span = span(r);
        return new TextRef(span, r.has("text") ? r.get("text").asText() : span.of(text));
    }

    /** A numeric field, or {@code fallback} when absent; text where a number belongs is an error, not zero. */
    private static double number(JsonNode parent, String field, double fallback) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException("'" + field + "' must be a number, not " + shorten(v.toString()));
        }
        return v.asDouble();
    }

    private static int integer(JsonNode parent, String field, int fallback) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("'" + field + "' must be a whole number, not " + shorten(v.toString()));
        }
        return v.asInt();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode parent, String field, String fallback) {
        String v = parent.path(field).asText(fallback).toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        throw new IllegalArgumentException("'" + field + "' is " + shorten(parent.path(field).toString())
                + ", not one of " + java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "\u2026";
    }

    private static Span span(JsonNode n) {
        if (!n.has("start") || !n.has("end")) {
            throw new IllegalArgumentException("a span needs 'start' and 'end': " + n);
        }
        return new Span(integer(n, "start", 0), integer(n, "end", 0));
    }
}
