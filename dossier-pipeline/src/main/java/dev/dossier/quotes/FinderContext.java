package dev.dossier.quotes;

import dev.dossier.model.Document;
import dev.dossier.model.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What {@link QuoteFinder}'s sieves share while they work on one document: the parse, the quoted stretches, the cue
 * lexicon and the attributions found so far. One per document and call; not shared between threads.
 */
final class FinderContext {

    /** Fewest words for a quoted stretch to count as a quotation rather than a quoted phrase. */
    static final int QUOTATION_WORDS = 4;
    /** Named-entity classes of words that name a time, which cannot be a source. */
    private static final java.util.Set<String> TEMPORAL = java.util.Set.of("DATE", "TIME", "DURATION", "SET");

    private final Parse parse;
    private final CueLexicon lexicon;
    private final List<QuoteMarks.Stretch> stretches;
    private final List<Attribution> found = new ArrayList<>();
    private final BitSet cueTokens = new BitSet();

    FinderContext(Document document, CueLexicon lexicon) {
        this.parse = new Parse(document);
        this.lexicon = lexicon;
        this.stretches = QuoteMarks.find(document.text());
    }

    Parse parse() {
        return parse;
    }

    Document document() {
        return parse.document();
    }

    CueLexicon lexicon() {
        return lexicon;
    }

    /** Quoted stretches in text order. */
    List<QuoteMarks.Stretch> stretches() {
        return stretches;
    }

    List<Attribution> found() {
        return Collections.unmodifiableList(found);
    }

    /**
     * Records an attribution and marks the tokens of its cue as used. An attribution whose source holds no noun or
     * pronoun, opens with a preposition ("in an interview") or names only a time ("This Wednesday"), is a misparse and
     * is dropped.
     */
    void add(Attribution a) {
        if (a.source() != null && !plausibleSource(a.source())) {
            return;
        }
        found.add(a);
        if (a.cue() != null) {
            for (var t : document().tokensIn(a.cue())) {
                cueTokens.set(t.index());
            }
        }
    }

    /** Adds a content fragment to an attribution found earlier: the next paragraph of the same quotation. */
    void extend(Attribution earlier, Span fragment) {
        int at = found.indexOf(earlier);
        if (at < 0) {
            throw new IllegalArgumentException("Not an attribution of this document: " + earlier);
        }
        List<Span> content = new ArrayList<>(earlier.content());
        content.add(fragment);
        found.set(at, new Attribution(earlier.kind(), content, earlier.cue(), earlier.source(), earlier.sentence(),
                earlier.sieve()));
    }

    private boolean plausibleSource(Span source) {
        var tokens = document().tokensIn(source);
        if (tokens.isEmpty() || tokens.get(0).pos().equals("IN") || tokens.get(0).pos().equals("TO")) {
            return false;
        }
        var nouns = tokens.stream().filter(t -> t.isNoun() || t.pos().equals("CD")).toList();
        if (!nouns.isEmpty() && nouns.stream().allMatch(t -> TEMPORAL.contains(t.ner()))) {
            return false; // "This Wednesday", "Last year": a time the parser took for a subject cannot speak
        }
        return tokens.stream().anyMatch(t -> t.isNoun() || t.isPronoun() || t.pos().equals("CD")
                || t.pos().equals("WP") || t.pos().equals("WDT") || t.pos().equals("DT"));
    }

    boolean isCueToken(int token) {
        return cueTokens.get(token);
    }

    /** The stretch whose marks enclose {@code span}, if any. */
    Optional<QuoteMarks.Stretch> stretchAround(Span span) {
        return stretches.stream().filter(s -> s.outer().contains(span)).findFirst();
    }

    /**
     * True when {@code span} lies inside a quotation of {@value #QUOTATION_WORDS} words or more: the words of a quoted
     * speaker, whose own reports ("we believe", "they say") belong to the quote, not to new attributions.
     */
    boolean insideQuotation(Span span) {
        String text = document().text();
        return stretches.stream().anyMatch(s -> s.inner().contains(span)
                && s.inner().of(text).strip().split("\\s+").length >= QUOTATION_WORDS);
    }

    /** True when some attribution found so far has content covering {@code span}. */
    boolean isAttributed(Span span) {
        return found.stream().anyMatch(a -> a.contentContains(span));
    }
}
