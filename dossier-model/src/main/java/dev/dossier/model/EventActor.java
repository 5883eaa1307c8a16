package dev.dossier.model;

/**
 * One side of an event: its actor code and, where the text names it, the entity and the mention.
 *
 * @param code     actor code, e.g. {@code USAGOV}; null when the actor could not be coded
 * @param entityId the entity of the article, or null
 * @param mention  the mention in the event's clause, or null
 */
public record EventActor(ActorCode code, String entityId, TextRef mention) {
}
