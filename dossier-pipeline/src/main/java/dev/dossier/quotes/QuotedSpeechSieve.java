package dev.dossier.quotes;

import dev.dossier.model.Quote;
import dev.dossier.model.Span;

import java.util.List;

/**
 * Quotations no cue has claimed yet. A quotation followed straight away (punctuation aside) by a cue verb and a noun
 * phrase ("“...,” said Dr. Lee, who ran the count") or by a short noun phrase and a cue verb ("“...,” Sen. Lee said in
 * an interview") is attributed to that phrase whatever the parser made of these words, since it often attaches such a
 * verb to the quoted clause or takes the speaker for an object. Otherwise a quotation with a cue verb and its subject in
 * the sentence where it ends (or in the next sentence, for "“....” He added:" the other way round) is attributed
 * through that verb. A quotation of
 * {@value #MIN_BARE_TOKENS} tokens or more with no cue near it, such as a paragraph that continues a speaker's words,
 * joins the content of the most recent attribution at most {@value #MAX_SENTENCES_BACK} sentences before it, as
 * the continuation of that speaker's words, when that attribution's content reaches the quotation's paragraph or the
 * one before; a quotation signed after a dash ("“...” ― Jane Doe") or a transcript turn that names its speaker
 * ("“PENCE: ...”") is attributed to that name instead. Short phrases in marks
 * with no cue are titles or scare quotes and are left alone.
 */
final class QuotedSpeechSieve implements AttributionSieve {

    static final int MIN_BARE_TOKENS = 5;

    private static final java.util.Set<String> PUNCTUATION = java.util.Set.of(",", "\u201D", "''", "\"", "'", "\u2019");
    static final int MAX_SPEAKER_TOKENS = 6;
    private static final java.util.Set<String> SPEAKER_TAGS = java.util.Set.of("NNP", "NNPS", "NN", "NNS", "PRP",
            "DT", "JJ", "POS");
    private static final java.util.Set<String> NOUN_PHRASE_OPENERS = java.util.Set.of("det", "amod", "nummod",
            "nmod", "compound");
    private static final java.util.Set<String> NOUN_PHRASE_INNER = java.util.Set.of("compound", "flat", "nmod",
            "amod", "det", "nummod");
    static final int MAX_SENTENCES_BACK = 6;
    /** Dashes that sign a quotation: em dash, horizontal bar, en dash. */
    private static final String DASHES = "\u2014\u2015\u2013";
    /** A speaker's label opening a transcript turn: one to three capitalised words and a colon ("PENCE:", "MR. LEE:"). */
    private static final java.util.regex.Pattern TURN = java.util.regex.Pattern.compile(
            "([A-Z][A-Za-z.'\u2019-]*(?: [A-Z][A-Za-z.'\u2019-]*){0,2}):\\s+");

    @Override
    public String name() {
        return "quoted-speech";
    }

