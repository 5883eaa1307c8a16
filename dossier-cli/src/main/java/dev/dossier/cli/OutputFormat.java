package dev.dossier.cli;

/** How {@code analyze} prints its results. */
enum OutputFormat {
    /** A readable report for a terminal. */
    TEXT,
    /** JSON as in docs/output-format.md: indented for one article, one object per line for several. */
    JSON,
    /** GDELT 2.0 event-table rows, tab-separated, one per event and target (no header). */
    GDELT
}
