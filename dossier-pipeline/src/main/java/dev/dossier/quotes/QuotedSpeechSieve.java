package dev.dossier.quotes;

import dev.dossier.model.Quote;

import java.util.List;

/**
 * Quotations no cue has claimed yet. A quotation with a cue verb and its subject in the sentence where it ends (or in
 * the next sentence, for "“....” He added:" the other way round) is attributed through that verb. A quotation of
 * {@value #MIN_BARE_TOKENS} tokens or more with no cue near it, such as a paragraph that continues a speaker's words,
 * joins the content of the most recent attribution at most {@value #MAX_SENTENCES_BACK} sentences before it, as
 * the continuation of that speaker's words. Short phrases in marks
 * with no cue are titles or scare quotes and are left alone.
 */
final class QuotedSpeechSieve implements AttributionSieve {

    static final int MIN_BARE_TOKENS = 5;
    static final int MAX_SENTENCES_BACK = 6;

    @Override
    public String name() {
        return "quoted-speech";
    }

    @Override
    public void apply(FinderContext ctx) {
        Parse p = ctx.parse();
        for (QuoteMarks.Stretch s : ctx.stretches()) {
            if (ctx.found().stream().anyMatch(a -> a.contentOverlaps(s.outer()))) {
                continue;
            }
            var tokens = ctx.document().tokensIn(s.outer());
            if (tokens.isEmpty()) {
                continue;
            }
            int lastSentence = tokens.get(tokens.size() - 1).sentence();
            int cue = cueNear(ctx, s, lastSentence);
            int subject = cue < 0 ? -1 : VerbCueSieve.speaker(p, cue, s.outer());
            if (subject >= 0) {
                ctx.add(new Attribution(Quote.Kind.DIRECT, List.of(s.outer()), VerbCueSieve.cueSpan(p, cue),
                        p.sourceSpan(subject), p.token(cue).sentence(), name()));
                continue;
            }
            if (tokens.size() - 2 < MIN_BARE_TOKENS) {
                continue;
            }
            int firstSentence = tokens.get(0).sentence();
            Attribution previous = null;
            for (Attribution a : ctx.found()) {
                if (a.source() != null && a.content().get(0).start() < s.outer().start()
                        && firstSentence - a.sentence() <= MAX_SENTENCES_BACK
                        && (previous == null || a.content().get(0).start() > previous.content().get(0).start())) {
                    previous = a;
                }
            }
            if (previous != null) {
                ctx.extend(previous, s.outer());
            }
        }
    }

    /** A free cue verb with a subject, outside the quotation, in its last sentence or the one after. */
    private static int cueNear(FinderContext ctx, QuoteMarks.Stretch s, int sentence) {
        Parse p = ctx.parse();
        var sentences = ctx.document().sentences();
        for (int si = sentence; si <= sentence + 1 && si < sentences.size(); si++) {
            var sent = sentences.get(si);
            for (int i = sent.firstToken(); i < sent.endToken(); i++) {
                var t = p.token(i);
                if (t.isVerb() && ctx.lexicon().isVerb(t.lemma()) && !ctx.isCueToken(i)
                        && !s.outer().overlaps(t.span()) && !ctx.insideQuotation(t.span())
                        && VerbCueSieve.subject(p, i, 0) >= 0) {
                    return i;
                }
            }
            if (si == sentence && sent.span().end() > s.outer().end() + 2) {
                break; // the quotation does not end its sentence: only its own sentence counts
            }
        }
        return -1;
    }
}
