package dev.dossier.model;

import java.util.Objects;

/**
 * One place where an {@link Entity} is referred to.
 *
 * @param span characters of the mention
 * @param text the mention as written
 * @param kind name, description or pronoun
 */
public record EntityMention(Span span, String text, MentionKind kind) implements Annotation {

    public EntityMention {
        Objects.requireNonNull(span, "entity mention span");
        Objects.requireNonNull(text, "entity mention text");
        Objects.requireNonNull(kind, "entity mention kind");
    }
}
