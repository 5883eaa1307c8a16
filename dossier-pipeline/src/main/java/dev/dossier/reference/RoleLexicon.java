package dev.dossier.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Title and role words ("president", "foreign minister", "journalist") with their CAMEO role codes. */
public final class RoleLexicon {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}|-");

    private final Map<String, RoleWord> byPhrase;
    private final int longest;

    private RoleLexicon(Map<String, RoleWord> byPhrase) {
        this.byPhrase = Map.copyOf(byPhrase);
        this.longest = byPhrase.values().stream().mapToInt(r -> r.lemmas().size()).max().orElse(1);
    }

    /** Reads {@code roles.tsv}: phrase, code ({@code -} for none), link. */
    public static RoleLexicon load(TsvTable table) {
        Map<String, RoleWord> map = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String phrase = row.get(0).trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String code = row.get(1).trim();
            if (!CODE.matcher(code).matches()) {
                throw row.error("role code '" + code + "' is not three upper-case letters or -");
            }
            String link = row.get(2).trim();
            if (link.contains(" ")) {
                throw row.error("link '" + link + "' must be one word or =");
            }
            RoleWord w = new RoleWord(List.of(phrase.split(" ")), code.equals("-") ? "" : code, link);
            if (map.putIfAbsent(phrase, w) != null) {
                throw row.error("phrase '" + phrase + "' appears twice");
            }
        }
        return new RoleLexicon(map);
    }

    public static RoleLexicon standard() {
        return load(TsvTable.resource(RoleLexicon.class, "roles.tsv", 3));
    }

    /**
     * PETRARCH's agent words ({@code agents.tsv}, derived from Phoenix.agents.txt by
     * {@code tools/petrarch-actors}): read by the actor stage only, after {@link #standard()}'s own words. Read once.
     */
    public static RoleLexicon agents() {
        return Agents.TABLE;
    }

    private static final class Agents {
        static final RoleLexicon TABLE = load(TsvTable.resource(RoleLexicon.class, "agents.tsv", 3));
    }

    /** The role word for one lemma or phrase, e.g. "aide". */
    public Optional<RoleWord> word(String phrase) {
        return Optional.ofNullable(byPhrase.get(phrase.toLowerCase(Locale.ROOT)));
    }

    /** True when the lemma is a role word on its own. */
    public boolean isRole(String lemma) {
        return byPhrase.containsKey(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * The longest role phrase among the lemmas, preferring one that ends last (the head of "oil company"), with its
     * position: {@code [start, end)} of the phrase in {@code lemmas}.
     */
    public Optional<Match> longestIn(List<String> lemmas) {
        List<String> lower = new ArrayList<>();
        lemmas.forEach(l -> lower.add(l.toLowerCase(Locale.ROOT)));
        Match best = null;
        for (int end = lower.size(); end > 0; end--) {
            for (int start = Math.max(0, end - longest); start < end; start++) {
                RoleWord w = byPhrase.get(String.join(" ", lower.subList(start, end)));
                if (w != null && (best == null || end - start > best.end() - best.start())) {
                    best = new Match(w, start, end);
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /**
     * A role phrase found in a list of lemmas.
     *
     * @param word  the role word
     * @param start first lemma of the phrase
     * @param end   one past its last lemma
     */
    public record Match(RoleWord word, int start, int end) {
    }
}
