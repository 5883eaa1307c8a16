package dev.dossier.actors;

import dev.dossier.entities.DependencyTree;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A later conjunct shares a plural title of the first: "the oil companies Rosneft and Lukoil" gives Lukoil's too,
 * but "President Barack Obama, Hillary Clinton and Paul Ryan" gives the others nothing.
 */
final class ConjunctTitle implements TitleFinder {

    private static final Set<String> NAME_PARTS = Set.of("compound", "flat");

    private final List<TitleFinder> direct;

    ConjunctTitle(List<TitleFinder> direct) {
        this.direct = List.copyOf(direct);
    }

    @Override
    public List<Integer> find(DependencyTree tree, int head, Set<Integer> name) {
        int first = tree.governor(head);
        if (first < 0 || !tree.relation(head).equals("conj") || !tree.token(first).isProperNoun()) {
            return List.of();
        }
        Set<Integer> firstName = new HashSet<>();
        firstName.add(first);
        for (int d : tree.dependents(first, NAME_PARTS)) {
            if (tree.token(d).isProperNoun() && !tree.token(d).ner().equals("TITLE")) {
                firstName.add(d);
            }
        }
        for (TitleFinder f : direct) {
            List<Integer> found = f.find(tree, first, firstName);
            if (!found.isEmpty()) {
                boolean plural = found.stream().anyMatch(t -> tree.token(t).pos().equals("NNS")
                        || tree.token(t).pos().equals("NNPS"));
                return plural ? found.stream().filter(t -> !name.contains(t)).toList() : List.of();
            }
        }
        return List.of();
    }
}
