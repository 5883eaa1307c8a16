package dev.dossier.eval;

import dev.dossier.model.Span;

import java.util.ArrayList;
import java.util.List;

/** Finds where gold strings occur in an article, since expected analyses give text rather than offsets. */
final class Occurrences {

    private Occurrences() {
    }

    /** Every occurrence of {@code needle} in {@code text}. */
    static List<Span> of(String text, String needle) {
        List<Span> out = new ArrayList<>();
        if (needle == null || needle.isEmpty()) {
            return out;
        }
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            out.add(new Span(i, i + needle.length()));
        }
        return out;
    }

    static boolean overlapsAny(Span span, List<Span> spans) {
        return spans.stream().anyMatch(span::overlaps);
    }
}
