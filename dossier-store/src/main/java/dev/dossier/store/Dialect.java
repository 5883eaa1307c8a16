package dev.dossier.store;

import java.util.Map;

/** What differs between the embedded database and PostgreSQL: column types and full-text search. */
enum Dialect {
    H2("h2", "CLOB"),
    POSTGRESQL("postgresql", "TEXT");

    private final String migrations;
    private final String textType;

    Dialect(String migrations, String textType) {
        this.migrations = migrations;
        this.textType = textType;
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("Unsupported database URL '" + jdbcUrl + "': use jdbc:h2:... (embedded) or "
                + "jdbc:postgresql://host/db");
    }

    /**
     * The URL to connect with. For H2, compaction on close is switched off ({@code MAX_COMPACT_TIME=0}) unless the URL
     * sets it: in H2 2.3.232 the chunk moves of that compaction can fail an internal assertion (h2database issues
     * 4086 and 4247), the close then stops half done, and the file reopened by the next command of the same JVM can
     * lack the last committed articles. How far the time-boxed compaction (200 ms by default) gets depends on the
     * machine's load, so the loss came and went. The file is still compacted while the store is open.
     */
    String safeUrl(String jdbcUrl) {
        if (this != H2 || jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";MAX_COMPACT_TIME=")) {
            return jdbcUrl;
        }
        return jdbcUrl + ";MAX_COMPACT_TIME=0";
    }

    /** Flyway locations: the shared schema, then this vendor's extras. */
    String[] locations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + migrations};
    }

    Map<String, String> placeholders() {
        return Map.of("text", textType);
    }

    /**
     * A query returning the hashes of articles matching the words of a free-text query (bound once as parameter 1),
     * best first.
     */
    String fullTextHashes() {
        return switch (this) {
            case H2 -> "SELECT CAST(f.\"KEYS\"[1] AS VARCHAR) AS hash FROM FT_SEARCH_DATA(?, 0, 0) f "
                    + "WHERE f.\"TABLE\" = 'ARTICLE'";
            case POSTGRESQL -> "SELECT hash FROM article WHERE to_tsvector('english', title || ' ' || body) "
                    + "@@ plainto_tsquery('english', ?)";
        };
    }
}
