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

    /** CAMEO 112, accuse of crime. */
    static final String ACCUSE = "112";
    /** CAMEO 015, acknowledge or claim responsibility. */
    static final String CLAIM = "015";

    /**
     * An accusation, or a claim of one's own act, found in reported speech.
     *
     * @param code    {@link #ACCUSE}, or {@link #CLAIM} when the speaker reports its own use of force
     * @param noun    the wrongdoing noun, or the conflict trigger
     * @param speech  the verb of saying
     * @param source  who accuses or claims
     * @param target  who is accused, or who the claimed act was aimed at
     */
    record Accusation(String code, int noun, int speech, ActorLocator.Side source, ActorLocator.Side target) {
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
                        return Optional.of(new Accusation(ACCUSE, w, x, speaker.get(), accused.get()));
                    }
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A speaker who reports that another side used force accuses that side: "The US said that Iraq had attacked
     * them" is also an accusation of Iraq by the US. A speaker who reports its own use of force ("the ministry said
     * its forces had struck the depot") claims it (CAMEO 015), towards the side it was aimed at. Empty when the
     * reporter has no country, or claims an act whose target the text does not name.
     *
     * @param trigger the conflict event's trigger
     * @param source  the side that used force
     * @param targets the sides it was aimed at, if any were named
     */
    Optional<Accusation> reportedConflict(ParseGraph g, ActorLocator actors, int trigger, ActorLocator.Side source,
                                          List<ActorLocator.Side> targets) {
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
                Optional<ActorLocator.Side> speaker = speaker(g, actors, x).filter(s -> !s.country().isEmpty());
                if (speaker.isEmpty()) {
                    return Optional.empty();
                }
                ActorLocator.Side s = speaker.get();
                if (!s.country().equals(source.country())) {
                    return Optional.of(new Accusation(ACCUSE, trigger, gov, s, source));
                }
                return targets.stream().filter(t -> !t.key().equals(s.key()) && !t.country().isEmpty()
                                && !t.country().equals(s.country())).findFirst()
                        .map(t -> new Accusation(CLAIM, trigger, gov, s, t));
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