    @Override
    public void apply(FinderContext ctx) {
        Parse p = ctx.parse();
        List<Integer> paragraphs = paragraphStarts(ctx.document().text());
        for (QuoteMarks.Stretch s : ctx.stretches()) {
            if (ctx.found().stream().anyMatch(a -> a.contentOverlaps(s.outer()))) {
                continue;
            }
            var tokens = ctx.document().tokensIn(s.outer());
            if (tokens.isEmpty()) {
                continue;
            }
            int lastSentence = tokens.get(tokens.size() - 1).sentence();
            if (signedAfter(ctx, s) || transcriptTurn(ctx, s)) {
                continue;
            }
            int cue = invertedCue(ctx, s);
            int subject = cue < 0 ? -1 : speakerAfter(p, cue);
            if (subject >= 0) {
                ctx.add(new Attribution(Quote.Kind.DIRECT, List.of(s.outer()), VerbCueSieve.cueSpan(p, cue),
                        p.sourceSpan(subject, true), p.token(cue).sentence(), name()));
                continue;
            }
            int[] after = speakerThenCue(ctx, s);
            if (after != null) {
                ctx.add(new Attribution(Quote.Kind.DIRECT, List.of(s.outer()), VerbCueSieve.cueSpan(p, after[0]),
                        p.span(after[1], after[2]), p.token(after[0]).sentence(), name()));
                continue;
            }
            if (subject < 0) {
                cue = cueNear(ctx, s, lastSentence);
                subject = cue < 0 ? -1 : VerbCueSieve.speaker(p, cue, s.outer());
            }
            if (subject >= 0) {
                ctx.add(new Attribution(Quote.Kind.DIRECT, List.of(s.outer()), VerbCueSieve.cueSpan(p, cue),
                        p.sourceSpan(subject), p.token(cue).sentence(), name()));
                continue;
            }
            if (tokens.size() - 2 < MIN_BARE_TOKENS) {
                continue;
            }
            int firstSentence = tokens.get(0).sentence();
            int paragraph = paragraphOf(paragraphs, s.outer().start());
            Attribution previous = null;
            for (Attribution a : ctx.found()) {
                Span lastFragment = a.content().get(a.content().size() - 1);
                if (a.source() != null && a.content().get(0).start() < s.outer().start()
                        && firstSentence - a.sentence() <= MAX_SENTENCES_BACK
                        && paragraph - paragraphOf(paragraphs, lastFragment.start()) <= 1
                        && (previous == null || a.content().get(0).start() > previous.content().get(0).start())) {
                    previous = a;
                }
            }
            if (previous != null) {
                ctx.extend(previous, s.outer());
            }
        }
    }

