package dev.dossier.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds accusations made in reported speech: a speaker who says that someone wants, does or continues a wrongdoing
 * ("adding that it only indicates they want to continue the bloodshed") accuses them (CAMEO 112). The speaker is the
 * subject of the nearest verb of saying above the wrongdoing, the accused the subject of the clause that holds it.
 */
final class AccusationFinder {

    static final String CODE = "112";

    /**
     * An accusation found.
     *
     * @param noun    the wrongdoing noun
     * @param speech  the verb of saying
     * @param source  who accuses
     * @param target  who is accused
     */
    record Accusation(int noun, int speech, ActorLocator.Side source, ActorLocator.Side target) {
    }

    private final EventCues cues;

    AccusationFinder(EventCues cues) {
        this.cues = cues;
    }

    List<Accusation> find(ParseGraph g, ActorLocator actors) {
        List<Accusation> out = new ArrayList<>();
        for (int w = 0; w < g.size(); w++) {
            if (g.token(w).isNoun() && cues.wrongdoing().contains(g.lemma(w))) {
                find(g, actors, w).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Accusation> find(ParseGraph g, ActorLocator actors, int w) {
        int x = w;
        int accusedClause = -1;
        int subjectToken = -1;
        for (int steps = 0; steps < 8; steps++) {
            int gov = g.governor(x);
            if (gov < 0) {
                return Optional.empty();
            }
            x = gov;
            if (!g.token(x).isVerb()) {
                continue;
            }
            if (accusedClause < 0) {
                accusedClause = x;
            }
            if (subjectToken < 0) {
                subjectToken = subject(g, x);
                continue;
            }
            if (cues.speech().contains(g.lemma(x))) {
                Optional<ActorLocator.Side> speaker = speaker(g, actors, x);
                if (speaker.isPresent()) {
                    Optional<ActorLocator.Side> accused = accused(g, actors, subjectToken, speaker.get());
                    if (accused.isPresent()) {
                        return Optional.of(new Accusation(w, x, speaker.get(), accused.get()));
                    }
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A speaker who reports that another side used force accuses that side: "The US said that Iraq had attacked
     * them" is also an accusation of Iraq by the US. Empty when the reporter is the attacker's own country.
     *
     * @param trigger the conflict event's trigger
     * @param source  the side that used force
     */
    Optional<Accusation> reportedConflict(ParseGraph g, ActorLocator actors, int trigger, ActorLocator.Side source) {
        int x = trigger;
        boolean reported = false;
        for (int steps = 0; steps < 4; steps++) {
            int gov = g.governor(x);
            if (gov < 0) {
                return Optional.empty();
            }
            reported |= g.base(x).equals("ccomp");
            x = gov;
            if (reported && g.token(x).isVerb() && cues.speech().contains(g.lemma(x))) {
                return speaker(g, actors, x)
                        .filter(s -> !s.country().isEmpty() && !s.country().equals(source.country()))
                        .map(s -> new Accusation(trigger, gov, s, source));
            }
        }
        return Optional.empty();
    }

    private static int subject(ParseGraph g, int verb) {
        for (int x = verb, steps = 0; x >= 0 && steps < 3; steps++) {
            for (int d : g.dependents(x)) {
                if (g.relation(d).equals("nsubj")) {
                    return d;
                }
            }
            if (!g.relation(x).equals("xcomp")) {
                return -1;
            }
            x = g.governor(x);
        }
        return -1;
    }

    private static Optional<ActorLocator.Side> speaker(ParseGraph g, ActorLocator actors, int speech) {
        for (int x = speech, steps = 0; x >= 0 && steps < 3; steps++) {
            for (int d : g.dependents(x)) {
                if (g.relation(d).equals("nsubj")) {
                    List<ActorLocator.Side> s = ParticipantFinder.phrase(g, actors, d);
                    return s.isEmpty() ? Optional.empty() : Optional.of(s.getFirst());
                }
            }
            String rel = g.base(x);
            if (!rel.equals("advcl") && !rel.equals("conj") && !rel.equals("xcomp") && !rel.equals("dep")) {
                return Optional.empty();
            }
            x = g.governor(x);
        }
        return Optional.empty();
    }

    private static Optional<ActorLocator.Side> accused(ParseGraph g, ActorLocator actors, int subject,
                                                       ActorLocator.Side speaker) {
        if (subject < 0) {
            return Optional.empty();
        }
        List<ActorLocator.Side> s = ParticipantFinder.phrase(g, actors, subject);
        if (!s.isEmpty()) {
            return s.getFirst().key().equals(speaker.key()) ? Optional.empty() : Optional.of(s.getFirst());
        }
        if (g.token(subject).isPronoun()) {
            return actors.nearestBefore(subject, speaker.country(), 0);
        }
        return Optional.empty();
    }
}
