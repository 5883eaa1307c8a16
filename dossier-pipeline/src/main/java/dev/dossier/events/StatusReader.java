package dev.dossier.events;

import dev.dossier.model.EventStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads where an event stands from the words around its trigger: negation, modality, tense and aspect, intent
 * ("ready to", "the planned summit") and what later befell it ("but it was then postponed indefinitely").
 *
 * <p>Looks at the trigger, its light verb, the clauses that govern it through control and complement links, and a
 * clause coordinated with any of these whose subject is a pronoun or missing. What someone else wants or presses
 * the actor to do ("wants Putin to attack", "faces pressure to help") is hypothetical; what it refuses or fails to do
 * ("refused to meet") is negated. The strongest cue wins: cancelled,
 * postponed, denied, negated, hypothetical, planned, ongoing; with no cue the event happened.
 */
final class StatusReader {

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    /** Auxiliaries of the future: under a verb of saying or intending they state an intention ("said it would free"). */
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll");
    private static final Set<String> UP = Set.of("xcomp", "acl", "obj", "nsubj:pass", "ccomp", "advcl", "conj");

    /**
     * What was read.
     *
     * @param status the event's status
     * @param intent  true when the event is stated as an intention (it becomes a 03x expression of intent)
     * @param refusal true when the event is stated as something its actor will not do ("would not provide
     *                support"): a refusal, coded 12x
     */
    record Reading(EventStatus status, boolean intent, boolean refusal) {
    }

    private final EventCues cues;

    StatusReader(EventCues cues) {
        this.cues = cues;
    }

    Reading read(ParseGraph g, int trigger, int lightVerb) {
        List<Integer> chain = chain(g, trigger, lightVerb);
        boolean intent = false;
        boolean planned = false;
        boolean ongoing = false;
        boolean hypothetical = false;
        boolean negated = false;
        boolean denied = false;
        boolean postponed = false;
        boolean cancelled = false;
        boolean future = false;
        boolean sameActor = true;
        boolean ownNegation = false;
        boolean would = false;
        boolean announced = false;
        for (int i = 0; i < chain.size(); i++) {
            int x = chain.get(i);
            String lemma = g.lemma(x);
            boolean governing = i > 0;
            if (governing && x != lightVerb && !g.relation(chain.get(i - 1)).equals("xcomp")) {
                sameActor = false;
            }
            if (governing && x != lightVerb && objectControls(g, x, chain.get(i - 1))) {
                // "Obama wants Putin to attack", "faces pressure to help": someone else's wish, not the actor's
                boolean wish = cues.intent().contains(lemma) || cues.of(EventStatus.HYPOTHETICAL).contains(lemma)
                        || g.dependents(x, "obj").stream()
                        .anyMatch(o -> cues.of(EventStatus.HYPOTHETICAL).contains(g.lemma(o)));
                hypothetical |= wish;
                continue;
            }
            if (governing && x != lightVerb && cues.intent().contains(lemma)) {
                intent = true;
            }
            if (x == lightVerb && cues.intent().contains(lemma)) {
                intent = true;
            }
            if (governing && x != lightVerb) {
                hypothetical |= cues.of(EventStatus.HYPOTHETICAL).contains(lemma);
                announced |= cues.speech().contains(lemma) || cues.intent().contains(lemma)
                        || cues.light().contains(lemma) && lemma.equals("announce");
            }
            if (governing && x != lightVerb && g.relation(chain.get(i - 1)).equals("xcomp")) {
                // "refused to meet", "failed to reach a deal": the act was not done
                negated |= cues.of(EventStatus.NEGATED).contains(lemma);
            }
            if (governing) {
                postponed |= cues.of(EventStatus.POSTPONED).contains(lemma);
                cancelled |= cues.of(EventStatus.CANCELLED).contains(lemma);
                denied |= cues.of(EventStatus.DENIED).contains(lemma);
                planned |= cues.of(EventStatus.PLANNED).contains(lemma);
            }
            ongoing |= cues.of(EventStatus.ONGOING).contains(lemma)
                    || g.token(x).pos().equals("VBG") && g.hasDependent(x, d -> g.relation(d).equals("aux")
                    && g.lemma(d).equals("be"));
            for (int d : g.dependents(x)) {
                String rel = g.relation(d);
                String dl = g.lemma(d);
                if (i < 3 && (rel.equals("neg") || rel.equals("advmod") || rel.equals("det")) && NEGATORS.contains(dl)) {
                    negated = true;
                    ownNegation |= sameActor;
                }
                if (rel.equals("aux") || rel.equals("mark")) {
                    if (FUTURE.contains(dl)) {
                        future = true;
                        would |= !dl.equals("will") && !dl.equals("shall");
                    } else {
                        hypothetical |= cues.of(EventStatus.HYPOTHETICAL).contains(dl);
                    }
                    planned |= cues.of(EventStatus.PLANNED).contains(dl);
                }
                if ((rel.equals("amod") || rel.equals("advmod")) && x == trigger) {
                    intent |= cues.intent().contains(dl);
                    planned |= cues.of(EventStatus.PLANNED).contains(dl);
                    ongoing |= cues.of(EventStatus.ONGOING).contains(dl);
                }
                if (rel.equals("conj") && pronounOrNoSubject(g, d)) {
                    postponed |= cues.of(EventStatus.POSTPONED).contains(dl);
                    cancelled |= cues.of(EventStatus.CANCELLED).contains(dl);
                }
            }
        }
        announced |= future && announcedBefore(g, trigger);
        if (future && announced) {
            intent = true;
        } else if (future) {
            hypothetical |= would;
        }
        EventStatus status = cancelled ? EventStatus.CANCELLED
                : postponed ? EventStatus.POSTPONED
                : denied ? EventStatus.DENIED
                : negated ? EventStatus.NEGATED
                : hypothetical ? EventStatus.HYPOTHETICAL
                : planned || intent ? EventStatus.PLANNED
                : ongoing ? EventStatus.ONGOING
                : EventStatus.HAPPENED;
        boolean refusal = ownNegation && (future || intent) && !denied && !hypothetical;
        return new Reading(refusal ? EventStatus.HAPPENED : status, intent && !refusal, refusal);
    }

