package dev.dossier.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds who acts and who is acted upon for an event trigger, from the dependency parse.
 *
 * <p>A verb's subject is its source (the agent of a passive, the controller of "ready to resume", the possessor or
 * compound of a noun it modifies: "the US decision to sanction"); its object and obliques are its targets. A noun's
 * own dependents name its sides ("between A and B", "A-B summit", "A's visit to B"); a light verb governing it lends
 * its subject ("A and B held talks"). A list in either place gives several sides.
 */
final class ParticipantFinder {

    /** Relations through which a noun phrase's actors are collected: a list, an apposition, a compound name. */
    private static final Set<String> PHRASE = Set.of("compound", "appos", "conj", "flat", "amod", "nmod:poss",
            "nmod:of", "det:poss", "nmod", "obl:npmod", "nmod:npmod", "dep");
    /** Obliques and modifiers that name a place rather than a participant. */
    private static final Set<String> PLACE_PREPS = Set.of("in", "near", "outside", "inside");
    /**
     * Prepositions of a topic: "talks on Ukraine", "a summit on the unrest in Iran" name what is discussed, not who
     * takes part. For conflict ("sanctions on Russia", "an attack on the embassy") they name the target.
     */
    private static final Set<String> TOPIC_PREPS = Set.of("on", "about", "over", "regarding", "concerning");
    /** Words that introduce what a clause's governor holds against or credits its object with ("accused X of"). */
    private static final Set<String> CHARGE = Set.of("of", "for");
    /** Clausal links through which a missing subject is inherited. */
    private static final Set<String> CONTROL = Set.of("xcomp", "conj", "advcl");

    /**
     * The sides found.
     *
     * @param sources     who acts, in text order (several for "A and B held talks")
     * @param targets     who is acted upon
     * @param lightVerb   the light verb that governs a nominal trigger, or -1
     */
    record Sides(List<ActorLocator.Side> sources, List<ActorLocator.Side> targets, int lightVerb) {
    }

    private final EventCues cues;
    private final Gazetteer gazetteer;
    private final EventPatterns patterns;

    ParticipantFinder(EventCues cues, Gazetteer gazetteer, EventPatterns patterns) {
        this.cues = cues;
        this.gazetteer = gazetteer;
        this.patterns = patterns;
    }

    Sides find(ParseGraph g, ActorLocator actors, int trigger, EventPattern pattern) {
        if (pattern.kind() == EventPattern.Kind.NOUN) {
            return noun(g, actors, trigger, topicIsTarget(pattern));
        }
        return pattern.has(EventPattern.Option.FROM_SOURCE) ? fromSource(g, actors, trigger)
                : verb(g, actors, trigger, pattern.code().startsWith("12"));
    }

    /**
     * Sides of a verb whose giver is named after "from" ("the rebels received weapons from Iran"): that side acts, the
     * subject is acted upon. The parser hangs the "from" phrase on the verb or on its object.
     */
    private Sides fromSource(ParseGraph g, ActorLocator actors, int v) {
        List<ActorLocator.Side> sources = new ArrayList<>();
        List<ActorLocator.Side> targets = new ArrayList<>();
        for (int d : g.dependents(v)) {
            String rel = g.relation(d);
            if (rel.equals("nsubj")) {
                targets.addAll(phrase(g, actors, d));
            } else if (rel.equals("obl:from")) {
                sources.addAll(phrase(g, actors, d));
            } else if (rel.equals("obj")) {
                for (int m : g.dependents(d, "nmod:from")) {
                    sources.addAll(phrase(g, actors, m));
                }
            }
        }
        if (targets.isEmpty() && !g.hasDependent(v, d -> g.base(d).equals("nsubj"))) {
            targets.addAll(inheritedSubject(g, actors, v));
        }
        return new Sides(sources, targets, -1);
    }

