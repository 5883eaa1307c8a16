package dev.dossier.reference;

import dev.dossier.model.ActorCode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Institutions, international organisations, companies and media outlets, looked up by name or abbreviation.
 * Matching is case-sensitive ("AP" is not "ap") and ignores a leading "the".
 */
public final class Institutions {

    private static final Set<String> KINDS = Set.of("government", "military", "legislature", "judiciary",
            "intelligence", "police", "igo", "ngo", "armed group", "company", "media", "university", "party");

    private final List<Institution> all;
    private final Map<String, Institution> byName = new HashMap<>();
    private final int longestName;

    private Institutions(List<Institution> all) {
        this.all = List.copyOf(all);
        int longest = 1;
        for (Institution i : all) {
            byName.putIfAbsent(Countries.strip(i.name()), i);
            i.otherNames().forEach(n -> byName.putIfAbsent(Countries.strip(n), i));
            for (String n : i.otherNames()) {
                longest = Math.max(longest, Countries.strip(n).split(" ").length);
            }
            longest = Math.max(longest, Countries.strip(i.name()).split(" ").length);
        }
        this.longestName = longest;
    }

    /** Reads {@code institutions.tsv}: name, other names, actor code, kind, description. */
    public static Institutions load(TsvTable table) {
        List<Institution> list = new java.util.ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            ActorCode code;
            try {
                code = ActorCode.parse(row.get(2));
            } catch (IllegalArgumentException e) {
                throw row.error("bad actor code '" + row.get(2) + "' (" + e.getMessage() + ")");
            }
            String kind = row.get(3).trim();
            if (!KINDS.contains(kind)) {
                throw row.error("unknown kind '" + kind + "', expected one of " + KINDS);
            }
            list.add(new Institution(row.get(0).trim(), row.list(1), code, kind, row.optional(4)));
        }
        return new Institutions(list);
    }

    public static Institutions standard() {
        return load(TsvTable.resource(Institutions.class, "institutions.tsv", 5));
    }

    public Optional<Institution> byName(String text) {
        return Optional.ofNullable(byName.get(Countries.strip(text)));
    }

    /** The most words any name has, for scanning token windows. */
    public int longestName() {
        return longestName;
    }

    public List<Institution> all() {
        return all;
    }
}
