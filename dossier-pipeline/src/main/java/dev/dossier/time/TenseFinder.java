package dev.dossier.time;

import dev.dossier.model.Dependency;
import dev.dossier.model.Document;
import dev.dossier.model.Layer;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the tense of the verb that governs a span. With a dependency layer it takes the word that governs the
 * span's head: a verb (through participles to the main verb), or a copula ("the meeting was on Sunday"); a noun governor gives no tense. Without dependencies it takes the nearest
 * verb in the sentence, preferring one before the span. The verb's auxiliaries decide: "will"/"shall" future, "has"/"had"
 * past, "would have" past, other modals future, then the verb's own tag (VBD past, VBZ/VBP present).
 */
final class TenseFinder {

    private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo", "ll");
    private static final Set<String> MODAL_AUX = Set.of("would", "could", "might", "may", "should", "can", "must",
            "'d", "ca");
    private static final Set<String> PERFECT_AUX = Set.of("have", "has", "had", "'ve", "having");
    private static final int MAX_CLIMB = 8;
    /** Modals that are also the past of another ("could" of "can"): they give no direction. */
    private static final Set<String> PAST_MODALS = Set.of("could");
    /** "Since August" lies before the time of speaking whatever the verb's tense. */
    private static final Set<String> SINCE = Set.of("since");
    /** An end point ("extended to Nov. 20", "until Friday") is often after a past verb: no direction. */
    private static final Set<String> END_POINTS = Set.of("to", "until", "till", "through", "by");
    private static final Set<String> UNTIL = Set.of("until", "till");
    /** Stems of verbs that set or move an end point, which then usually lies ahead ("extended until August"). */
    private static final Set<String> MOVED_END = Set.of("extend", "postpon", "delay", "defer", "adjourn", "suspend",
            "prolong", "push", "move", "set", "schedul", "renew", "run", "last", "valid", "remain", "stay");

    private final Document doc;
    private final Map<Integer, Integer> governor = new HashMap<>();
    private final Map<Integer, String> relation = new HashMap<>();
    private final Map<Integer, List<Dependency>> children = new HashMap<>();

    TenseFinder(Document doc) {
        this.doc = doc;
        if (doc.has(Layer.DEPENDENCIES)) {
            for (Dependency d : doc.dependencies()) {
                governor.put(d.dependent(), d.governor());
                relation.put(d.dependent(), d.relation());
                if (!d.isRoot()) {
                    children.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
                }
            }
        }
    }

    Tense of(Span span) {
        List<Token> inside = doc.tokensIn(span);
        if (inside.isEmpty()) {
            return Tense.UNKNOWN;
        }
        if (governor.isEmpty() || !governor.containsKey(inside.get(0).index())) {
            return nearestVerb(inside.get(inside.size() - 1).sentence(), span);
        }
        // the expression's head: the token whose governor lies outside it
        Token head = inside.get(inside.size() - 1);
        for (Token t : inside) {
            int g = governor.getOrDefault(t.index(), -1);
            if (g < 0 || !doc.tokens().get(g).span().overlaps(span)) {
                head = t;
                break;
            }
        }
        for (Token c : auxiliaries(head.index(), "case")) {
            String p = c.text().toLowerCase(Locale.ROOT);
            if (SINCE.contains(p)) {
                return Tense.PAST;
            }
            if (END_POINTS.contains(p)) {
                return closedPeriod(p, head.index()) ? Tense.PAST : Tense.UNKNOWN;
            }
        }
        List<Token> cop = auxiliaries(head.index(), "cop");
        if (!cop.isEmpty()) {
            return tenseWithCopula(head.index(), cop);
        }
        int up = governor.getOrDefault(head.index(), -1);
        if (up >= 0 && locatesNoun(head.index(), up)) {
            up = governor.getOrDefault(up, -1);
        }
        return governing(up);
    }

    /**
     * True for "until August" after a verb in the simple past that ends a state or an activity ("she led the mission until August",
     * "had lived there until May"): the period is over, so its end lies before publication. Not when the verb moves
     * the end point itself ("extended until August", "postponed until May"), which usually lies ahead.
     */
    private boolean closedPeriod(String preposition, int head) {
        if (!UNTIL.contains(preposition)) {
            return false;
        }
        int up = governor.getOrDefault(head, -1);
        if (up < 0 || !doc.tokens().get(up).pos().equals("VBD")) {
            return false; // a perfect or passive sets a deadline: "has given them until Tuesday"
        }
        String word = doc.tokens().get(up).text().toLowerCase(Locale.ROOT);
        String lemma = doc.tokens().get(up).lemma().toLowerCase(Locale.ROOT);
        if (MOVED_END.stream().anyMatch(m -> lemma.startsWith(m) || word.startsWith(m))) {
            return false;
        }
        return governing(up) == Tense.PAST;
    }

    /**
     * True when the expression is a prepositional or bare temporal modifier of a noun that stands for an event
     * ("a mission in December", "from $29.75 in March"): the noun's clause then sets the direction. A compound or
     * possessive ("a June agreement", "Thursday's close") names the noun's own time, which the clause does not fix.
     */
    private boolean locatesNoun(int head, int noun) {
        Token n = doc.tokens().get(noun);
        if (n.isVerb() || !auxiliaries(noun, "cop").isEmpty() || !n.isNoun()) {
            return false;
        }
        String r = relation.getOrDefault(head, "");
        return r.equals("nmod") || r.equals("nmod:tmod");
    }