    /**
     * True when a verb of saying or announcing that precedes the trigger hangs below it, as the parser often leaves a
     * clause like "as Israel announced it would free the prisoners" ("announced" an adverbial clause of "free"), and
     * the trigger's subject is a pronoun, which then stands for the announcer.
     */
    private boolean announcedBefore(ParseGraph g, int trigger) {
        boolean pronounSubject = g.hasDependent(trigger, d -> g.base(d).equals("nsubj") && g.token(d).isPronoun());
        return pronounSubject && g.hasDependent(trigger, d -> d < trigger && g.token(d).isVerb()
                && Set.of("advcl", "parataxis", "dep").contains(g.relation(d))
                && (cues.speech().contains(g.lemma(d)) || g.lemma(d).equals("announce"))
                && g.hasDependent(d, s -> g.base(s).equals("nsubj") && !g.token(s).isPronoun()));
    }

    /** True when {@code clause} is the complement of {@code verb} and the verb's object is who acts in it. */
    private static boolean objectControls(ParseGraph g, int verb, int clause) {
        return g.relation(clause).equals("xcomp") && g.governor(clause) == verb && !g.dependents(verb, "obj").isEmpty();
    }

    /** The trigger, its light verb, and the clauses above them, nearest first. */
    static List<Integer> chain(ParseGraph g, int trigger, int lightVerb) {
        List<Integer> chain = new ArrayList<>();
        chain.add(trigger);
        int x = trigger;
        if (lightVerb >= 0) {
            chain.add(lightVerb);
            x = lightVerb;
        }
        for (int steps = 0; steps < 4; steps++) {
            int gov = g.governor(x);
            if (gov < 0 || !UP.contains(g.relation(x)) || g.relation(x).equals("conj") && !g.token(x).isVerb()) {
                break;
            }
            chain.add(gov);
            x = gov;
        }
        return chain;
    }

    private static boolean pronounOrNoSubject(ParseGraph g, int clause) {
        if (!g.token(clause).isVerb()) {
            return false;
        }
        for (int d : g.dependents(clause)) {
            if (g.base(d).equals("nsubj")) {
                return g.token(d).isPronoun();
            }
        }
        return true;
    }
}
