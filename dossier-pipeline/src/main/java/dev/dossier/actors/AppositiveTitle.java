package dev.dossier.actors;

import dev.dossier.entities.DependencyTree;
import dev.dossier.reference.RoleLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A role noun in apposition after the name: "Yury Ushakov, a Kremlin aide,". */
final class AppositiveTitle implements TitleFinder {

    private final RoleLexicon roles;

    AppositiveTitle(RoleLexicon roles) {
        this.roles = roles;
    }

    @Override
    public List<Integer> find(DependencyTree tree, int head, Set<Integer> name) {
        List<Integer> out = new ArrayList<>();
        for (int d : tree.dependents(head, Set.of("appos"))) {
            if (tree.token(d).isNoun() && !tree.token(d).isProperNoun()
                    && TitleFinder.endsRole(roles, tree, d)) {
                out.addAll(TitleFinder.phraseBelow(tree, d));
            }
        }
        out.removeAll(name);
        return out;
    }
}
