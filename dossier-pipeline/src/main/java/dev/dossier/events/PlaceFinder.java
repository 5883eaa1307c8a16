package dev.dossier.events;

import dev.dossier.model.Entity;
import dev.dossier.model.GeoPlace;
import dev.dossier.model.Place;
import dev.dossier.model.TextRef;

import java.util.Optional;
import java.util.Set;

/**
 * Finds where an event took place: a place named by the trigger's or light verb's "in"/"at" phrase or by a place
 * name compounded with a nominal trigger ("the Alaska meeting"). A place entity takes the place the place stage
 * resolved it to ({@link dev.dossier.model.Entity#place()}); a name it did not resolve, the {@link Gazetteer}'s
 * most likely place of that name.
 */
final class PlaceFinder {

    private static final Set<String> RELATIONS = Set.of("obl:in", "obl:at", "nmod:in", "nmod:at", "compound");

    private final Gazetteer gazetteer;

    PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Place find(ParseGraph g, ActorLocator actors, int trigger, int lightVerb) {
        for (int head : new int[] {trigger, lightVerb}) {
            if (head < 0) {
                continue;
            }
            for (int d : g.dependents(head)) {
                if (!RELATIONS.contains(g.relation(d))) {
                    continue;
                }
                Optional<Place> p = place(g, actors, d, g.relation(d).equals("compound"));
                if (p.isEmpty() && g.token(d).isNoun() && !g.token(d).isProperNoun()) {
                    // "in the east of the Gaza Strip", "at the border of Syria"
                    for (int of : g.dependents(d, "nmod:of")) {
                        p = p.or(() -> place(g, actors, of, false));
                    }
                }
                if (p.isPresent()) {
                    return p.get();
                }
            }
        }
        return null;
    }

    private Optional<Place> place(ParseGraph g, ActorLocator actors, int t, boolean compound) {
        for (ActorLocator.Side s : actors.at(t)) {
            String entityId = s.toEventActor().entityId();
            GeoPlace resolved = entityId == null ? null
                    : g.doc().entity(entityId).map(Entity::place).orElse(null);
            if (resolved != null && (!compound || !resolved.isCountry())) {
                return Optional.of(Place.of(s.name(), resolved, entityId, s.mention()));
            }
            Optional<Gazetteer.Entry> e = gazetteer.find(s.name()).or(() -> gazetteer.find(s.mention().text()));
            if (e.isPresent() && (!compound || !e.get().kind().equals("country"))) {
                Gazetteer.Entry entry = e.get();
                return Optional.of(Place.of(s.name(), entry.resolved(), entityId, s.mention()));
            }
            if (s.isPlace()) {
                return Optional.of(new Place(s.name(), entityId, Double.NaN, Double.NaN,
                        s.code() == null || !s.code().hasCountry() ? null : s.code().country(), s.mention()));
            }
        }
        if (g.token(t).isProperNoun()) {
            String text = g.token(t).text();
            return gazetteer.find(text).filter(e -> !compound || !e.kind().equals("country"))
                    .map(e -> Place.of(text, e.resolved(), null, TextRef.of(g.doc().text(), g.token(t).span())));
        }
        return Optional.empty();
    }
}
