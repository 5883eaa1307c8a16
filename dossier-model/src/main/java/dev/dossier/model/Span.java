package dev.dossier.model;

/**
 * A half-open range of character offsets {@code [start, end)} into an article's text.
 *
 * @param start first character, inclusive, {@code >= 0}
 * @param end   last character, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + "): need 0 <= start <= end");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** The text this span covers; fails when the span lies outside {@code text}. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("Span " + this + " lies outside a text of " + text.length() + " characters");
        }
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
