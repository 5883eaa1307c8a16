package dev.dossier.quotes;

import dev.dossier.model.Quote;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;

import java.util.List;

/**
 * Attributions made with a colon. A headline or transcript line that opens with a short name of a person or
 * organisation and a colon ("Sanders: Clinton Is Qualified") attributes the rest of the line, however many sentences,
 * to the name, with the colon as cue. A sentence
 * that ends in a cue verb and a colon ("He told reporters:") attributes the quotation or sentence that follows.
 */
final class ColonSieve implements AttributionSieve {

    /** Longest name before a headline colon, in tokens. */
    static final int MAX_NAME_TOKENS = 5;

    private static final java.util.Set<String> QUOTE_MARKS = java.util.Set.of("\"", "\u201C", "``", "''");

    @Override
    public String name() {
        return "colon";
    }

    @Override
    public void apply(FinderContext ctx) {
        Parse p = ctx.parse();
        String text = ctx.document().text();
        List<Sentence> sentences = ctx.document().sentences();
        for (Sentence s : sentences) {
            if (s.tokenCount() < 3) {
                continue;
            }
            lineOpeningName(ctx, p, text, s);
            int last = s.endToken() - 1;
            if (p.token(last).text().equals(":") && s.index() + 1 < sentences.size()) {
                introducedBy(ctx, p, s, last, sentences.get(s.index() + 1));
            }
        }
    }

    private void lineOpeningName(FinderContext ctx, Parse p, String text, Sentence s) {
        int start = s.span().start();
        if (start > 0 && text.charAt(start - 1) != '\n') {
            return;
        }
        for (int k = s.firstToken() + 1; k < Math.min(s.endToken() - 1, s.firstToken() + MAX_NAME_TOKENS + 1); k++) {
            var t = p.token(k);
            if (t.isVerb()) {
                return;
            }
            if (t.text().equals(":")) {
                String ner = p.token(k - 1).ner();
                boolean named = p.token(k - 1).isProperNoun() && (ner.equals("PERSON") || ner.equals("ORGANIZATION"));
                Span content = restOfLine(p, text, k + 1, s.endToken() - 1);
                if (named && content != null && !ctx.isAttributed(content)) {
                    int first = s.firstToken();
                    while (first < k - 1 && QUOTE_MARKS.contains(p.token(first).text())) {
                        first++;
                    }
                    Span source = p.span(first, k - 1);
                    if (source != null) {
                        ctx.add(new Attribution(kindOf(ctx, content), List.of(content), t.span(), source, s.index(),
                                name()));
                    }
                }
                return;
            }
        }
    }

    /** From token {@code first} to the end of its line, which may hold several sentences (a transcript turn). */
    private static Span restOfLine(Parse p, String text, int first, int lastOfSentence) {
        Span sentence = p.span(first, lastOfSentence);
        if (sentence == null) {
            return null;
        }
        int lineEnd = text.indexOf('\n', sentence.end());
        int end = lineEnd < 0 ? text.length() : lineEnd;
        while (end > sentence.end() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(sentence.start(), end);
    }

    private void introducedBy(FinderContext ctx, Parse p, Sentence s, int colon, Sentence next) {
        int verb = -1;
        for (int i = s.firstToken(); i < colon; i++) {
            if (p.token(i).isVerb() && ctx.lexicon().isVerb(p.token(i).lemma()) && !ctx.isCueToken(i)
                    && !ctx.insideQuotation(p.token(i).span())) {
                verb = i;
            }
        }
        if (verb < 0) {
            return;
        }
        int subject = VerbCueSieve.subject(p, verb, 0);
        Span source = subject < 0 ? null : p.sourceSpan(subject);
        if (source == null) {
            return;
        }
        int after = next.span().start();
        Span content = ctx.stretches().stream().filter(st -> st.outer().start() == after).map(QuoteMarks.Stretch::outer)
                .findFirst().orElse(p.span(next.firstToken(), next.endToken() - 1));
        if (content == null || ctx.isAttributed(content)) {
            return;
        }
        Span cue = VerbCueSieve.cueSpan(p, verb);
        ctx.add(new Attribution(kindOf(ctx, content), List.of(content), cue, source, s.index(), name()));
    }

    private static Quote.Kind kindOf(FinderContext ctx, Span content) {
        return ctx.stretchAround(content).map(st -> st.outer().equals(content)).orElse(false)
                ? Quote.Kind.DIRECT : Quote.Kind.INDIRECT;
    }
}
