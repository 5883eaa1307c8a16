package dev.dossier.model;

/**
 * The kinds of information a document can carry. Annotators declare the layers they require and produce; a
 * pipeline is checked against these declarations before it runs.
 */
public enum Layer {
    /** Sentence boundaries. */
    SENTENCES,
    /** Tokens with part of speech, lemma and named-entity tag. */
    TOKENS,
    /** Dependency arcs per sentence. */
    DEPENDENCIES,
    /** Named-entity, description and pronoun mentions with their coreference chains. */
    MENTIONS,
    /** Temporal expressions with TIMEX3 values. */
    TIMES,
    /** Entities merged from mentions, with canonical names. */
    ENTITIES,
    /** Place entities resolved to gazetteer places with coordinates ({@link Entity#place()}). */
    PLACES,
    /** Actor codes and roles of entities. */
    ACTORS,
    /** Direct quotes and reported speech with their speakers. */
    QUOTES,
    /** Coded political events. */
    EVENTS
}
