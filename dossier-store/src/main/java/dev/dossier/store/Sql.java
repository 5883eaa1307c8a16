package dev.dossier.store;

import java.sql.SQLException;

/** Database errors told to a user: the database's own first sentence, without the SQL statement or error codes. */
public final class Sql {

    private static final java.util.regex.Pattern TOO_LONG = java.util.regex.Pattern.compile(
            "Value too long for column \"(\\w+) [A-Z ]*\\((\\d+)\\)");

    private Sql() {
    }

    /**
     * The reason of a database error in one line: H2's message up to "; SQL statement:", PostgreSQL's first line, no
     * trailing {@code [22001-232]} code. The full exception stays the cause for whoever debugs.
     */
    public static String describe(Throwable e) {
        Throwable t = e;
        while (!(t instanceof SQLException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int sql = m.indexOf("; SQL statement:");
        if (sql >= 0) {
            m = m.substring(0, sql);
        }
        int line = m.indexOf('\n');
        if (line >= 0) {
            m = m.substring(0, line);
        }
        m = m.replaceAll("\\s*\\[\\d{5}-\\d+]$", "").strip();
        java.util.regex.Matcher column = TOO_LONG.matcher(m);
        if (column.find()) {
            m = "the " + column.group(1).toLowerCase(java.util.Locale.ROOT) + " is too long for the store (at most "
                    + column.group(2) + " characters)";
        }
        return m.length() > 300 ? m.substring(0, 299) + "\u2026" : m;
    }
}
