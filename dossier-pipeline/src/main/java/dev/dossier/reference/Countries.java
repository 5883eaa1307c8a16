package dev.dossier.reference;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The countries of ISO 3166-1 with their names, adjectives and capitals, looked up by any of them. Lookups are
 * exact on the written form, after dropping a leading "the" ("the Ukraine"), and fall back to a case-insensitive
 * match for names of more than three letters, so "US" does not match the pronoun "us".
 */
public final class Countries {

    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

    private final Map<String, Country> byCode;
    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byAdjective = new HashMap<>();
    private final Map<String, Country> byCapital = new HashMap<>();

    private Countries(Map<String, Country> byCode) {
        this.byCode = byCode;
        for (Country c : byCode.values()) {
            put(byName, c.name(), c);
            c.otherNames().forEach(n -> put(byName, n, c));
            c.adjectives().forEach(a -> put(byAdjective, a, c));
            c.capitals().forEach(a -> put(byCapital, a, c));
        }
    }

    private static void put(Map<String, Country> map, String key, Country c) {
        String k = strip(key);
        map.putIfAbsent(k, c);
        if (k.length() > 3) {
            map.putIfAbsent(k.toLowerCase(Locale.ROOT), c);
        }
    }

    /** Reads {@code countries.tsv}: alpha3, name, article, other names, adjectives, capitals. */
    public static Countries load(TsvTable table) {
        Map<String, Country> byCode = new LinkedHashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String code = row.get(0).trim();
            if (!ALPHA3.matcher(code).matches()) {
                throw row.error("country code '" + code + "' is not three upper-case letters");
            }
            String article = row.optional(2);
            if (!article.isEmpty() && !article.equals("the")) {
                throw row.error("article must be 'the' or '-', not '" + article + "'");
            }
            Country c = new Country(code, row.get(1).trim(), !article.isEmpty(), row.list(3), row.list(4), row.list(5));
            if (byCode.putIfAbsent(code, c) != null) {
                throw row.error("country code " + code + " appears twice");
            }
        }
        return new Countries(byCode);
    }

    public static Countries standard() {
        return load(TsvTable.resource(Countries.class, "countries.tsv", 6));
    }

    public Optional<Country> byCode(String iso3) {
        return Optional.ofNullable(byCode.get(iso3));
    }

    /** The country a name or abbreviation stands for: "Russia", "US", "the United States". */
    public Optional<Country> byName(String text) {
        return find(byName, text);
    }

    /** The country of an adjective or demonym: "Russian", "Americans", "US". */
    public Optional<Country> byAdjective(String text) {
        return find(byAdjective, text);
    }

    /** The country whose capital this is: "Moscow", "Kiev", "Kyiv", "Washington". */
    public Optional<Country> byCapital(String text) {
        return find(byCapital, text);
    }

    public int size() {
        return byCode.size();
    }

    public List<Country> all() {
        return List.copyOf(byCode.values());
    }

    private static Optional<Country> find(Map<String, Country> map, String text) {
        String k = strip(text);
        Country c = map.get(k);
        if (c == null && k.length() > 3) {
            c = map.get(k.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(c);
    }

    static String strip(String text) {
        String t = text.trim().replace('\u2019', '\'');
        if (t.startsWith("the ") || t.startsWith("The ")) {
            t = t.substring(4);
        }
        return t.replaceAll("\\s+", " ");
    }
}
