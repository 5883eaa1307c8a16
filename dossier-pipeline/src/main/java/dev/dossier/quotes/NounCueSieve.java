package dev.dossier.quotes;

import dev.dossier.model.Quote;
import dev.dossier.model.Span;

import java.util.List;
import java.util.Set;

/**
 * Attributions cued by a noun of saying with a clause and a possessor: "Moscow's claim that the talks failed",
 * "the minister's warning that ...". The source is the possessor, the cue the noun, the content its clause.
 */
final class NounCueSieve implements AttributionSieve {

    private static final Set<String> CLAUSE_RELATIONS = Set.of("acl", "ccomp");

    @Override
    public String name() {
        return "noun-cue";
    }

    @Override
    public void apply(FinderContext ctx) {
        Parse p = ctx.parse();
        for (int i = 0; i < p.size(); i++) {
            var t = p.token(i);
            if (!t.isNoun() || !ctx.lexicon().isNoun(t.lemma()) || ctx.isCueToken(i)
                    || ctx.insideQuotation(t.span())) {
                continue;
            }
            int owner = -1;
            int clause = -1;
            for (int c : p.children(i)) {
                if (p.relation(c).equals("nmod:poss") && c < i) {
                    owner = c;
                } else if (c > i && CLAUSE_RELATIONS.contains(p.relation(c))
                        && p.children(c).stream().anyMatch(k -> p.lower(k).equals("that") && p.relation(k).equals("mark"))) {
                    clause = c;
                }
            }
            if (owner < 0 || clause < 0) {
                continue;
            }
            Span source = p.span(p.extent(owner, Set.of())[0], ownerEnd(p, owner));
            Span content = p.subtreeSpan(clause);
            if (source == null || content == null) {
                continue;
            }
            boolean quoted = ctx.stretchAround(content).map(s -> s.outer().equals(content)).orElse(false);
            ctx.add(new Attribution(quoted ? Quote.Kind.DIRECT : Quote.Kind.INDIRECT, List.of(content), t.span(),
                    source, t.sentence(), name()));
        }
    }

    /** The possessor without its "'s". */
    private static int ownerEnd(Parse p, int owner) {
        int end = p.extent(owner, Set.of())[1];
        while (end > owner && p.baseRelation(end).equals("case")) {
            end--;
        }
        return end;
    }
}
