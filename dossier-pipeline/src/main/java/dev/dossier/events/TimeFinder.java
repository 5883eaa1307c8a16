package dev.dossier.events;

import dev.dossier.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the time expression that governs an event. Each dated expression belongs to the nearest verb or event
 * trigger above it in the parse ("the meeting ... in August" belongs to the meeting, "sanction ... last month" to the
 * sanction); an event takes the expression of its trigger, else of its light verb, else of the nearest clause above
 * it that has one ("Lavrov reaffirmed this month that Moscow was ready").
 */
final class TimeFinder {

    private final ParseGraph g;
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Integer> owners = new ArrayList<>();

    TimeFinder(ParseGraph g, Set<Integer> triggers) {
        this.g = g;
        for (TimeExpression t : g.doc().times()) {
            if (t.value() == null || !t.value().isAnchoredDate() || t.type() != TimeExpression.Type.DATE
                    && t.type() != TimeExpression.Type.TIME) {
                continue;
            }
            int head = g.head(t.span());
            if (head < 0) {
                continue;
            }
            int owner = g.governor(head);
            for (int steps = 0; owner >= 0 && steps < 20; steps++) {
                if (g.token(owner).isVerb() || triggers.contains(owner)) {
                    break;
                }
                owner = g.governor(owner);
            }
            times.add(t);
            owners.add(owner);
        }
    }

    /** The governing time expression of an event, or null. */
    TimeExpression find(int trigger, int lightVerb) {
        TimeExpression own = ownedBy(trigger);
        if (own == null && lightVerb >= 0) {
            own = ownedBy(lightVerb);
        }
        int x = lightVerb >= 0 ? lightVerb : trigger;
        for (int steps = 0; own == null && steps < 8; steps++) {
            x = g.governor(x);
            if (x < 0) {
                break;
            }
            own = ownedBy(x);
        }
        return own;
    }

    private TimeExpression ownedBy(int token) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < times.size(); i++) {
            if (owners.get(i) == token) {
                int d = Math.abs(g.head(times.get(i).span()) - token);
                if (d < bestDistance) {
                    best = times.get(i);
                    bestDistance = d;
                }
            }
        }
        return best;
    }
}
