/**
 * Exports of the knowledge base's tables: JSON Lines, CSV, Parquet, and GDELT 2.0 event and mention TSV.
 */
package dev.dossier.store.export;
