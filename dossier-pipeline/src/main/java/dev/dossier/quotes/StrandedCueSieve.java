package dev.dossier.quotes;

import dev.dossier.model.Quote;
import dev.dossier.model.Span;

import java.util.List;
import java.util.Set;

/**
 * Reporting verbs of {@value #REPORTING} that the parser left without a subject: in "Organizers of the boycott said
 * they are worried" a garbled parse may make "said" an auxiliary or a loose dependent, so no sieve that reads the parse
 * finds it. Read as words instead: a finite verb whose lemma is one of these, with a short noun phrase straight before
 * it (from the clause's start: the sentence start, a comma, a conjunction or a subordinating word; at most
 * {@value #MAX_SOURCE_TOKENS} tokens, no finite verb, holding a noun or pronoun) is the cue, the phrase the source,
 * and the rest of the clause after the verb (up to the end of the sentence or to a comma and conjunction, as in
 * ", while others said") the content.
 */
final class StrandedCueSieve implements AttributionSieve {

    static final String REPORTING = "say, add, tell";
    static final int MAX_SOURCE_TOKENS = 12;

    private static final Set<String> VERBS = Set.of("say", "add", "tell");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "--", "-", "\u2014", "\u2013", "(", ")",
            "\u201C", "\u201D", "``", "''", "\"");
    private static final Set<String> OPENERS = Set.of("while", "whereas", "as", "though", "although", "because",
            "when", "if", "since", "that", "which", "who", "whom", "where", "and", "but", "or", "so");

    @Override
    public String name() {
        return "stranded-cue";
    }

    @Override
    public void apply(FinderContext ctx) {
        Parse p = ctx.parse();
        for (var sent : ctx.document().sentences()) {
            for (int i = sent.firstToken() + 1; i < sent.endToken() - 1; i++) {
                var t = p.token(i);
                if (!FINITE.contains(t.pos()) || !VERBS.contains(p.lemma(i)) || ctx.isCueToken(i)
                        || ctx.insideQuotation(t.span()) || VerbCueSieve.subject(p, i, 0) >= 0) {
                    continue;
                }
                int first = sourceStart(p, sent.firstToken(), i);
                if (first < 0) {
                    continue;
                }
                int last = contentEnd(p, i, sent.endToken());
                Span source = p.span(first, i - 1);
                Span content = last > i ? p.span(i + 1, last) : null;
                if (source == null || content == null
                        || ctx.found().stream().anyMatch(a -> a.contentOverlaps(t.span()) || a.contentOverlaps(source))) {
                    continue;
                }
                ctx.add(new Attribution(Quote.Kind.INDIRECT, List.of(content), VerbCueSieve.cueSpan(p, i), source,
                        t.sentence(), name()));
            }
        }
    }

    /** The first token of the noun phrase that ends right before {@code verb}; -1 when the words there are no such. */
    private static int sourceStart(Parse p, int sentenceStart, int verb) {
        int k = verb - 1;
        boolean noun = false;
        while (k >= sentenceStart && verb - k <= MAX_SOURCE_TOKENS) {
            var t = p.token(k);
            if (CLAUSE_BREAKS.contains(t.text()) || OPENERS.contains(p.lower(k)) || t.pos().equals("CC")) {
                break;
            }
            if (FINITE.contains(t.pos()) || t.pos().equals("MD")) {
                return -1;
            }
            noun |= t.isNoun() || t.isPronoun();
            k--;
        }
        if (verb - k > MAX_SOURCE_TOKENS || !noun) {
            return -1;
        }
        return k + 1;
    }

    /** The last token of the content after {@code verb}: the sentence's end, or the token before ", while". */
    private static int contentEnd(Parse p, int verb, int sentenceEnd) {
        for (int k = verb + 1; k + 1 < sentenceEnd; k++) {
            if (p.token(k).text().equals(",") && (p.token(k + 1).pos().equals("CC") || OPENERS.contains(p.lower(k + 1))
                    && p.relation(k + 1).equals("mark"))) {
                return k - 1;
            }
        }
        return sentenceEnd - 1;
    }
}
