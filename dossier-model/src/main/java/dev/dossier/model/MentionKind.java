package dev.dossier.model;

/** How a mention refers: by name, by a description ("the presidential aide") or by a pronoun ("he"). */
public enum MentionKind {
    NAME, NOMINAL, PRONOUN
}
