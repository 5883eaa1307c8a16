package dev.dossier.quotes;

import dev.dossier.model.Document;
import dev.dossier.model.Layer;
import dev.dossier.model.Quote;
import dev.dossier.model.Span;
import dev.dossier.model.Speaker;
import dev.dossier.model.TextRef;
import dev.dossier.pipeline.Annotator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds quotes and reported speech and the source each names, as news attribution is annotated in PolNeAR: a source
 * span, a cue span and a content span.
 *
 * <p>Needs {@link Layer#SENTENCES}, {@link Layer#TOKENS} (POS and lemmas), {@link Layer#DEPENDENCIES} and
 * {@link Layer#MENTIONS}. Adds {@link Layer#QUOTES}: one {@link Quote} per content fragment, each with its cue and a
 * {@link Speaker} whose mention is the source span and whose name is that span's text; entities are linked later by
 * {@link SpeakerResolver}. Direct quotes carry the words between the marks; a quotation inside reported speech
 * ("is receiving “many signals” from") is reported both as part of the indirect content and as a direct quote of its
 * own, with the same cue and speaker.
 *
 * <p>Options: the cue lexicon (default {@link CueLexicon#standard()}) and the sieves, run in order (default: verb cues,
 * phrase cues such as "according to", nouns of saying, colons, quotations without a cue yet, then reporting verbs
 * the parser left without a subject).
 */
public final class QuoteFinder implements Annotator {

    private final CueLexicon lexicon;
    private final List<AttributionSieve> sieves;

    public QuoteFinder() {
        this(CueLexicon.standard());
    }

    public QuoteFinder(CueLexicon lexicon) {
        this(lexicon, List.of(new VerbCueSieve(), new PhraseCueSieve(), new NounCueSieve(), new ColonSieve(),
                new QuotedSpeechSieve(), new StrandedCueSieve()));
    }

    QuoteFinder(CueLexicon lexicon, List<AttributionSieve> sieves) {
        this.lexicon = lexicon;
        this.sieves = List.copyOf(sieves);
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public Map<String, String> configuration() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("lexicon.entries", Integer.toString(lexicon.size()));
        m.put("sieves", sieves.stream().map(AttributionSieve::name).collect(Collectors.joining(",")));
        return m;
    }

    @Override
    public Document annotate(Document document) {
        FinderContext ctx = new FinderContext(document, lexicon);
        for (AttributionSieve sieve : sieves) {
            sieve.apply(ctx);
        }
        return document.withQuotes(toQuotes(ctx, outermost(ctx.found())));
    }

    /**
     * The attributions whose cue lies in no other attribution's content. News attribution nests ("X said Y warned
     * that ..."), but the outer attribution carries the inner one's words as its content; PolNeAR marks only the outer.
     */
    static List<Attribution> outermost(List<Attribution> found) {
        List<Attribution> bySize = new ArrayList<>(found);
        bySize.sort(Comparator.comparingInt((Attribution a) -> -a.content().stream().mapToInt(Span::length).sum()));
        List<Attribution> kept = new ArrayList<>();
        for (Attribution a : bySize) {
            boolean nested = a.cue() != null && kept.stream().anyMatch(k -> k.contentOverlaps(a.cue()));
            if (!nested) {
                kept.add(a);
            }
        }
        kept.sort(Comparator.comparing((Attribution a) -> a.content().get(0)));
        return kept;
    }

    private static List<Quote> toQuotes(FinderContext ctx, List<Attribution> attributions) {
        String text = ctx.document().text();
        List<Quote> out = new ArrayList<>();
        Set<Span> seen = new HashSet<>();
        for (Attribution a : attributions) {
            TextRef cue = a.cue() == null ? null : TextRef.of(text, a.cue());
            Speaker speaker = a.source() == null ? null
                    : new Speaker(null, a.source().of(text), TextRef.of(text, a.source()));
            for (Span fragment : a.content()) {
                if (!seen.add(fragment)) {
                    continue;
                }
                var stretch = ctx.stretchAround(fragment).filter(s -> s.outer().equals(fragment));
                Span content = stretch.map(QuoteMarks.Stretch::inner).orElse(fragment);
                Quote.Kind kind = stretch.isPresent() ? Quote.Kind.DIRECT : Quote.Kind.INDIRECT;
                out.add(new Quote(kind, content, content.of(text), cue, speaker, sentenceOf(ctx, content)));
                if (kind == Quote.Kind.INDIRECT) {
                    for (QuoteMarks.Stretch inner : ctx.stretches()) {
                        if (fragment.contains(inner.outer()) && seen.add(inner.outer())) {
                            out.add(new Quote(Quote.Kind.DIRECT, inner.inner(), inner.inner().of(text), cue, speaker,
                                    sentenceOf(ctx, inner.inner())));
                        }
                    }
                }
            }
        }
        out.sort(Comparator.comparing(Quote::span));
        return out;
    }

    private static int sentenceOf(FinderContext ctx, Span span) {
        return ctx.document().sentenceAt(span.start()).map(s -> s.index()).orElse(0);
    }
}
