package dev.dossier.model;

import java.util.Objects;

/**
 * What an entity is in world affairs: its CAMEO-style actor code and its title or role, with the evidence for them.
 *
 * @param entityId the {@link Entity#id()} this describes
 * @param code     the actor code, e.g. {@code RUSGOV}
 * @param role     title or role in words ("President of Russia", "journalist"); empty when unknown
 * @param evidence the text span the code or role was read from; null when it came from reference data alone
 */
public record Actor(String entityId, ActorCode code, String role, Span evidence) {

    public Actor {
        Objects.requireNonNull(entityId, "actor entity id");
        Objects.requireNonNull(code, "actor code");
        role = role == null ? "" : role;
    }
}
