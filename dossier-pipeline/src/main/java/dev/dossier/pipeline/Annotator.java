package dev.dossier.pipeline;

import dev.dossier.model.Document;
import dev.dossier.model.Layer;

import java.util.Map;
import java.util.Set;

/**
 * One stage of analysis. Implementations are small, immutable and thread-safe: the same instance annotates many
 * documents at once. An annotator reads only the layers it {@link #requires()} and returns a copy of the document
 * in which only the layers it {@link #produces()} have changed.
 */
public interface Annotator {

    /** A short stable name, used in provenance and error messages. */
    String name();

    /** Layers that must be present before this annotator runs. */
    Set<Layer> requires();

    /** Layers this annotator sets (replacing what was there). */
    Set<Layer> produces();

    /** Annotates one document; never mutates its argument. */
    Document annotate(Document document);

    /** The configuration this annotator runs with, for provenance. */
    default Map<String, String> configuration() {
        return Map.of();
    }

    /** Version of the annotator's logic or its underlying library, for provenance. */
    default String version() {
        return Versions.dossier();
    }
}
