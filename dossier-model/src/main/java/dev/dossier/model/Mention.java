package dev.dossier.model;

import java.util.Objects;

/**
 * A stretch of text that refers to something: a named-entity mention or a coreference mention.
 *
 * @param id       position in {@link Document#mentions()}
 * @param span     characters of the mention
 * @param text     the mention's text
 * @param kind     name, description or pronoun
 * @param type     the entity class of a named mention; {@link EntityType#MISC} when unknown
 * @param sentence index of its sentence
 * @param head     index of its head token
 * @param chain    id of the coreference chain it belongs to, or {@code -1}
 */
public record Mention(int id, Span span, String text, MentionKind kind, EntityType type, int sentence, int head,
                      int chain) implements Annotation {

    public Mention {
        Objects.requireNonNull(span, "mention span");
        Objects.requireNonNull(text, "mention text");
        Objects.requireNonNull(kind, "mention kind");
        type = type == null ? EntityType.MISC : type;
    }

    public Mention withChain(int newChain) {
        return new Mention(id, span, text, kind, type, sentence, head, newChain);
    }
}