    /**
     * Sides of a verb.
     *
     * @param refusal true for a rejection (12x), whose target may be named only in the act refused ("refused to meet
     *                Kiev")
     */
    private Sides verb(ParseGraph g, ActorLocator actors, int v, boolean refusal) {
        List<ActorLocator.Side> sources = new ArrayList<>();
        List<ActorLocator.Side> targets = new ArrayList<>();
        List<ActorLocator.Side> objects = new ArrayList<>();
        List<ActorLocator.Side> origins = new ArrayList<>();
        boolean passive = g.hasDependent(v, d -> g.relation(d).equals("nsubj:pass") || g.relation(d).equals("aux:pass"));
        for (int d : g.dependents(v)) {
            String rel = g.relation(d);
            if (rel.equals("nsubj") || rel.equals("obl:agent") || rel.equals("obl:by") && passive) {
                sources.addAll(phrase(g, actors, d));
            } else if (rel.equals("obj") || rel.equals("iobj") || rel.equals("nsubj:pass")) {
                objects.addAll(phrase(g, actors, d));
            } else if (rel.equals("csubj:pass")) {
                // "the civilians imprisoned for ... were released": the parser takes the reduced relative for a
                // clausal subject, whose own subject is who is released
                for (int s : g.dependents(d, "nsubj")) {
                    objects.addAll(phrase(g, actors, s));
                }
            } else if (rel.equals("obl:from") && !g.token(d).isVerb()) {
                origins.addAll(phrase(g, actors, d));
            } else if (rel.startsWith("obl:") && !PLACE_PREPS.contains(rel.substring(4)) && !rel.equals("obl:tmod")
                    && !g.token(d).isVerb()) {
                targets.addAll(phrase(g, actors, d));
            }
        }
        if (objects.isEmpty() && !g.hasDependent(v, d -> g.relation(d).equals("obj"))) {
            // "released the mayor of Nablus, jailed a year ago": the object parsed as the subject of its participle
            for (int x : g.dependents(v, "xcomp")) {
                for (int s : g.dependents(x, "nsubj")) {
                    objects.addAll(phrase(g, actors, s));
                }
            }
        }
        if (!origins.isEmpty() && origins.stream().anyMatch(o -> !o.country().isEmpty())
                && objects.stream().allMatch(o -> o.country().isEmpty())) {
            // "received ministers from the Georgian government": the origin names the party the object belongs to
            objects.clear();
        }
        targets.addAll(0, objects);
        targets.addAll(origins);
        if (passive && sources.isEmpty()) {
            sources.addAll(attackersIn(g, actors, v));
        }
        boolean ownSubject = g.hasDependent(v, d -> g.base(d).equals("nsubj") || g.relation(d).equals("obl:agent"));
        if (sources.isEmpty() && !ownSubject) {
            sources.addAll(inheritedSubject(g, actors, v));
        }
        if (sources.isEmpty() && !ownSubject || targets.isEmpty()) {
            List<ActorLocator.Side> s2 = new ArrayList<>();
            List<ActorLocator.Side> t2 = new ArrayList<>();
            governingNoun(g, actors, v, s2, t2);
            if (sources.isEmpty()) {
                sources.addAll(s2);
            }
            if (targets.isEmpty()) {
                targets.addAll(t2);
            }
        }
        if (targets.isEmpty()) {
            for (int d : g.dependents(v)) {
                String rel = g.relation(d);
                if (rel.equals("obj") || rel.equals("ccomp") || refusal && rel.equals("xcomp")) {
                    targets.addAll(firstActorBelow(g, actors, d));
                    if (!targets.isEmpty()) {
                        break;
                    }
                }
            }
        }
        return new Sides(sources, targets, -1);
    }

