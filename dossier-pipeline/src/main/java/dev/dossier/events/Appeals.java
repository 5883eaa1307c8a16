package dev.dossier.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Appeals, demands and rejections and what they ask for or refuse. "Called on Tehran to release the sailors" is an
 * appeal (02) whose act, a release (0841), makes it an appeal for the release of persons (0253); "demanded talks" a
 * demand to meet (106); "refused to withdraw" a refusal to de-escalate (1246). The act is the nearest word below the
 * appeal that an event pattern or an {@code act-word} of {@code cues.tsv} names; {@code act-code} maps it.
 *
 * <p>Also finds the appeals no single-word pattern states: "call" with an "on", "upon" or "for" phrase ("called on
 * the rebels to", "called for the release of").
 */
final class Appeals {

    /** The roots whose code the act refines: appeal, demand, reject. */
    private static final Set<String> ROOTS = Set.of("02", "10", "12");
    /** Relations from an appeal down to what it asks for. */
    private static final Set<String> DOWN = Set.of("xcomp", "ccomp", "obj", "obl:for", "nmod:for", "acl", "nmod:of",
            "advcl", "nmod:to", "obl:to");
    /** "Called for calm": an appeal stands without a named addressee, as GDELT leaves Actor2 blank. */
    private static final EventPattern CALL = new EventPattern("020", EventPattern.Kind.VERB, List.of("call"), Set.of(),
            Set.of(EventPattern.Option.NO_TARGET));
    private static final Set<String> CALL_PREPS = Set.of("obl:on", "obl:upon", "obl:for");

    private final EventCues cues;
    private final EventPatterns patterns;

    Appeals(EventCues cues, EventPatterns patterns) {
        this.cues = cues;
        this.patterns = patterns;
    }

    /** Appeals stated by "call" with an "on", "upon" or "for" phrase, unless a hand-written pattern codes the token. */
    List<TriggerFinder.Trigger> calls(ParseGraph g, Set<Integer> triggers) {
        List<TriggerFinder.Trigger> out = new ArrayList<>();
        for (int t = 0; t < g.size(); t++) {
            if (g.token(t).isVerb() && g.lemma(t).equals("call") && !triggers.contains(t)
                    && g.hasDependent(t, d -> CALL_PREPS.contains(g.relation(d)))) {
                out.add(new TriggerFinder.Trigger(t, CALL, TriggerFinder.HAND));
            }
        }
        return out;
    }

    /**
     * The code of a general appeal, demand or rejection (020, 100, 120) as its act makes it, or {@code code}
     * unchanged for other codes and for acts that name nothing more specific.
     *
     * @param trigger  the appeal's token
     * @param code     its pattern's code
     * @param triggers the codes of the other triggers, by token
     */
    String refine(ParseGraph g, int trigger, String code, Map<Integer, String> triggers) {
        String root = code.substring(0, 2);
        if (!ROOTS.contains(root) || code.length() != 3 || !code.endsWith("0")) {
            return code;
        }
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {trigger, 0});
        while (!queue.isEmpty()) {
            int[] item = queue.poll();
            for (int d : g.dependents(item[0])) {
                if (!DOWN.contains(g.relation(d))) {
                    continue;
                }
                EventCues.ActCodes act = cues.act(actCode(g, d, triggers), g.lemma(d));
                String refined = act == null ? null : act.forRoot(root);
                if (refined != null) {
                    return refined;
                }
                if (item[1] < 2) {
                    queue.add(new int[] {d, item[1] + 1});
                }
            }
        }
        return code;
    }

    /**
     * The code of the act at a token: its trigger's, else that of the word's bare pattern as a verb or a noun ("the
     * release of" names the act "release" states).
     */
    private String actCode(ParseGraph g, int t, Map<Integer, String> triggers) {
        String code = triggers.get(t);
        if (code != null) {
            return code;
        }
        if (!g.token(t).isVerb() && !g.token(t).isNoun()) {
            return null;
        }
        for (List<EventPattern> candidates : List.of(patterns.verb(g.lemma(t)), patterns.noun(g.lemma(t)))) {
            for (EventPattern p : candidates) {
                if (p.objects().isEmpty() && p.before().isEmpty()) {
                    return p.code();
                }
            }
        }
        return null;
    }
}
