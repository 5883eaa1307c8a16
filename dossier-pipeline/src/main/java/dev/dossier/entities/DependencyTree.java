package dev.dossier.entities;

import dev.dossier.model.Dependency;
import dev.dossier.model.Document;
import dev.dossier.model.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A document's dependency arcs indexed by token: each token's governor and relation, and its dependents in text
 * order. Built once per document by the stages that walk the parse.
 */
public final class DependencyTree {

    private final List<Token> tokens;
    private final int[] governor;
    private final String[] relation;
    private final List<List<Integer>> dependents;

    private DependencyTree(Document doc) {
        this.tokens = doc.tokens();
        int n = tokens.size();
        governor = new int[n];
        relation = new String[n];
        Arrays.fill(governor, -1);
        Arrays.fill(relation, "");
        dependents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dependents.add(new ArrayList<>());
        }
        for (Dependency d : doc.dependencies()) {
            governor[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation();
            if (d.governor() >= 0) {
                dependents.get(d.governor()).add(d.dependent());
            }
        }
        dependents.forEach(l -> l.sort(Integer::compare));
    }

    public static DependencyTree of(Document doc) {
        return new DependencyTree(doc);
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public int size() {
        return tokens.size();
    }

    /** The governor of a token, or -1 for a root or an unparsed token. */
    public int governor(int token) {
        return governor[token];
    }

    /** The relation to the governor ({@code nmod:poss}), empty for an unparsed token. */
    public String relation(int token) {
        return relation[token];
    }

    /** The relation without subtype: {@code nmod} for {@code nmod:poss}. */
    public String baseRelation(int token) {
        String r = relation[token];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    public List<Integer> dependents(int token) {
        return dependents.get(token);
    }

    /** Dependents whose relation (full or base) is one of {@code relations}. */
    public List<Integer> dependents(int token, Set<String> relations) {
        return dependents.get(token).stream()
                .filter(d -> relations.contains(relation[d]) || relations.contains(baseRelation(d))).toList();
    }

    /** The token and everything below it, in text order, not descending through the excluded relations. */
    public List<Integer> subtree(int token, Set<String> excluded) {
        return subtree(token, d -> !excluded.contains(relation[d]) && !excluded.contains(baseRelation(d)));
    }

    /** The token and everything below it, in text order, descending only into dependents {@code follow} accepts. */
    public List<Integer> subtree(int token, IntPredicate follow) {
        List<Integer> out = new ArrayList<>();
        collect(token, follow, out, 0);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(int token, IntPredicate follow, List<Integer> out, int depth) {
        out.add(token);
        if (depth > 50) {
            return;
        }
        for (int d : dependents.get(token)) {
            if (follow.test(d)) {
                collect(d, follow, out, depth + 1);
            }
        }
    }

    /** True when one of the token's {@code case} dependents has a lemma in {@code prepositions}. */
    public boolean hasCase(int token, Set<String> prepositions) {
        for (int d : dependents(token, Set.of("case"))) {
            if (prepositions.contains(tokens.get(d).lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