    private Sides noun(ParseGraph g, ActorLocator actors, int n, boolean topicIsTarget) {
        List<ActorLocator.Side> own = new ArrayList<>();
        List<ActorLocator.Side> targets = new ArrayList<>();
        for (int d : g.dependents(n)) {
            String rel = g.relation(d);
            if (rel.equals("nmod:between") || rel.equals("nmod:among") || rel.equals("nmod:poss")
                    || rel.equals("nmod:by") || rel.equals("nmod:of") || rel.equals("amod")) {
                own.addAll(phrase(g, actors, d));
            } else if (rel.equals("compound")) {
                for (ActorLocator.Side s : actors.at(d)) {
                    if (!isPlaceName(s)) {
                        own.add(s);
                    }
                }
            } else if (rel.startsWith("nmod:") && !PLACE_PREPS.contains(rel.substring(5)) && !rel.equals("nmod:tmod")
                    && (topicIsTarget || !TOPIC_PREPS.contains(rel.substring(5)))) {
                targets.addAll(phrase(g, actors, d));
            }
        }
        if (own.isEmpty() && targets.isEmpty()) {
            governingNoun(g, actors, n, own, targets);
        }
        if (targets.isEmpty()) {
            // "permission for Russia to help", "an invitation to Iran to attend": who is to act is acted upon
            for (int c : g.dependents(n, "acl")) {
                for (int s : g.dependents(c, "nsubj")) {
                    targets.addAll(phrase(g, actors, s));
                }
            }
        }
        int light = lightVerb(g, n);
        List<ActorLocator.Side> sources = new ArrayList<>();
        if (light >= 0) {
            List<ActorLocator.Side> subject = new ArrayList<>();
            for (int d : g.dependents(light)) {
                if (g.relation(d).equals("nsubj")) {
                    subject.addAll(phrase(g, actors, d));
                } else if (g.relation(d).startsWith("obl:") && !PLACE_PREPS.contains(g.relation(d).substring(4))
                        && !g.relation(d).equals("obl:tmod")) {
                    targets.addAll(phrase(g, actors, d));
                }
            }
            if (subject.isEmpty()) {
                subject.addAll(inheritedSubject(g, actors, light));
            }
            sources.addAll(subject);
        }
        if (sources.isEmpty() || own.size() >= 2) {
            List<ActorLocator.Side> merged = new ArrayList<>(own);
            merged.addAll(sources.stream().filter(s -> own.stream().noneMatch(o -> o.key().equals(s.key()))).toList());
            sources = merged;
        } else {
            targets.addAll(0, own);
        }
        return new Sides(sources, targets, light);
    }

    /**
     * Sides of a noun that governs the trigger as its complement ("the US decision to sanction the companies"): its
     * possessor or compound acts, its other arguments are acted upon. Parsers often hang the trigger's own object on
     * that noun, so both are read there.
     */
    private static void governingNoun(ParseGraph g, ActorLocator actors, int trigger, List<ActorLocator.Side> sources,
                                      List<ActorLocator.Side> targets) {
        int noun = g.governor(trigger);
        String rel = g.relation(trigger);
        if (noun < 0 || !g.token(noun).isNoun() || !(rel.equals("nmod:to") || g.base(trigger).equals("acl"))) {
            return;
        }
        for (int d : g.dependents(noun)) {
            String r = g.relation(d);
            if (d == trigger) {
                continue;
            }
            if (r.equals("compound") || r.equals("nmod:poss") || r.equals("amod")) {
                sources.addAll(phrase(g, actors, d));
            } else if (r.equals("dep") || r.equals("obj") || r.equals("nmod:against") || r.equals("nmod:on")) {
                targets.addAll(phrase(g, actors, d));
            }
        }
    }

    /**
     * Who acted in a passive clause with no agent, from the attack it names: "killed in an air strike by government
     * forces", "wounded in Israeli shelling" (an attack noun of CAMEO 18-20 in an "in" phrase, or a noun such a word
     * modifies, as parsers read "tank shelling"), whose possessor, modifier or "by" phrase names the attacker.
     */
    private List<ActorLocator.Side> attackersIn(ParseGraph g, ActorLocator actors, int v) {
        List<ActorLocator.Side> out = new ArrayList<>();
        for (int n : g.dependents(v, "obl:in")) {
            boolean attack = isAttackWord(g, n) || g.hasDependent(n, d -> (g.relation(d).equals("compound")
                    || g.relation(d).equals("amod")) && isAttackWord(g, d));
            if (!attack) {
                continue;
            }
            for (int d : g.dependents(n)) {
                String rel = g.relation(d);
                if (rel.equals("nmod:by") || rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")) {
                    for (ActorLocator.Side s : phrase(g, actors, d)) {
                        if (!s.isPlace()) {
                            out.add(s);
                        }
                    }
                }
            }
        }
        return out;
    }

