package dev.dossier.model;

import java.util.Objects;

/**
 * A piece of the article's text referred to by another annotation: a quote's cue, an event's evidence.
 *
 * @param span characters
 * @param text the characters as written
 */
public record TextRef(Span span, String text) {

    public TextRef {
        Objects.requireNonNull(span, "text span");
        Objects.requireNonNull(text, "text");
    }

    public static TextRef of(String articleText, Span span) {
        return new TextRef(span, span.of(articleText));
    }
}
