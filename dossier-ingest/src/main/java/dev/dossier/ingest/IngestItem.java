package dev.dossier.ingest;

import dev.dossier.model.Document;

/** One record found by the {@link InputWalker}: a document to store, or the reason a record cannot be stored. */
public sealed interface IngestItem {

    /** Names the input: a file, a file and line, a file and record. */
    String input();

    /**
     * A document read from the input. Its layers are empty for raw articles; a record written by
     * {@code dossier analyze} arrives with the layers it was analysed into.
     */
    record Read(String input, Document document) implements IngestItem {

        /** True when the document already carries analysis layers and needs no pipeline. */
        public boolean analysed() {
            return !document.layers().isEmpty();
        }
    }

    /** A record that cannot be stored, and why. */
    record Rejected(String input, String reason) implements IngestItem {
    }
}
