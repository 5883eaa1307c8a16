package dev.dossier.model;

import java.util.Objects;

/**
 * Something a source said: a direct quote (the words in quotation marks) or reported speech (a cue such as
 * "said" or "according to" and its content).
 *
 * @param kind     direct or indirect
 * @param span     the content: the quoted words without their marks, or the reported clause
 * @param text     the content as written
 * @param cue      the verb or phrase that introduces it; null when there is none (a bare quote)
 * @param speaker  who said it; null when it could not be attributed
 * @param sentence index of the sentence where the content begins
 */
public record Quote(Kind kind, Span span, String text, TextRef cue, Speaker speaker, int sentence)
        implements Annotation {

    /** Direct quotation or reported (indirect) speech. */
    public enum Kind {
        DIRECT, INDIRECT;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Quote {
        Objects.requireNonNull(kind, "quote kind");
        Objects.requireNonNull(span, "quote span");
        Objects.requireNonNull(text, "quote text");
    }

    public Quote withSpeaker(Speaker newSpeaker) {
        return new Quote(kind, span, text, cue, newSpeaker, sentence);
    }
}
