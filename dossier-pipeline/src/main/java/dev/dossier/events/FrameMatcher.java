package dev.dossier.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Applies {@link VerbFrames} to a verb of the dependency parse: of the frames of its lemma whose conditions all
 * hold, the one that sets most conditions wins (PETRARCH takes its longest pattern); a winning frame with no code
 * means the verb states no event here.
 *
 * <p>How a frame's conditions are read off the parse, in general terms:
 * <ul>
 *   <li>a {@code with} word: a dependent of the verb that is that word (a particle, {@code compound:prt}; an
 *       adverb; a complement such as "seem confident"), or a prepositional phrase of the verb with that preposition
 *       ("ask for help": {@code obl:for});</li>
 *   <li>the subject: the head of {@code nsubj} or {@code nsubj:pass};</li>
 *   <li>the object: the head of {@code obj}, {@code iobj}, {@code xcomp}, or of {@code nsubj:pass} in a passive
 *       ("sanctions were lifted");</li>
 *   <li>a prepositional phrase: an {@code obl:PREP} of the verb, or an {@code nmod:PREP} of its object (parsers
 *       hang "aid for refugees" on either); its head, when the frame names one, as the object's;</li>
 *   <li>a head: the token's lemma or its lower-cased word ("talks" and "talk" both name "talks"); each modifier
 *       position: one of the head's dependents.</li>
 * </ul>
 */
final class FrameMatcher {

    private static final Set<String> OBJECTS = Set.of("obj", "iobj", "xcomp", "nsubj:pass");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");

    private final VerbFrames frames;

    FrameMatcher(VerbFrames frames) {
        this.frames = frames;
    }

    /** The frame that applies to verb {@code v}, if any; it may be one that states no event. */
    Optional<VerbFrame> match(ParseGraph g, int v) {
        VerbFrame best = null;
        for (VerbFrame f : frames.verb(g.lemma(v))) {
            if ((best == null || f.specificity() > best.specificity()) && matches(g, v, f)) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The object token the frame's object condition matched, or -1 (for telling a nominal event's light verb). */
    static int matchedObject(ParseGraph g, int v, VerbFrame f) {
        if (f.object().isEmpty()) {
            return -1;
        }
        for (int d : g.dependents(v)) {
            if (OBJECTS.contains(g.relation(d)) && anyPhrase(g, d, f.object())) {
                return d;
            }
        }
        return -1;
    }

    static boolean matches(ParseGraph g, int v, VerbFrame f) {
        for (String w : f.with()) {
            if (!attached(g, v, w)) {
                return false;
            }
        }
        if (!f.subject().isEmpty() && !argument(g, v, SUBJECTS, f.subject())) {
            return false;
        }
        if (!f.object().isEmpty() && matchedObject(g, v, f) < 0) {
            return false;
        }
        for (VerbFrame.Prep p : f.preps()) {
            if (!prep(g, v, p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean attached(ParseGraph g, int v, String w) {
        for (int d : g.dependents(v)) {
            if (is(g, d, w) || g.relation(d).endsWith(":" + w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean argument(ParseGraph g, int v, Set<String> relations, List<VerbFrame.Phrase> phrases) {
        for (int d : g.dependents(v)) {
            if (relations.contains(g.relation(d)) && anyPhrase(g, d, phrases)) {
                return true;
            }
        }
        return false;
    }

    private static boolean prep(ParseGraph g, int v, VerbFrame.Prep p) {
        if (prepIn(g, v, "obl:", p)) {
            return true;
        }
        for (int o : g.dependents(v)) {
            if (OBJECTS.contains(g.relation(o)) && prepIn(g, o, "nmod:", p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean prepIn(ParseGraph g, int head, String prefix, VerbFrame.Prep p) {
        for (int d : g.dependents(head)) {
            String rel = g.relation(d);
            if (rel.startsWith(prefix) && p.prepositions().contains(rel.substring(prefix.length()))
                    && (p.objects().isEmpty() || anyPhrase(g, d, p.objects()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyPhrase(ParseGraph g, int t, List<VerbFrame.Phrase> phrases) {
        for (VerbFrame.Phrase p : phrases) {
            if (phrase(g, t, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean phrase(ParseGraph g, int t, VerbFrame.Phrase p) {
        if (!is(g, t, p.head())) {
            return false;
        }
        for (Set<String> position : p.modifiers()) {
            if (!g.hasDependent(t, d -> position.stream().anyMatch(w -> is(g, d, w)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean is(ParseGraph g, int t, String word) {
        return g.lemma(t).equals(word) || g.token(t).text().toLowerCase(Locale.ROOT).equals(word);
    }
}