    private boolean isAttackWord(ParseGraph g, int t) {
        List<EventPattern> candidates = g.token(t).isVerb() ? patterns.verb(g.lemma(t)) : patterns.noun(g.lemma(t));
        return candidates.stream().anyMatch(p -> p.objects().isEmpty() && p.code().compareTo("18") >= 0);
    }

    /**
     * Verbal and material conflict (CAMEO 09-20), whose "on" marks a target rather than a topic, and statements (01),
     * whose topic is what they are about ("concern over Iran").
     */
    private static boolean topicIsTarget(EventPattern p) {
        int root = Integer.parseInt(p.code().substring(0, 2));
        return root >= 9 || root == 1;
    }

    /** The verb whose object (or subject of a passive) the nominal trigger is, when that verb is a light verb. */
    int lightVerb(ParseGraph g, int n) {
        int head = n;
        int gov = g.governor(head);
        if (gov >= 0 && g.relation(head).equals("nmod:of") && g.token(gov).isNoun()) {
            head = gov;
            gov = g.governor(head);
        }
        String rel = g.relation(head);
        if (gov >= 0 && (rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("xcomp"))
                && cues.light().contains(g.lemma(gov)) && !names(g, gov, head)) {
            return gov;
        }
        return strandedLightVerb(g, n);
    }

    /**
     * A light verb right before the noun's phrase that the parser did not link to it: in "the court issued arrest
     * warrants for two men sought in ..." it takes "warrants" for the subject of "sought". Only a noun that is the
     * subject of a clause depending on that verb qualifies, and nothing but its own modifiers may stand between.
     */
    private int strandedLightVerb(ParseGraph g, int n) {
        if (!g.relation(n).equals("nsubj")) {
            return -1;
        }
        int clause = g.governor(n);
        int verb = clause < 0 ? -1 : g.governor(clause);
        if (verb < 0 || !cues.light().contains(g.lemma(verb)) || !g.token(verb).isVerb() || verb > n) {
            return -1;
        }
        for (int t = verb + 1; t < n; t++) {
            if (g.governor(t) != n) {
                return -1;
            }
        }
        return verb;
    }

    /**
     * True when the verb calls or judges its object something ("he called direct dialogue part of the doctrine"):
     * a second complement besides the object, so the verb does not stage the event its object names.
     */
    private static boolean names(ParseGraph g, int verb, int object) {
        return g.dependents(verb, "xcomp").stream().anyMatch(x -> x != object)
                || g.relation(object).equals("obj") && !g.dependents(object, "xcomp").isEmpty();
    }

    /**
     * The subject a clause takes from the clause it depends on: the subject ("Moscow was ready to resume"), or the
     * object of a verb that has one ("Congress asked Obama to help": Obama helps).
     */
    private List<ActorLocator.Side> inheritedSubject(ParseGraph g, ActorLocator actors, int v) {
        int x = v;
        for (int steps = 0; steps < 4; steps++) {
            int gov = g.governor(x);
            if (gov < 0) {
                return List.of();
            }
            String rel = g.base(x);
            boolean charged = g.hasDependent(x, d -> g.base(d).equals("mark") && CHARGE.contains(g.lemma(d)));
            if (charged && rel.equals("acl") && g.token(gov).isNoun()) {
                // "accused Ankara of shelling": the noun the clause hangs on did it
                return phrase(g, actors, gov);
            }
            if (charged && rel.equals("advcl") && !g.dependents(gov, "obj").isEmpty()) {
                // "blamed the rebels for attacking": the object did it
                return phrase(g, actors, g.dependents(gov, "obj").getFirst());
            }
            if (rel.equals("acl") && g.token(gov).isNoun()) {
                if (g.relation(x).equals("acl:relcl")) {
                    return phrase(g, actors, gov);
                }
                List<ActorLocator.Side> out = new ArrayList<>();
                for (int d : g.dependents(gov)) {
                    String r = g.relation(d);
                    if (r.equals("compound") || r.equals("nmod:poss") || r.equals("amod") || r.equals("nmod:by")) {
                        out.addAll(phrase(g, actors, d));
                    }
                }
                return out;
            }
            if (!CONTROL.contains(rel)) {
                return List.of();
            }
            if (rel.equals("xcomp")) {
                for (int d : g.dependents(gov)) {
                    // "asked Obama to help", "called on Tehran to release": the one asked acts
                    if (g.relation(d).equals("obj") || g.relation(d).equals("obl:on") || g.relation(d).equals("obl:upon")) {
                        return phrase(g, actors, d);
                    }
                }
            }
            for (int d : g.dependents(gov)) {
                if (g.relation(d).equals("nsubj") || g.relation(d).equals("nsubj:pass")) {
                    return phrase(g, actors, d);
                }
            }
            x = gov;
        }
        return List.of();
    }

