package dev.dossier.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads reported speech around events: who reports an event ({@link #reporter}), the statements that are events of
 * their own ({@link #statements}: "told Kabul that", "said Iran must", "is concerned about"), and accusations
 * ({@link #find}, {@link #reportedConflict}): a speaker who says that someone wants, does or continues a wrongdoing
 * ("adding that it only indicates they want to continue the bloodshed") accuses them (CAMEO 112). A speaker is the
 * subject of the nearest verb of saying, knowing or judging above the reported clause.
 */
final class ReportedSpeech {

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

    /**
     * Who reports an event: the verb of saying, knowing or judging whose complement holds it, and its subject.
     *
     * @param verb    the reporting verb
     * @param speaker its subject, as a coded side
     */
    record Report(int verb, ActorLocator.Side speaker) {
    }

    /**
     * A statement that is an event of its own.
     *
     * @param code    its CAMEO code (010, or the 012/013 of a mood)
     * @param verb    the verb of saying, or the mood adjective
     * @param speaker who makes it
     * @param target  its addressee or topic actor
     */
    record Statement(String code, int verb, ActorLocator.Side speaker, ActorLocator.Side target) {
    }

    /** Relations an event's clause climbs through to reach the clause that reports it. */
    private static final Set<String> CLIMB = Set.of("obj", "nsubj", "nsubj:pass", "xcomp", "conj", "ccomp", "acl",
            "advcl", "nmod", "obl", "compound", "parataxis");
    /** The words that introduce what a judging verb holds against its object ("accused X of", "blamed X for"). */
    private static final Set<String> CHARGE = Set.of("of", "for");
    /** Addressees of a statement: "told Kabul", "said to Kabul". */
    private static final Set<String> ADDRESSEE = Set.of("iobj", "obj", "obl:to");
    /** Prepositions of a mood's topic: "concerned about Iran", "pleased with the talks". */
    private static final Set<String> MOOD_TOPIC = Set.of("about", "over", "by", "at", "with", "regarding");

    private final EventCues cues;

    ReportedSpeech(EventCues cues) {
        this.cues = cues;
    }

    /**
     * The reporter of the event at a trigger: the subject of the nearest reporting verb whose complement ("the
     * ministry said the rebels had seized the airport") or charge ("accused Ankara of shelling") holds the trigger's
     * clause, or of a reporting verb inserted into that clause ("the rebels seized the airport, the ministry said").
     * Empty when no such verb has a coded subject.
     */
    Optional<Report> reporter(ParseGraph g, ActorLocator actors, int trigger) {
        int x = trigger;
        for (int steps = 0; steps < 6; steps++) {
            Optional<Report> inserted = inserted(g, actors, x);
            if (inserted.isPresent()) {
                return inserted;
            }
            int gov = g.governor(x);
            if (gov < 0 || !CLIMB.contains(g.base(x)) && !CLIMB.contains(g.relation(x))) {
                return Optional.empty();
            }
            int judge = judge(g, x, gov);
            int verb = judge >= 0 ? judge : g.base(x).equals("ccomp") ? gov : -1;
            if (verb >= 0 && g.token(verb).isVerb() && cues.reporting().contains(g.lemma(verb))) {
                return speaker(g, actors, verb).map(s -> new Report(verb, s));
            }
            x = gov;
        }
        return Optional.empty();
    }

    /** A reporting verb set into the clause of {@code clause} as an aside after it: "..., the ministry said". */
    private Optional<Report> inserted(ParseGraph g, ActorLocator actors, int clause) {
        if (!g.token(clause).isVerb()) {
            return Optional.empty();
        }
        for (int d : g.dependents(clause)) {
            if (d > clause && (g.base(d).equals("parataxis") || g.base(d).equals("dep"))
                    && g.token(d).isVerb() && cues.reporting().contains(g.lemma(d))
                    && g.dependents(d, "ccomp").isEmpty() && g.dependents(d, "obj").isEmpty()) {
                Optional<ActorLocator.Side> s = speaker(g, actors, d);
                if (s.isPresent()) {
                    return Optional.of(new Report(d, s.get()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The judging verb that charges its object with {@code x} ("accused Ankara of shelling", "blamed the rebels for
     * the attack"), the clause or noun hung on the verb or on its object; -1 when {@code x} is no such charge.
     */
    private int judge(ParseGraph g, int x, int gov) {
        boolean introduced = g.hasDependent(x, d -> (g.base(d).equals("mark") || g.base(d).equals("case"))
                && CHARGE.contains(g.lemma(d)));
        if (!introduced) {
            return -1;
        }
        int verb = g.token(gov).isVerb() ? gov : g.relation(gov).equals("obj") ? g.governor(gov) : -1;
        return verb >= 0 && cues.reporting().contains(g.lemma(verb)) && !cues.speech().contains(g.lemma(verb))
                ? verb : -1;
    }

    /**
     * Statements that are events of their own, for the verbs of saying that no pattern codes: towards the addressee
     * ("told Kabul that ...", "said to Kabul") or, when what was said holds no coded event, towards the subject of
     * what was said if it is of another country ("said Iran must stop"); and moods about another side ("Japan is
     * concerned about Chinese drills": 012).
     *
     * @param triggers the tokens that state coded events (verbs there are coded as those events, and what was said
     *                 that holds one is coded as that)
     */
    List<Statement> statements(ParseGraph g, ActorLocator actors, Set<Integer> triggers) {
        List<Statement> out = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            if (triggers.contains(v)) {
                continue;
            }
            if (g.token(v).isVerb() && cues.statement().contains(g.lemma(v))) {
                statement(g, actors, v, triggers).ifPresent(out::add);
            } else if (g.token(v).pos().startsWith("JJ") && cues.moods().containsKey(g.lemma(v))) {
                mood(g, actors, v).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Statement> statement(ParseGraph g, ActorLocator actors, int v, Set<Integer> triggers) {
        Optional<ActorLocator.Side> speaker = speaker(g, actors, v).filter(s -> !s.country().isEmpty());
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        ActorLocator.Side s = speaker.get();
        for (int d : g.dependents(v)) {
            if (ADDRESSEE.contains(g.relation(d)) && !g.token(d).isVerb()) {
                Optional<ActorLocator.Side> to = other(ParticipantFinder.phrase(g, actors, d), s);
                if (to.isPresent()) {
                    return Optional.of(new Statement("010", v, s, to.get()));
                }
            }
        }
        for (int c : g.dependents(v, "ccomp")) {
            if (holdsTrigger(g, c, triggers)) {
                continue;
            }
            for (int subject : g.dependents(c)) {
                if (g.base(subject).equals("nsubj") && !g.token(subject).isPronoun()) {
                    Optional<ActorLocator.Side> topic = other(ParticipantFinder.phrase(g, actors, subject), s)
                            .filter(t -> !t.country().isEmpty() && !t.country().equals(s.country()));
                    if (topic.isPresent()) {
                        return Optional.of(new Statement("010", v, s, topic.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "Japan is concerned about the drills by China": the subject's mood about the side the topic names. */
    private Optional<Statement> mood(ParseGraph g, ActorLocator actors, int adjective) {
        Optional<ActorLocator.Side> holder = Optional.empty();
        for (int d : g.dependents(adjective)) {
            if (g.base(d).equals("nsubj")) {
                holder = ParticipantFinder.phrase(g, actors, d).stream().findFirst();
            }
        }
        if (holder.isEmpty() && g.relation(adjective).equals("xcomp")) {
            holder = speaker(g, actors, g.governor(adjective));
        }
        if (holder.isEmpty() || holder.get().country().isEmpty()) {
            return Optional.empty();
        }
        ActorLocator.Side h = holder.get();
        for (int d : g.dependents(adjective)) {
            String rel = g.relation(d);
            if (rel.startsWith("obl:") && MOOD_TOPIC.contains(rel.substring(4))) {
                Optional<ActorLocator.Side> topic = other(ParticipantFinder.phrase(g, actors, d), h);
                if (topic.isPresent()) {
                    return Optional.of(new Statement(cues.moods().get(g.lemma(adjective)), adjective, h, topic.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The first side other than the speaker, with a country. */
    private static Optional<ActorLocator.Side> other(List<ActorLocator.Side> sides, ActorLocator.Side speaker) {
        return sides.stream().filter(t -> !t.key().equals(speaker.key()) && !t.country().isEmpty()).findFirst();
    }

    /** True when a coded trigger lies in the clause headed by {@code clause}. */
    private static boolean holdsTrigger(ParseGraph g, int clause, Set<Integer> triggers) {
        return triggers.stream().anyMatch(t -> g.dominates(clause, t));
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

    static Optional<ActorLocator.Side> speaker(ParseGraph g, ActorLocator actors, int speech) {
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
