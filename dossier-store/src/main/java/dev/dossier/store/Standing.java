package dev.dossier.store;

import dev.dossier.model.EventStatus;

import java.util.Optional;
import java.util.Set;

/** Where an agreement or a plan stands according to one claim. */
public enum Standing {
    ANNOUNCED, REACHED, IN_FORCE, HELD, POSTPONED, CANCELLED, VOID;

    private static final Set<Set<Standing>> CONFLICTS = Set.of(Set.of(IN_FORCE, VOID), Set.of(HELD, CANCELLED),
            Set.of(HELD, POSTPONED), Set.of(POSTPONED, CANCELLED), Set.of(REACHED, VOID),
            Set.of(ANNOUNCED, CANCELLED));

    /** True when two claims with these standings about the same time cannot both be right. */
    public boolean contradicts(Standing other) {
        return this != other && CONFLICTS.contains(Set.of(this, other));
    }

    /** The standing an event's status gives its subject, by the subject's kind. */
    static Optional<Standing> of(EventStatus status, String kind) {
        boolean agreement = "agreement".equals(kind);
        return switch (status) {
            case PLANNED -> Optional.of(ANNOUNCED);
            case POSTPONED -> Optional.of(POSTPONED);
            case CANCELLED -> Optional.of(CANCELLED);
            case HAPPENED -> Optional.of(agreement ? REACHED : HELD);
            case ONGOING -> Optional.of(agreement ? IN_FORCE : HELD);
            default -> Optional.empty();
        };
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
