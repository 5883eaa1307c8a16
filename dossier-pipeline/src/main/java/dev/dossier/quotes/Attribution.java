package dev.dossier.quotes;

import dev.dossier.model.Quote;
import dev.dossier.model.Span;

import java.util.List;
import java.util.Objects;

/**
 * An attribution found by a sieve, before it becomes one {@link Quote} per content fragment.
 *
 * @param kind     direct when the content is in quotation marks, else indirect
 * @param content  the content, in one fragment or several (a quote broken by "he said")
 * @param cue      the cue words; null for a bare quote
 * @param source   the source mention; null when the text names none
 * @param sentence index of the sentence that holds the cue, or the content's first sentence when there is no cue
 * @param sieve    name of the sieve that found it
 */
record Attribution(Quote.Kind kind, List<Span> content, Span cue, Span source, int sentence, String sieve) {

    Attribution {
        Objects.requireNonNull(kind, "kind");
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("An attribution needs content");
        }
    }

    /** True when some content fragment overlaps {@code span}. */
    boolean contentOverlaps(Span span) {
        return content.stream().anyMatch(c -> c.overlaps(span));
    }

    boolean contentContains(Span span) {
        return content.stream().anyMatch(c -> c.contains(span));
    }
}
