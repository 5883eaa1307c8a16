package dev.dossier.model;

import java.util.Objects;

/**
 * A temporal expression in the text and its value resolved against the article's publication date.
 *
 * @param span     characters of the expression ("last month")
 * @param text     the expression as written
 * @param type     TIMEX3 type
 * @param value    the resolved value; null when it could not be resolved
 * @param sentence index of the sentence that holds it
 */
public record TimeExpression(Span span, String text, Type type, Timex value, int sentence) implements Annotation {

    /** TIMEX3 types. */
    public enum Type { DATE, TIME, DURATION, SET }

    public TimeExpression {
        Objects.requireNonNull(span, "time span");
        Objects.requireNonNull(text, "time text");
        Objects.requireNonNull(type, "time type");
    }

    public TimeExpression withValue(Timex newValue) {
        return new TimeExpression(span, text, type, newValue, sentence);
    }
}
