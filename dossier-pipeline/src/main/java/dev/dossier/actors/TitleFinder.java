package dev.dossier.actors;

import dev.dossier.entities.DependencyTree;
import dev.dossier.reference.RoleLexicon;

import java.util.List;
import java.util.Set;

/**
 * One way a title can be written around a name, as a sub-strategy of {@link ActorCoder}: before it ("Russian
 * President Vladimir Putin"), above it ("his US counterpart Donald Trump"), after it ("Yury Ushakov, a Kremlin
 * aide") or shared with a conjunct ("the oil companies Rosneft and Lukoil").
 */
@FunctionalInterface
public interface TitleFinder {

    /** Relations not followed into a title phrase: clauses, coordination, punctuation, prepositional attachments. */
    Set<String> OUTSIDE_TITLE = Set.of("punct", "cc", "conj", "acl", "advcl", "nmod", "obl", "case", "mark",
            "parataxis", "dep", "appos", "nsubj", "obj", "ccomp", "xcomp");

    /** The title phrase below a role noun: its modifiers and possessor, not its clauses or conjuncts. */
    static List<Integer> phraseBelow(DependencyTree tree, int noun) {
        return tree.subtree(noun, d -> tree.relation(d).equals("nmod:poss")
                || !OUTSIDE_TITLE.contains(tree.baseRelation(d)));
    }

    /**
     * True when a noun is a role word alone ("envoy") or ends a role phrase with the words just before it ("special
     * representative", where "representative" alone is none).
     */
    static boolean endsRole(RoleLexicon roles, DependencyTree tree, int noun) {
        StringBuilder phrase = new StringBuilder(tree.token(noun).lemma().toLowerCase(java.util.Locale.ROOT));
        if (roles.isRole(phrase.toString())) {
            return true;
        }
        for (int before = noun - 1; before >= Math.max(0, noun - 3); before--) {
            if (tree.governor(before) != noun) {
                return false;
            }
            phrase.insert(0, tree.token(before).lemma().toLowerCase(java.util.Locale.ROOT) + " ");
            if (roles.isRole(phrase.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens of a title phrase for the name whose tokens are {@code name} and whose head is {@code head}; empty
     * when this way finds none. The result never contains name tokens.
     */
    List<Integer> find(DependencyTree tree, int head, Set<Integer> name);

    /**
     * The standard finders in the order they are tried, the first that finds a phrase winning: before, above, after,
     * then through a conjunct.
     */
    static List<TitleFinder> standard(RoleLexicon roles) {
        List<TitleFinder> direct = List.of(new PrenominalTitle(), new GoverningTitle(roles), new AppositiveTitle(roles));
        return List.of(direct.get(0), direct.get(1), direct.get(2), new ConjunctTitle(direct));
    }
}
