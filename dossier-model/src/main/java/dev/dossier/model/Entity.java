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
 * @param place    the gazetteer place a place entity was resolved to, or null (not a place, not resolved, or the
 *                 pipeline has no place resolution)
 */
public record Entity(String id, String name, EntityType type, List<EntityMention> mentions, GeoPlace place) {

    /** An entity not resolved to a place. */
    public Entity(String id, String name, EntityType type, List<EntityMention> mentions) {
        this(id, name, type, mentions, null);
    }

    public Entity {
        Objects.requireNonNull(id, "entity id");
        Objects.requireNonNull(name, "entity name");
        Objects.requireNonNull(type, "entity type");
        mentions = List.copyOf(mentions);
    }

    /** The same entity resolved to {@code resolved}. */
    public Entity withPlace(GeoPlace resolved) {
        return new Entity(id, name, type, mentions, resolved);
    }

    /** True when one of the entity's mentions covers {@code span} exactly or overlaps it. */
    public boolean isMentionedAt(Span span) {
        return mentions.stream().anyMatch(m -> m.span().overlaps(span));
    }
}
