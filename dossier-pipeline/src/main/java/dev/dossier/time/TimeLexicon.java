package dev.dossier.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words temporal expressions are made of (month and weekday names, seasons, units, "last"/"next", "yesterday",
 * "now"...), read from {@code time-words.tsv}. A word may belong to several categories ("tonight" is a day offset
 * and a part of day).
 */
public final class TimeLexicon {

    /** What a word contributes to an expression. */
    public enum Category {
        MONTH, WEEKDAY, SEASON, UNIT, SHIFT, DAY_OFFSET, PART_OF_DAY, REFERENCE, NUMBER, ORDINAL
    }

    private static final String RESOURCE = "time-words.tsv";
    private static final Set<String> UNITS = Set.of("year", "quarter", "month", "week", "weekend", "day");
    private static final Set<String> SEASONS = Set.of("SP", "SU", "FA", "WI");
    private static final Set<String> REFERENCES = Set.of("PRESENT_REF", "PAST_REF", "FUTURE_REF");
    private static final Set<String> PARTS_OF_DAY = Set.of("MO", "AF", "EV", "NI");

    private static volatile TimeLexicon standard;

    private final Map<String, Map<Category, String>> words;

    private TimeLexicon(Map<String, Map<Category, String>> words) {
        this.words = words;
    }

    /** The lexicon shipped with Dossier, loaded once. */
    public static TimeLexicon standard() {
        TimeLexicon l = standard;
        if (l == null) {
            l = TimeResources.load(RESOURCE, TimeLexicon::read);
            standard = l;
        }
        return l;
    }

    /**
     * Reads a lexicon in the {@code word TAB category TAB value} format; blank lines and {@code #} comments are
     * skipped.
     *
     * @throws IllegalArgumentException naming the source and line of every bad entry
     */
    public static TimeLexicon read(InputStream in, String source) throws IOException {
        Map<String, Map<Category, String>> words = new HashMap<>();
        List<String> errors = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                errors.add(source + ":" + n + ": expected word, category and value separated by tabs: '" + line + "'");
                continue;
            }
            Category category;
            try {
                category = Category.valueOf(f[1].trim());
            } catch (IllegalArgumentException e) {
                errors.add(source + ":" + n + ": unknown category '" + f[1] + "'");
                continue;
            }
            String value = f[2].trim();
            String problem = check(category, value);
            if (problem != null) {
                errors.add(source + ":" + n + ": " + problem);
                continue;
            }
            String word = f[0].trim().toLowerCase(Locale.ROOT);
            if (words.computeIfAbsent(word, w -> new EnumMap<>(Category.class)).put(category, value) != null) {
                errors.add(source + ":" + n + ": '" + word + "' is already a " + category);
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Bad entries in the time lexicon:\n  " + String.join("\n  ", errors));
        }
        return new TimeLexicon(words);
    }

    private static String check(Category category, String value) {
        boolean ok = switch (category) {
            case MONTH -> isInt(value, 1, 12);
            case WEEKDAY -> isInt(value, 1, 7);
            case SEASON -> SEASONS.contains(value);
            case UNIT -> UNITS.contains(value);
            case SHIFT -> isInt(value, -1, 1);
            case DAY_OFFSET -> isInt(value, -2, 2);
            case PART_OF_DAY -> PARTS_OF_DAY.contains(value);
            case REFERENCE -> REFERENCES.contains(value);
            case NUMBER -> isInt(value, 0, 1000);
            case ORDINAL -> isInt(value, 1, 31);
        };
        return ok ? null : "'" + value + "' is not a valid " + category + " value";
    }

    private static boolean isInt(String value, int min, int max) {
        try {
            int v = Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
            return v >= min && v <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The word's value in a category: {@code lookup("aug", MONTH)} is {@code "8"}. */
    public Optional<String> lookup(String word, Category category) {
        Map<Category, String> m = words.get(normal(word));
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(category));
    }

    /** The word's value in a category as a number. */
    public Optional<Integer> number(String word, Category category) {
        return lookup(word, category).map(v -> Integer.parseInt(v.startsWith("+") ? v.substring(1) : v));
    }

    public boolean is(String word, Category category) {
        return lookup(word, category).isPresent();
    }

    /** Lower case without a final abbreviation period: "Aug." is "aug". */
    static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
    }
}
