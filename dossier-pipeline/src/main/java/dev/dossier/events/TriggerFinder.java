package dev.dossier.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the tokens that state events: verbs and nouns whose lemma heads a pattern of {@link EventPatterns}, with the
 * pattern's phrase and object conditions met. A pattern with an object condition wins over a bare one ("sign an
 * agreement" over "sign"); otherwise the longer phrase wins ("phone call" over "call").
 *
 * <p>A verb no hand-written pattern takes is offered to the verb frames derived from PETRARCH-2
 * ({@link FrameMatcher}): the hand-written patterns win wherever both apply. A frame is not used when its object is a
 * noun with a hand-written pattern and the verb is a light verb ("staged a protest"): the noun states the event and
 * takes the verb's subject, so the event is not coded twice. A verb with hand-written patterns, and the words of
 * intent and of saying of {@code cues.tsv}, take only frames with a condition: a hand-written pattern that limits a
 * verb to some objects ("recognize" only independence, a government) says the bare verb is no event, and bare intent
 * and speech verbs are how the coder reads intentions and reported speech ("plans to meet" is the meeting, intended;
 * "said Iran attacked" is the attack, reported), not events of their own.
 */
final class TriggerFinder {

    /** The origin of triggers found by the hand-written patterns. */
    static final String HAND = "patterns.tsv";

    private final EventPatterns patterns;
    private final FrameMatcher frames;
    private final Set<String> lightVerbs;
    private final Set<String> cueVerbs;

    TriggerFinder(EventPatterns patterns, EventCues cues) {
        this.patterns = patterns;
        this.frames = new FrameMatcher(patterns.frames());
        this.lightVerbs = cues.light();
        Set<String> all = new HashSet<>(cues.intent());
        all.addAll(cues.speech());
        this.cueVerbs = Set.copyOf(all);
    }

    /**
     * A token that states an event, with the pattern it matched.
     *
     * @param origin {@link #HAND} or the verb frame's origin ({@code verb-frames.tsv:LINE ...})
     */
    record Trigger(int token, EventPattern pattern, String origin) {
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
                out.add(new Trigger(t, best, HAND));
            } else if (tok.isVerb()) {
                frame(g, t).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Trigger> frame(ParseGraph g, int v) {
        Optional<VerbFrame> f = frames.match(g, v);
        if (f.isEmpty() || !f.get().states() || f.get().specificity() == 0
                && (cueVerbs.contains(g.lemma(v)) || !patterns.verb(g.lemma(v)).isEmpty())) {
            return Optional.empty();
        }
        int object = FrameMatcher.matchedObject(g, v, f.get());
        if (object >= 0 && lightVerbs.contains(g.lemma(v)) && !patterns.noun(g.lemma(object)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(v, f.get().pattern(g.lemma(v)), f.get().origin()));
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
