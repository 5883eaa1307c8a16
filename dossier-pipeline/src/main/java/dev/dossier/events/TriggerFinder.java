package dev.dossier.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the tokens that state events: verbs and nouns whose lemma heads a pattern of {@link EventPatterns}, with the
 * pattern's phrase and object conditions met. A pattern with an object condition wins over a bare one ("sign an
 * agreement" over "sign"); otherwise the longer phrase wins ("phone call" over "call").
 */
final class TriggerFinder {

    private final EventPatterns patterns;

    TriggerFinder(EventPatterns patterns) {
        this.patterns = patterns;
    }

    /** A token that states an event, with the pattern it matched. */
    record Trigger(int token, EventPattern pattern) {
    }

    List<Trigger> find(ParseGraph g) {
        List<Trigger> out = new ArrayList<>();
        for (int t = 0; t < g.size(); t++) {
            var tok = g.token(t);
            List<EventPattern> candidates = tok.isVerb() ? patterns.verb(g.lemma(t))
                    : tok.isNoun() ? patterns.noun(g.lemma(t)) : List.of();
            EventPattern best = null;
            for (EventPattern p : candidates) {
                if (!phraseMatches(g, t, p) || p.has(EventPattern.Option.OBJECT_CLAUSE) && !objectClause(g, t)) {
                    continue;
                }
                if (!p.objects().isEmpty()) {
                    if (objectMatches(g, t, p.objects())) {
                        best = p;
                        break;
                    }
                } else if (best == null || p.words().size() > best.words().size()) {
                    best = p;
                }
            }
            if (best != null) {
                out.add(new Trigger(t, best));
            }
        }
        return out;
    }

    private static boolean phraseMatches(ParseGraph g, int t, EventPattern p) {
        List<String> before = p.before();
        for (int i = 0; i < before.size(); i++) {
            int at = t - before.size() + i;
            if (at < 0 || !g.lemma(at).equals(before.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the verb has an object and a to-clause that object performs ("wants Putin to attack"). */
    private static boolean objectClause(ParseGraph g, int v) {
        return !g.dependents(v, "obj").isEmpty() && !g.dependents(v, "xcomp").isEmpty();
    }

    private static boolean objectMatches(ParseGraph g, int v, Set<String> objects) {
        for (int d : g.dependents(v)) {
            String rel = g.relation(d);
            if ((rel.equals("obj") || rel.equals("nsubj:pass") || rel.startsWith("obl")) && objects.contains(g.lemma(d))) {
                return true;
            }
        }
        return false;
    }

}
