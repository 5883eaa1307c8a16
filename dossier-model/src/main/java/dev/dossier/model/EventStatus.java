package dev.dossier.model;

import java.util.Locale;

/** Where an event stands according to the text that reports it. */
public enum EventStatus {
    HAPPENED, ONGOING, PLANNED, POSTPONED, CANCELLED, DENIED, NEGATED, HYPOTHETICAL;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventStatus parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
