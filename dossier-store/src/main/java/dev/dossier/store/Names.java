package dev.dossier.store;

import dev.dossier.reference.TsvTable;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalised names for merging across articles: lower case, accents and punctuation dropped, a leading "the"
 * dropped, possessive "'s" dropped, and variants mapped to one form through {@code aliases.tsv} ("Kiev" and "Kyiv").
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PUNCT = Pattern.compile("[^\\p{L}\\p{N} ]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Map<String, String> ALIASES = load();

    private Names() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(Names.class, "aliases.tsv", 2).rows()) {
            m.put(plain(row.get(0)), plain(row.get(1)));
        }
        return Map.copyOf(m);
    }

    /** Lower case, no accents, no punctuation, single spaces, no leading article or trailing possessive. */
    static String plain(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        s = s.replaceAll("'s\\b", "");
        s = SPACE.matcher(PUNCT.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** The key a name is merged under: its plain form, through the alias table. */
    public static String key(String name) {
        String p = plain(name);
        return ALIASES.getOrDefault(p, p);
    }

    /** The last word of a key, for matching a surname alone against a full name. */
    static String lastWord(String key) {
        int space = key.lastIndexOf(' ');
        return space < 0 ? key : key.substring(space + 1);
    }
}
