package dev.dossier.reference;

import java.util.List;
import java.util.Objects;

/**
 * A title or role word with its CAMEO role code.
 *
 * @param lemmas the phrase as lower-case lemmas ("foreign", "minister")
 * @param code   three-letter role code ({@code GOV}, {@code MED}...), empty for a relational word
 * @param link   the word joining this title to the one it is held under ("to" in "aide to the President");
 *               {@code =} for a word meaning the possessor's own office ("counterpart")
 */
public record RoleWord(List<String> lemmas, String code, String link) {

    public RoleWord {
        lemmas = List.copyOf(lemmas);
        Objects.requireNonNull(code, "role code");
        Objects.requireNonNull(link, "role link");
    }

    /** True for a word such as "counterpart" that stands for the possessor's own title. */
    public boolean samePostAsPossessor() {
        return link.equals("=");
    }

    public String phrase() {
        return String.join(" ", lemmas);
    }
}
