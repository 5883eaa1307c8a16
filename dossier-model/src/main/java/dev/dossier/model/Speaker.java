package dev.dossier.model;

import java.util.Objects;

/**
 * Who a quote or report is attributed to: the source mention that names the speaker ("the official", "he",
 * "The New York Post") and the entity it was resolved to.
 *
 * @param entityId the resolved {@link Entity#id()}, or null when the source is not an entity of the article
 * @param name     the entity's canonical name, or the mention's text when unresolved
 * @param mention  the source mention in this attribution
 */
public record Speaker(String entityId, String name, TextRef mention) {

    public Speaker {
        Objects.requireNonNull(name, "speaker name");
        Objects.requireNonNull(mention, "speaker mention");
    }

    public boolean isResolved() {
        return entityId != null;
    }
}