    /**
     * The tense of the word that governs an expression: a verb's own, a copula's for a predicate noun or adjective,
     * the main verb's for a participle; for an infinitive future, or no direction after a past main verb; unknown when the expression modifies a noun ("a June
     * agreement", "Thursday's closing price"), whose time the sentence does not fix.
     */
    private Tense governing(int node) {
        for (int step = 0; step < MAX_CLIMB && node >= 0; step++) {
            Token t = doc.tokens().get(node);
            List<Token> cop = auxiliaries(node, "cop");
            if (!cop.isEmpty()) {
                return tenseWithCopula(node, cop);
            }
            if (!t.isVerb()) {
                return Tense.UNKNOWN;
            }
            List<Token> aux = auxiliaries(node, "aux");
            boolean infinitive = auxiliaries(node, "mark").stream().anyMatch(m -> m.pos().equals("TO"))
                    || aux.stream().anyMatch(m -> m.pos().equals("TO"));
            boolean participle = aux.isEmpty() && t.pos().equals("VBG");
            if (participle) {
                int up = governor.getOrDefault(node, -1);
                if (up >= 0 && (doc.tokens().get(up).isVerb() || !auxiliaries(up, "cop").isEmpty())) {
                    node = up;
                    continue;
                }
                return Tense.UNKNOWN;
            }
            if (infinitive) {
                // what is planned, set or due comes after the main verb: after publication when that verb is
                // present or future, either side of it when past ("planned to leave on Thursday")
                int up = governor.getOrDefault(node, -1);
                // an infinitive that describes a noun ("the first countries to join on Friday") belongs to the
                // noun's clause
                if (up >= 0 && doc.tokens().get(up).isNoun() && auxiliaries(up, "cop").isEmpty()) {
                    up = governor.getOrDefault(up, -1);
                }
                Tense main = up >= 0 ? governing(up) : Tense.UNKNOWN;
                return main == Tense.PAST ? Tense.UNKNOWN : Tense.FUTURE;
            }
            return tenseOfVerb(t, aux);
        }
        return Tense.UNKNOWN;
    }

    private Tense tenseWithCopula(int node, List<Token> cop) {
        List<Token> aux = auxiliaries(node, "aux");
        aux.addAll(cop);
        return tenseOfVerb(cop.get(0), aux);
    }

    private List<Token> auxiliaries(int node, String relation) {
        List<Token> out = new ArrayList<>();
        for (Dependency d : children.getOrDefault(node, List.of())) {
            if (d.baseRelation().equals(relation)) {
                out.add(doc.tokens().get(d.dependent()));
            }
        }
        return out;
    }

    private Tense nearestVerb(int sentenceIndex, Span span) {
        if (sentenceIndex >= doc.sentences().size()) {
            return Tense.UNKNOWN;
        }
        Sentence s = doc.sentences().get(sentenceIndex);
        List<Token> tokens = doc.tokens(s);
        Token best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Token t : tokens) {
            if (!t.isVerb() && !t.pos().equals("MD") || t.span().overlaps(span)) {
                continue;
            }
            // a verb after the expression counts as one token farther away than one before it
            int distance = t.span().end() <= span.start() ? span.start() - t.span().end()
                    : t.span().start() - span.end() + 1;
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return Tense.UNKNOWN;
        }
        // the auxiliaries of the chosen verb are the verbs and modals just before it
        List<Token> aux = new ArrayList<>();
        for (int i = best.index() - 1; i >= s.firstToken() && i >= best.index() - 3; i--) {
            Token t = doc.tokens().get(i);
            if (t.isVerb() || t.pos().equals("MD") || t.pos().equals("TO")) {
                aux.add(t);
            } else if (!t.pos().equals("RB")) {
                break;
            }
        }
        return best.pos().equals("MD") ? tenseOfVerb(best, List.of(best)) : tenseOfVerb(best, aux);
    }

    static Tense tenseOfVerb(Token verb, List<Token> auxiliaries) {
        boolean modal = false;
        boolean perfect = false;
        boolean pastAux = false;
        boolean presentAux = false;
        for (Token a : auxiliaries) {
            String w = a.text().toLowerCase(Locale.ROOT);
            if (FUTURE_AUX.contains(w)) {
                return Tense.FUTURE;
            }
            if (a.pos().equals("TO")) {
                return Tense.FUTURE;
            }
            modal |= MODAL_AUX.contains(w) || a.pos().equals("MD");
            perfect |= PERFECT_AUX.contains(w);
            pastAux |= a.pos().equals("VBD");
            presentAux |= a.pos().equals("VBZ") || a.pos().equals("VBP");
        }
        if (modal) {
            // "could" is the past of "can" as often as a conditional: no direction ("could not be found Wednesday")
            boolean pastModal = auxiliaries.stream()
                    .anyMatch(a -> PAST_MODALS.contains(a.text().toLowerCase(Locale.ROOT)));
            if (!perfect && pastModal) {
                return Tense.PRESENT;
            }
            return perfect ? Tense.PAST : Tense.FUTURE;
        }
        if (perfect || pastAux) {
            return Tense.PAST;
        }
        if (presentAux) {
            return Tense.PRESENT;
        }
        return switch (verb.pos()) {
            case "VBD", "VBN" -> Tense.PAST;
            case "VBZ", "VBP" -> Tense.PRESENT;
            default -> Tense.UNKNOWN;
        };
    }
}
