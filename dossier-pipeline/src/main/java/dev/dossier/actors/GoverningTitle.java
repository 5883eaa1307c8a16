package dev.dossier.actors;

import dev.dossier.entities.DependencyTree;
import dev.dossier.reference.RoleLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A role noun the name hangs from by apposition: "his US counterpart Donald Trump", "the oil companies Rosneft",
 * "the Kremlin's spokesman, Dmitry Peskov".
 */
final class GoverningTitle implements TitleFinder {

    /** Not {@code compound}: in "Green Party candidate" the name qualifies the role noun, it does not hold it. */
    private static final Set<String> LINKS = Set.of("appos", "dep", "flat");

    private final RoleLexicon roles;

    GoverningTitle(RoleLexicon roles) {
        this.roles = roles;
    }

    @Override
    public List<Integer> find(DependencyTree tree, int head, Set<Integer> name) {
        int gov = tree.governor(head);
        if (gov < 0 || name.contains(gov) || !LINKS.contains(tree.baseRelation(head)) || !tree.token(gov).isNoun()
                || (tree.token(gov).isProperNoun() && !tree.token(gov).ner().equals("TITLE"))
                || !TitleFinder.endsRole(roles, tree, gov)) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int t : TitleFinder.phraseBelow(tree, gov)) {
            if (!name.contains(t) && t != head) {
                out.add(t);
            }
        }
        return out;
    }
}
