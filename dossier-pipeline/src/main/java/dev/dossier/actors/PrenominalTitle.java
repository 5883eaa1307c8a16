package dev.dossier.actors;

import dev.dossier.entities.DependencyTree;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Titles written before a name and attached to it: "former US President Joe Biden", "President Putin's aide". */
final class PrenominalTitle implements TitleFinder {

    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "det", "flat");

    @Override
    public List<Integer> find(DependencyTree tree, int head, Set<Integer> name) {
        int start = name.stream().min(Integer::compare).orElse(head);
        List<Integer> out = new ArrayList<>();
        for (int d : tree.dependents(head)) {
            if (d < start && MODIFIERS.contains(tree.relation(d)) && !name.contains(d)) {
                Set<String> stop = tree.relation(d).equals("nmod:poss") ? Set.of("punct", "cc", "conj") : OUTSIDE_TITLE;
                out.addAll(tree.subtree(d, stop));
            }
        }
        out.removeAll(name);
        out.sort(Integer::compare);
        return out;
    }
}
