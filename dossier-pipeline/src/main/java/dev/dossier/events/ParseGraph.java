package dev.dossier.events;

import dev.dossier.model.Dependency;
import dev.dossier.model.Document;
import dev.dossier.model.Span;
import dev.dossier.model.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The dependency trees of one document as arrays, for walking up and down from a token: governor, relation and
 * dependents of each token, and the token at each character.
 */
final class ParseGraph {

    private final Document doc;
    private final int[] governor;
    private final String[] relation;
    private final List<List<Integer>> dependents;
    private final int[] tokenAt;

    ParseGraph(Document doc) {
        this.doc = doc;
        int n = doc.tokens().size();
        governor = new int[n];
        relation = new String[n];
        Arrays.fill(governor, -1);
        Arrays.fill(relation, "");
        dependents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dependents.add(new ArrayList<>(2));
        }
        for (Dependency d : doc.dependencies()) {
            governor[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation().toLowerCase(Locale.ROOT);
            if (d.governor() >= 0) {
                dependents.get(d.governor()).add(d.dependent());
            }
        }
        addCaseSubtypes(doc);
        tokenAt = new int[doc.text().length() + 1];
        Arrays.fill(tokenAt, -1);
        for (Token t : doc.tokens()) {
            for (int c = t.span().start(); c < t.span().end(); c++) {
                tokenAt[c] = t.index();
            }
        }
    }

    /**
     * Basic dependencies leave prepositional modifiers as bare {@code nmod}/{@code obl}; the preposition (the
     * {@code case} dependent) is added as a subtype, as in enhanced dependencies: {@code nmod:between}.
     */
    private void addCaseSubtypes(Document doc) {
        for (int i = 0; i < relation.length; i++) {
            if (!relation[i].equals("nmod") && !relation[i].equals("obl")) {
                continue;
            }
            for (int d : dependents.get(i)) {
                if (relation[d].equals("case")) {
                    relation[i] = relation[i] + ":" + doc.tokens().get(d).lemma().toLowerCase(Locale.ROOT);
                    break;
                }
            }
        }
    }

    Document doc() {
        return doc;
    }

    int size() {
        return governor.length;
    }

    Token token(int i) {
        return doc.tokens().get(i);
    }

    String lemma(int i) {
        return token(i).lemma().toLowerCase(Locale.ROOT);
    }

    int governor(int i) {
        return governor[i];
    }

    /** The relation to the governor, lower-case with its subtype ("obl:in"); empty for unparsed tokens. */
    String relation(int i) {
        return relation[i];
    }

    /** The relation without subtype. */
    String base(int i) {
        int colon = relation[i].indexOf(':');
        return colon < 0 ? relation[i] : relation[i].substring(0, colon);
    }

    List<Integer> dependents(int i) {
        return dependents.get(i);
    }

    /** Dependents whose relation is {@code rel} or one of its subtypes ({@code obl} matches {@code obl:in}). */
    List<Integer> dependents(int i, String rel) {
        List<Integer> out = new ArrayList<>(2);
        for (int d : dependents.get(i)) {
            if (relation[d].equals(rel) || relation[d].startsWith(rel + ":")) {
                out.add(d);
            }
        }
        return out;
    }

    boolean hasDependent(int i, Predicate<Integer> test) {
        for (int d : dependents.get(i)) {
            if (test.test(d)) {
                return true;
            }
        }
        return false;
    }

    /** The token covering a character, or -1. */
    int tokenAt(int offset) {
        return offset >= 0 && offset < tokenAt.length ? tokenAt[offset] : -1;
    }

    /** Tokens covering a span. */
    List<Integer> tokens(Span span) {
        List<Integer> out = new ArrayList<>();
        int last = -1;
        for (int c = span.start(); c < span.end(); c++) {
            int t = tokenAt(c);
            if (t >= 0 && t != last) {
                out.add(t);
                last = t;
            }
        }
        return out;
    }

    /** The token of a span whose governor lies outside it: the span's syntactic head. */
    int head(Span span) {
        List<Integer> ts = tokens(span);
        for (int t : ts) {
            int g = governor[t];
            if (g < 0 || !ts.contains(g)) {
                return t;
            }
        }
        return ts.isEmpty() ? -1 : ts.getLast();
    }

    /** True when {@code ancestor} lies on the path from {@code t} to the root (or is {@code t}). */
    boolean dominates(int ancestor, int t) {
        for (int x = t, steps = 0; x >= 0 && steps < 64; x = governor[x], steps++) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }
}
