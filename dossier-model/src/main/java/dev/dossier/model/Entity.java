package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or place, merged from all its mentions in one article.
 *
 * @param id       identifier within the document, e.g. {@code e3}
 * @param name     canonical name, the fullest name the article gives ("Vladimir Putin")
 * @param type     kind of entity
 * @param mentions every mention, in text order
 */
public record Entity(String id, String name, EntityType type, List<EntityMention> mentions) {

    public Entity {
        Objects.requireNonNull(id, "entity id");
        Objects.requireNonNull(name, "entity name");
        Objects.requireNonNull(type, "entity type");
        mentions = List.copyOf(mentions);
    }

    /** True when one of the entity's mentions covers {@code span} exactly or overlaps it. */
    public boolean isMentionedAt(Span span) {
        return mentions.stream().anyMatch(m -> m.span().overlaps(span));
    }
}
