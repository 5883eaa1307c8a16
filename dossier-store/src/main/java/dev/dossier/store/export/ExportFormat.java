package dev.dossier.store.export;

/** The formats {@link Exporter} writes. */
public enum ExportFormat {
    /** One JSON object per row, one file per table ({@code events.jsonl}). */
    JSONL,
    /** RFC 4180 CSV with a header row, one file per table. */
    CSV,
    /** Apache Parquet, one file per table, columns typed. */
    PARQUET,
    /** GDELT 2.0 event and mention tables, tab-separated without header ({@code events.tsv}, {@code mentions.tsv}). */
    GDELT
}
