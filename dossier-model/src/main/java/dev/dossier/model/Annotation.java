package dev.dossier.model;

/**
 * Every kind of annotation that covers a stretch of the article's text. The interface is sealed so that code which
 * must treat each kind differently (serialisers, the annotator contract test) can switch over it exhaustively.
 */
public sealed interface Annotation permits Sentence, Token, Mention, TimeExpression, EntityMention, Quote, Event {

    /** The characters of the article text this annotation stands on. */
    Span span();
}
