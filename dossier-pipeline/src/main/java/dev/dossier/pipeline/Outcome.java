package dev.dossier.pipeline;

import dev.dossier.model.Document;

/** The result of annotating one document of a batch: the annotated document, or why it failed. */
public sealed interface Outcome {

    /** Identifier of the input document. */
    String id();

    /** The document was annotated. */
    record Done(Document document) implements Outcome {
        @Override
        public String id() {
            return document.id();
        }
    }

    /** The document could not be annotated; the batch went on without it. */
    record Failed(String id, String reason) implements Outcome {
    }
}
