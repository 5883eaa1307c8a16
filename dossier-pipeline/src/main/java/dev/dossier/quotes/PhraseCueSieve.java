package dev.dossier.quotes;

import dev.dossier.model.Quote;
import dev.dossier.model.Span;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Attributions cued by a fixed phrase that puts the source after it: "according to the official, ...", "..., in the
 * words of the minister". The source is the noun phrase the phrase governs; the content is the rest of the clause the
 * phrase modifies.
 */
final class PhraseCueSieve implements AttributionSieve {

    private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "parataxis", "conj", "acl", "csubj");

    @Override
    public String name() {
        return "phrase-cue";
    }

    @Override
    public void apply(FinderContext ctx) {
        Parse p = ctx.parse();
        for (List<String> phrase : ctx.lexicon().phrases()) {
            for (int i = 0; i + phrase.size() <= p.size(); i++) {
                if (!matches(p, i, phrase) || ctx.isCueToken(i) || ctx.insideQuotation(p.token(i).span())) {
                    continue;
                }
                int last = i + phrase.size() - 1;
                int source = sourceHead(p, i, last);
                if (source < 0) {
                    continue;
                }
                Set<Integer> casing = new HashSet<>();
                for (int c : p.children(source)) {
                    if (c <= last) {
                        casing.add(c);
                    }
                }
                int[] ext = p.extent(source, casing);
                Span sourceSpan = p.span(Math.max(ext[0], last + 1), ext[1]);
                int clause = clauseOf(p, source);
                if (sourceSpan == null || clause < 0) {
                    continue;
                }
                Set<Integer> excluded = new HashSet<>(Set.of(source));
                excluded.addAll(p.children(clause).stream().filter(c -> p.baseRelation(c).equals("parataxis")
                        && p.dominates(c, source)).toList());
                Span content = p.subtreeSpan(clause, excluded);
                if (content == null || content.overlaps(sourceSpan)) {
                    continue;
                }
                Span cue = new Span(p.token(i).span().start(), p.token(last).span().end());
                if (content.overlaps(cue)) {
                    content = trimAround(p, content, cue, sourceSpan);
                    if (content == null) {
                        continue;
                    }
                }
                Span finalContent = content;
                boolean quoted = ctx.stretchAround(content).map(s -> s.outer().equals(finalContent)).orElse(false);
                ctx.add(new Attribution(quoted ? Quote.Kind.DIRECT : Quote.Kind.INDIRECT, List.of(content), cue,
                        sourceSpan, p.token(i).sentence(), name()));
            }
        }
    }

    private static boolean matches(Parse p, int i, List<String> phrase) {
        int sentence = p.token(i).sentence();
        for (int k = 0; k < phrase.size(); k++) {
            if (p.token(i + k).sentence() != sentence || !p.lower(i + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The head of the noun phrase after the cue phrase: the phrase's first word hangs from it as a case marker. */
    private static int sourceHead(Parse p, int first, int last) {
        for (int k = first; k <= last; k++) {
            int h = p.head(k);
            if (h > last && p.token(h).sentence() == p.token(first).sentence()) {
                return h;
            }
        }
        return -1;
    }

    /**
     * The clause the source's phrase belongs to: up from the phrase's head to the sentence root or to the nearest
     * clause that stands for itself (a complement or a clause set beside another).
     */
    private static int clauseOf(Parse p, int source) {
        int cur = p.head(source);
        for (int guard = 0; cur >= 0 && guard < 50; guard++) {
            if (p.head(cur) < 0 || CLAUSE_RELATIONS.contains(p.baseRelation(cur))) {
                return cur;
            }
            cur = p.head(cur);
        }
        return cur;
    }

    /** The content on the side of the cue away from the source, when the clause extent swallowed the cue. */
    private static Span trimAround(Parse p, Span content, Span cue, Span source) {
        Span before = content.start() < cue.start() ? new Span(content.start(), cue.start()) : null;
        Span after = content.end() > source.end() ? new Span(source.end(), content.end()) : null;
        Span pick = before != null && (after == null || before.length() >= after.length()) ? before : after;
        if (pick == null) {
            return null;
        }
        var tokens = p.document().tokensIn(pick);
        return tokens.isEmpty() ? null : p.span(tokens.get(0).index(), tokens.get(tokens.size() - 1).index());
    }
}
