package dev.dossier.store.query;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What to look for; every field may be null (no constraint).
 *
 * @param actor   an actor code prefix ({@code RUS}, {@code RUSGOV}) or an entity name ("Vladimir Putin", "Kiev")
 * @param dyad    two actor code prefixes joined by a dash ({@code USA-RUS}), matched in either direction
 * @param cameo   a CAMEO code or its prefix ({@code 04} for the root, {@code 042})
 * @param from    first day, inclusive
 * @param to      last day, inclusive
 * @param speaker a speaker's name or code prefix (for quotes)
 * @param text    free-text words, all of which must occur in the article (the store's full-text index)
 * @param limit   most rows returned, at least 1 ({@link Queries#DEFAULT_LIMIT} where the caller names none)
 */
public record Query(String actor, String dyad, String cameo, LocalDate from, LocalDate to, String speaker,
                    String text, int limit) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}(?:[A-Z]{3})*");
    private static final Pattern DYAD = Pattern.compile("([A-Z]{3}(?:[A-Z]{3})*)-([A-Z]{3}(?:[A-Z]{3})*)");

    public Query {
        if (dyad != null && !DYAD.matcher(dyad.toUpperCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException("A dyad is two actor codes joined by '-', e.g. USA-RUS; got '" + dyad + "'");
        }
        if (cameo != null && !cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("A CAMEO code is 2 to 4 digits, e.g. 04 or 042; got '" + cameo + "'");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("The limit must be at least 1; got " + limit);
        }
    }

    /** No constraint and no limit: every row (for tests and tools; a listing for people names a limit). */
    public static Query all() {
        return new Query(null, null, null, null, null, null, null, Integer.MAX_VALUE);
    }

    /** True when the string is written like an actor code (upper-case letters in threes). */
    public static boolean isCode(String s) {
        return s != null && CODE.matcher(s).matches();
    }

    /** True when the string is a dyad such as {@code USA-RUS}. */
    public static boolean isDyad(String s) {
        return s != null && DYAD.matcher(s).matches();
    }

    String[] dyadSides() {
        return dyad.toUpperCase(Locale.ROOT).split("-");
    }

    public Query withActor(String a) {
        return new Query(a, dyad, cameo, from, to, speaker, text, limit);
    }

    public Query withDyad(String d) {
        return new Query(actor, d, cameo, from, to, speaker, text, limit);
    }
}
