package dev.dossier.model;

import java.util.Objects;

/**
 * Who a quote or report is attributed to: the source mention that names the speaker ("the official", "he",
 * "The New York Post") and the entity it was resolved to, with how sure the resolution is.
 *
 * @param entityId   the resolved {@link Entity#id()}, or null when the source is not an entity of the article or the
 *                   resolution was too unsure to keep
 * @param name       the entity's canonical name, or the mention's text when unresolved
 * @param mention    the source mention in this attribution
 * @param confidence how sure the link to the entity is, from 0 (no entity) to 1 (the entity is named in the source
 *                   itself); 0 whenever {@code entityId} is null
 */
public record Speaker(String entityId, String name, TextRef mention, double confidence) {

    public Speaker {
        Objects.requireNonNull(name, "speaker name");
        Objects.requireNonNull(mention, "speaker mention");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("Speaker confidence must lie in [0, 1], got " + confidence);
        }
        if (entityId == null && confidence != 0) {
            throw new IllegalArgumentException("An unresolved speaker ('" + name + "') has confidence 0, got "
                    + confidence);
        }
    }

    /** A speaker whose link is certain when it has one: confidence 1 with an entity, 0 without. */
    public Speaker(String entityId, String name, TextRef mention) {
        this(entityId, name, mention, entityId == null ? 0 : 1);
    }

    public boolean isResolved() {
        return entityId != null;
    }
}