    /**
     * A quotation signed after a dash, as tweets and collected statements are: "“...” ― Sonya Herridge" or "“...” —
     * Jane Doe (@jdoe) May 1, 2016". The name (up to a parenthesis, a comma or the end of the line, at most
     * {@value #MAX_SPEAKER_TOKENS} tokens of proper nouns) is the source and the dash the cue.
     */
    private boolean signedAfter(FinderContext ctx, QuoteMarks.Stretch s) {
        String text = ctx.document().text();
        int k = s.outer().end();
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
            k++;
        }
        if (k >= text.length() || DASHES.indexOf(text.charAt(k)) < 0) {
            return false;
        }
        Span dash = new Span(k, k + 1);
        var tokens = ctx.document().tokens();
        int from = 0;
        for (int lo = 0, hi = tokens.size() - 1; lo <= hi; ) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() > dash.start()) {
                from = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
                from = lo;
            }
        }
        var after = tokens.subList(Math.min(from, tokens.size()), tokens.size()).stream().limit(MAX_SPEAKER_TOKENS + 1)
                .toList();
        int names = 0;
        for (var t : after) {
            if (!t.isProperNoun() || text.substring(k, t.span().start()).contains("\n")) {
                break;
            }
            names++;
        }
        if (names == 0 || names > MAX_SPEAKER_TOKENS) {
            return false;
        }
        Span source = new Span(after.get(0).span().start(), after.get(names - 1).span().end());
        ctx.add(new Attribution(Quote.Kind.DIRECT, List.of(s.outer()), dash, source, after.get(0).sentence(), name()));
        return true;
    }

    /**
     * A quoted transcript turn that names its own speaker, "“PENCE: Well, look, ...”": the name before the colon is the
     * source, the colon the cue, the rest the content. Such a turn never continues the words of the speaker before.
     */
    private boolean transcriptTurn(FinderContext ctx, QuoteMarks.Stretch s) {
        String text = ctx.document().text();
        java.util.regex.Matcher m = TURN.matcher(text).region(s.inner().start(), s.inner().end());
        if (!m.lookingAt()) {
            return false;
        }
        Span source = new Span(m.start(1), m.end(1));
        Span cue = new Span(m.end(1), m.end(1) + 1);
        int start = m.end();
        if (start >= s.inner().end()) {
            return false;
        }
        ctx.add(new Attribution(Quote.Kind.INDIRECT, List.of(new Span(start, s.outer().end())), cue, source,
                ctx.document().sentenceAt(source.start()).map(x -> x.index()).orElse(0), name()));
        return true;
    }

    /** Paragraph number of an offset: paragraphs end at line breaks. */
    private static int paragraphOf(List<Integer> paragraphStarts, int offset) {
        int at = java.util.Collections.binarySearch(paragraphStarts, offset);
        return at >= 0 ? at : -at - 2;
    }

    private static List<Integer> paragraphStarts(String text) {
        List<Integer> starts = new java.util.ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /**
     * A free cue verb straight after the quotation, with nothing but punctuation between ("“...,” said Ms. Lee"),
     * whatever the parser made of it; -1 when there is none.
     */
    static int invertedCue(FinderContext ctx, QuoteMarks.Stretch s) {
        Parse p = ctx.parse();
        int k = firstAfter(ctx, s);
        if (k < 0) {
            return -1;
        }
        var t = p.token(k);
        boolean finite = t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
        return finite && ctx.lexicon().isVerb(t.lemma()) && !ctx.isCueToken(k) ? k : -1;
    }

    /**
     * A short noun phrase and a free cue verb straight after the quotation ("“...,” Sen. Lee said in an interview"),
     * whatever the parser made of them: the verb, and the first and last token of the phrase; null when there is none.
     * The phrase is at most {@value #MAX_SPEAKER_TOKENS} tokens of nouns, pronouns, determiners, adjectives and
     * possessive marks, and an adverb may stand before the verb ("Sen. Lee also said").
     */
    static int[] speakerThenCue(FinderContext ctx, QuoteMarks.Stretch s) {
        Parse p = ctx.parse();
        int k = firstAfter(ctx, s);
        if (k < 0) {
            return null;
        }
        int first = k;
        int sentence = p.token(first).sentence();
        boolean noun = false;
        while (k < p.size() && k - first < MAX_SPEAKER_TOKENS && p.token(k).sentence() == sentence
                && SPEAKER_TAGS.contains(p.token(k).pos())) {
            noun |= p.token(k).isNoun() || p.token(k).isPronoun();
            k++;
        }
        int last = k - 1;
        if (first == last && p.lower(first).equals("you")) {
            return null; // "you know", "you see": a turn of speech inside the quotation, not a speaker
        }
        if (k < p.size() && p.token(k).pos().equals("RB")) {
            k++;
        }
        if (!noun || k >= p.size() || p.token(k).sentence() != sentence) {
            return null;
        }
        var t = p.token(k);
        boolean finite = t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
        return finite && ctx.lexicon().isVerb(t.lemma()) && !ctx.isCueToken(k) ? new int[] {k, first, last} : null;
    }

    /** The first token after the quotation and the punctuation that closes it; -1 at the end of the text. */
    private static int firstAfter(FinderContext ctx, QuoteMarks.Stretch s) {
        Parse p = ctx.parse();
        var tokens = ctx.document().tokens();
        int k = 0;
        while (k < tokens.size() && tokens.get(k).span().start() < s.outer().end()) {
            k++;
        }
        while (k < tokens.size() && p.relation(k).equals("punct") && PUNCTUATION.contains(p.token(k).text())) {
            k++;
        }
        return k < tokens.size() ? k : -1;
    }

    /**
     * The noun phrase right after an inverted cue verb ("said the company's chief executive"): the noun or pronoun
     * after the verb, raised through its noun heads while they stay after the verb in its sentence; -1 when none.
     */
    static int speakerAfter(Parse p, int verb) {
        int sentence = p.token(verb).sentence();
        int k = verb + 1;
        if (k >= p.size() || p.token(k).sentence() != sentence) {
            return -1;
        }
        while (k < p.size() && p.token(k).sentence() == sentence && !p.token(k).isNoun() && !p.token(k).isPronoun()
                && NOUN_PHRASE_OPENERS.contains(p.baseRelation(k))) {
            k++;
        }
        if (k >= p.size() || p.token(k).sentence() != sentence
                || !(p.token(k).isNoun() || p.token(k).isPronoun())) {
            return -1;
        }
        int h = p.head(k);
        while (h > verb && p.token(h).sentence() == sentence && p.token(h).isNoun()
                && NOUN_PHRASE_INNER.contains(p.baseRelation(k))) {
            k = h;
            h = p.head(k);
        }
        return k;
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
