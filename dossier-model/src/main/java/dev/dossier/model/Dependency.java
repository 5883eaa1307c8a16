package dev.dossier.model;

/**
 * One arc of a sentence's dependency tree (Universal Dependencies relations, e.g. {@code nsubj}, {@code obl:in}).
 *
 * @param governor  index of the head token in {@link Document#tokens()}, or {@code -1} for the root
 * @param dependent index of the dependent token
 * @param relation  the relation name, with its subtype after a colon where there is one
 */
public record Dependency(int governor, int dependent, String relation) {

    public Dependency {
        if (dependent < 0 || governor < -1) {
            throw new IllegalArgumentException("Invalid dependency " + governor + " -> " + dependent);
        }
    }

    public boolean isRoot() {
        return governor < 0;
    }

    /** The relation without its subtype: {@code obl} for {@code obl:in}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
