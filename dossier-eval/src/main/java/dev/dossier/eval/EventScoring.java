package dev.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.model.ActorCode;
import dev.dossier.model.Document;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;
import dev.dossier.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores extracted events against the {@code events} of an expected analysis. An extracted event matches a gold one
 * when its evidence overlaps the gold evidence, its CAMEO root is the gold code's or an {@code accept_cameo} one's,
 * and both actors' countries agree (either order for the symmetric 04x consultations); a gold actor with no country
 * ({@code MED}) is compared by its role. Rows: {@code events}, {@code events.status} (and the gold status, where one
 * is given, agrees) and {@code events.when} (and the gold date, where one is given, agrees).
 */
final class EventScoring {

    private EventScoring() {
    }

    /** One gold event. */
    record GoldEvent(String id, String source, String target, Set<String> roots, String status, String when,
                     List<Span> evidence) {
    }

    static void score(Document doc, JsonNode events, ScoreTable.Builder table) {
        List<GoldEvent> required = read(doc.text(), events.path("required"));
        List<GoldEvent> acceptable = read(doc.text(), events.path("acceptable"));
        List<GoldEvent> all = new ArrayList<>(required);
        all.addAll(acceptable);
        int matched = 0;
        int matchedStatus = 0;
        int matchedWhen = 0;
        for (Event e : doc.events()) {
            boolean m = false;
            boolean s = false;
            boolean w = false;
            for (GoldEvent g : all) {
                if (matches(e, g)) {
                    m = true;
                    s |= statusAgrees(e, g);
                    w |= whenAgrees(e, g);
                }
            }
            matched += m ? 1 : 0;
            matchedStatus += s ? 1 : 0;
            matchedWhen += w ? 1 : 0;
            if (!m) {
                table.note(doc.id() + ": extra event " + describe(e));
            }
        }
        int found = 0;
        int foundStatus = 0;
        int foundWhen = 0;
        for (GoldEvent g : required) {
            List<Event> hits = doc.events().stream().filter(e -> matches(e, g)).toList();
            found += hits.isEmpty() ? 0 : 1;
            boolean s = hits.stream().anyMatch(e -> statusAgrees(e, g));
            boolean w = hits.stream().anyMatch(e -> whenAgrees(e, g));
            foundStatus += s ? 1 : 0;
            foundWhen += w ? 1 : 0;
            if (hits.isEmpty()) {
                table.note(doc.id() + ": event " + g.id() + " (" + g.source() + " " + g.roots() + " " + g.target()
                        + ") not found");
            } else if (!s || !w) {
                table.note(doc.id() + ": event " + g.id() + " expected status " + g.status() + " when " + g.when()
                        + ", got " + hits.stream().map(EventScoring::describe).toList());
            }
        }
        int n = doc.events().size();
        table.add("events", new Score(matched, n, found, required.size()));
        table.add("events.status", new Score(matchedStatus, n, foundStatus, required.size()));
        table.add("events.when", new Score(matchedWhen, n, foundWhen, required.size()));
    }

    private static List<GoldEvent> read(String text, JsonNode array) {
        List<GoldEvent> out = new ArrayList<>();
        for (JsonNode g : array) {
            Set<String> roots = new HashSet<>();
            String cameo = g.path("cameo").asText();
            roots.add(cameo.substring(0, Math.min(2, cameo.length())));
            g.path("accept_cameo").forEach(c -> roots.add(c.asText().substring(0, Math.min(2, c.asText().length()))));
            out.add(new GoldEvent(g.path("id").asText(), g.path("source").asText(), g.path("target").asText(), roots,
                    text(g, "status"), text(g, "when"), Occurrences.of(text, g.path("evidence").asText())));
        }
        return out;
    }

    static boolean matches(Event e, GoldEvent g) {
        if (!Occurrences.overlapsAny(e.evidence().span(), g.evidence()) || !g.roots().contains(e.cameoRoot())) {
            return false;
        }
        String src = side(e.source());
        boolean forward = src.equals(country(g.source())) && e.targets().stream()
                .anyMatch(t -> side(t).equals(country(g.target())));
        boolean backward = e.cameoRoot().equals("04") && src.equals(country(g.target())) && e.targets().stream()
                .anyMatch(t -> side(t).equals(country(g.source())));
        return forward || backward;
    }

    private static boolean statusAgrees(Event e, GoldEvent g) {
        return g.status() == null || g.status().equals(e.status().jsonName());
    }

    private static boolean whenAgrees(Event e, GoldEvent g) {
        return g.when() == null || e.when() != null && g.when().equals(e.when().value());
    }

    private static String country(String gold) {
        return gold.length() >= 3 ? gold.substring(0, 3) : gold;
    }

    private static String side(EventActor a) {
        if (a == null || a.code() == null) {
            return "";
        }
        ActorCode c = a.code();
        return c.hasCountry() ? c.country() : c.primaryRole();
    }

    private static String describe(Event e) {
        return e.cameo() + " " + side(e.source()) + "->" + e.targets().stream().map(EventScoring::side).toList() + " "
                + e.status().jsonName() + " " + e.when() + " '" + e.evidence().text() + "'";
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