    /**
     * The parties a noun phrase names, one side per party: a list ("Rosneft and Lukoil", "US and British activists")
     * names several; appositions, compounds and modifiers describe the same party ("the US commander in Iraq,
     * General Petraeus" is one American party). Within a party a side with a country is preferred, a named one over a
     * pronoun, and a place modifier ("a court in Guyana") is used only when nothing else codes the party.
     */
    static List<ActorLocator.Side> phrase(ParseGraph g, ActorLocator actors, int head) {
        List<List<ActorLocator.Side>> parties = new ArrayList<>();
        List<List<ActorLocator.Side>> placed = new ArrayList<>();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {head, 0, 0});
        parties.add(new ArrayList<>());
        placed.add(new ArrayList<>());
        Set<Integer> visited = new HashSet<>();
        while (!queue.isEmpty()) {
            int[] item = queue.poll();
            int t = item[0];
            int party = item[1];
            boolean viaPlace = item[2] == 1;
            if (!visited.add(t) || visited.size() > 40) {
                continue;
            }
            List<ActorLocator.Side> here = actors.at(t);
            for (ActorLocator.Side s : here) {
                if (s.code() != null) {
                    (viaPlace ? placed : parties).get(party).add(s);
                }
            }
            boolean named = !here.isEmpty() && t != head;
            for (int d : g.dependents(t)) {
                String rel = g.relation(d);
                if (rel.equals("conj")) {
                    parties.add(new ArrayList<>());
                    placed.add(new ArrayList<>());
                    queue.add(new int[] {d, parties.size() - 1, 0});
                } else if (named ? rel.equals("appos")
                        : PHRASE.contains(rel) || rel.startsWith("nmod:") && !PLACE_PREPS.contains(rel.substring(5))
                        && !TOPIC_PREPS.contains(rel.substring(5))) {
                    queue.add(new int[] {d, party, item[2]});
                } else if (!named && rel.startsWith("nmod:") && g.token(t).isNoun() && !g.token(t).isProperNoun()) {
                    queue.add(new int[] {d, party, 1});
                }
            }
        }
        List<ActorLocator.Side> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            List<ActorLocator.Side> sides = parties.get(i).isEmpty() ? placed.get(i) : parties.get(i);
            sides.stream().min(java.util.Comparator.comparingInt(s -> preference(g, s)))
                    .filter(s -> seen.add(s.key())).ifPresent(out::add);
        }
        return out;
    }

    private static int preference(ParseGraph g, ActorLocator.Side s) {
        return (s.code().hasCountry() ? 0 : 2) + (g.token(s.token()).isPronoun() ? 1 : 0);
    }

    /** The first actor anywhere below a complement, for objects like "what it called Washington's willingness". */
    private static List<ActorLocator.Side> firstActorBelow(ParseGraph g, ActorLocator actors, int head) {
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(head);
        int steps = 0;
        while (!queue.isEmpty() && steps++ < 30) {
            int t = queue.poll();
            for (ActorLocator.Side s : actors.at(t)) {
                if (s.code() != null && !g.token(t).isPronoun()) {
                    return List.of(s);
                }
            }
            queue.addAll(g.dependents(t));
        }
        return List.of();
    }

    private boolean isPlaceName(ActorLocator.Side s) {
        return s.isPlace() || gazetteer.find(s.mention().text())
                .map(e -> !e.kind().equals("country")).orElse(false);
    }
}
