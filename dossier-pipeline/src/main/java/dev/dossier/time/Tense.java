package dev.dossier.time;

/** The tense of the clause a temporal expression belongs to, which decides the direction of an underspecified date. */
public enum Tense {
    /** Happened: "met on Sunday", "has said". An underspecified date lies on or before publication. */
    PAST,
    /** Simple present or progressive: the nearest instance, in either direction. */
    PRESENT,
    /** Will happen: "will meet on Sunday", "plans to visit". An underspecified date lies after publication. */
    FUTURE,
    /** No verb found. Treated like {@link #PRESENT}. */
    UNKNOWN
}
