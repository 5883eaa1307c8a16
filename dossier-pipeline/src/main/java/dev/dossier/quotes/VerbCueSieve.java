package dev.dossier.quotes;

import dev.dossier.model.Quote;
import dev.dossier.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attributions around a cue verb from the lexicon ("said", "told", "admitted", "warned"): the source is the verb's
 * subject, or the subject of the verb it hangs from ("..., adding that ..."); the content is its complement clause,
 * the clause it interrupts ("The deal holds, he said"), a quotation beside it, or for verbs of the complement frame
 * what follows from their object or infinitive on ("praised the deal", "urged them to leave", "called for talks"),
 * but not in a relative clause ("Smith, who has endorsed Clinton") nor from a phrase of place or means ("said in an
 * email"). A report closing its
 * sentence ("..., Putin's aide Yury Ushakov has said.") is read from the words when the parse gives no subject. Content in quotation marks is taken with its marks, across sentences, and a second
 * quotation right after the cue ("“A,” he said, “B.”") joins the same attribution.
 */
final class VerbCueSieve implements AttributionSieve {

    private static final Set<String> SKIPPED_RELATIONS = Set.of("amod", "compound", "case", "mark", "det", "nsubj",
            "obj");
    private static final Set<String> CUE_MODIFIERS = Set.of("aux", "advmod", "neg");
    /** Longest source of a sentence-closing report ("..., the minister's spokesman said"), in tokens. */
    static final int MAX_TRAILING_SOURCE = 10;
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201D", "\u201C", "''", "``", "\u2019");
    private static final Set<String> CONTENT_HEAD_RELATIONS = Set.of("ccomp", "conj", "dep");
    /** Dependents that give a verb content of its own, so that it cannot be a bare "he said" inside other words. */
    private static final Set<String> COMPLEMENTS = Set.of("obj", "ccomp", "xcomp", "iobj");
    private static final Set<String> TOPICAL_PREPOSITIONS = Set.of("for", "about", "of", "against", "on", "over", "with", "to");
    private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "xcomp", "obl", "iobj", "ccomp");
    private static final Set<String> ASIDE_RELATIONS = Set.of("advcl", "xcomp", "dep", "acl");
    private static final Set<String> CONCESSIONS = Set.of("though", "although", "while", "whereas");

    @Override
    public String name() {
        return "verb-cue";
    }

    @Override
    public void apply(FinderContext ctx) {
        Parse p = ctx.parse();
        for (int i = 0; i < p.size(); i++) {
            var t = p.token(i);
            CueLexicon.Frame frame = ctx.lexicon().frame(t.lemma());
            if (!t.isVerb() || frame == null || ctx.isCueToken(i) || p.head(i) == -2
                    || SKIPPED_RELATIONS.contains(p.baseRelation(i)) || ctx.insideQuotation(t.span())) {
                continue;
            }
            int subject = subject(p, i, 0);
            List<Span> content = subject < 0 ? List.of() : content(ctx, i, subject, frame);
            Span source = null;
            if (!content.isEmpty()) {
                subject = appositionBeforeCue(p, subject, i);
                Span subjectSpan = p.sourceSpan(subject);
                source = subjectSpan;
                if (subjectSpan != null && content.stream().anyMatch(c -> c.overlaps(subjectSpan))) {
                    Span quoted = content.get(0);
                    int other = ctx.stretchAround(quoted).isPresent() ? speaker(p, i, quoted) : -1;
                    source = other < 0 ? null : p.sourceSpan(other);
                }
            }
            if (source == null) {
                Span[] trailing = trailingReport(ctx, i);
                if (trailing == null) {
                    continue;
                }
                content = List.of(quotedOr(ctx, trailing[0]));
                source = trailing[1];
            }
            boolean quoted = content.stream().allMatch(c -> ctx.stretchAround(c).map(s -> s.outer().equals(c)).orElse(false));
            ctx.add(new Attribution(quoted ? Quote.Kind.DIRECT : Quote.Kind.INDIRECT, content, cueSpan(p, i), source,
                    t.sentence(), name()));
        }
    }

    /**
     * The speaker of cue verb {@code i} when its content is {@code content}: its subject, unless the parser took a
     * piece of the quotation for it ("“My business got bad,” Mr. Hutto said"), in which case the noun phrase next to
     * the verb outside the quotation; -1 when there is none.
     */
    static int speaker(Parse p, int i, Span content) {
        int subject = subject(p, i, 0);
        if (subject >= 0 && !p.sourceSpanOrEmpty(subject).overlaps(content)) {
            return subject;
        }
        for (int c : p.children(i)) {
            boolean adjacent = c == i + 1 || c == i - 1 || p.extent(c, Set.of())[1] == i - 1
                    || p.extent(c, Set.of())[0] == i + 1;
            if (c != subject && adjacent && (p.token(c).isNoun() || p.token(c).isPronoun())
                    && !p.token(c).span().overlaps(content) && !p.sourceSpanOrEmpty(c).overlaps(content)) {
                return c;
            }
        }
        return -1;
    }

    /** The speaking subject of verb {@code i}: its own, or that of the verb it is an adjunct or conjunct of. */
    static int subject(Parse p, int i, int depth) {
        for (int c : p.children(i)) {
            String rel = p.relation(c);
            if (rel.equals("nsubj") || rel.equals("csubj")) {
                return c;
            }
        }
        for (int c : p.children(i)) {
            if (p.relation(c).startsWith("nsubj:pass")) {
                return agent(p, i);
            }
        }
        int inverted = invertedSubject(p, i);
        if (inverted >= 0) {
            return inverted;
        }
        int head = p.head(i);
        if (head < 0 || depth > 2) {
            return -1;
        }
        String rel = p.baseRelation(i);
        boolean participle = p.token(i).pos().equals("VBG") || p.token(i).pos().equals("VBN") || depth > 0;
        if (rel.equals("conj") || rel.equals("xcomp") || (rel.equals("advcl") || rel.equals("dep")) && participle) {
            return p.token(head).isVerb() || p.token(head).pos().startsWith("JJ") ? subject(p, head, depth + 1) : -1;
        }
        return -1;
    }

    /**
     * The subject of an inverted cue ("..., said Mr. Smith") that the parser attached as an object or complement: a
     * noun or pronoun right after the verb, when the verb's clausal content comes before it.
     */
    private static int invertedSubject(Parse p, int i) {
        boolean contentBefore = p.children(i).stream().anyMatch(c -> c < i
                && (p.baseRelation(c).equals("ccomp") || p.baseRelation(c).equals("parataxis")));
        if (!contentBefore) {
            return -1;
        }
        for (int c : p.children(i)) {
            String rel = p.baseRelation(c);
            if (c > i && (rel.equals("xcomp") || rel.equals("obj") || rel.equals("dep"))
                    && (p.token(c).isNoun() || p.token(c).isPronoun())
                    && p.extent(c, Set.of())[0] == i + 1) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The apposition of a common-noun subject that runs straight into the cue: in "The plan, an inside source said,
     * ..." the parser makes "an inside source" an apposition of "The plan", but it is the speaker.
     */
    private static int appositionBeforeCue(Parse p, int subject, int verb) {
        int cueStart = cueStartToken(p, verb);
        if (p.token(subject).isProperNoun() || p.token(subject).isPronoun()) {
            return subject;
        }
        for (int c : p.children(subject)) {
            if (p.baseRelation(c).equals("appos") && p.extent(c, Set.of())[1] == cueStart - 1) {
                return c;
            }
        }
        return subject;
    }

    private static int cueStartToken(Parse p, int verb) {
        Span cue = cueSpan(p, verb);
        int k = verb;
        while (k > 0 && p.token(k - 1).span().start() >= cue.start()) {
            k--;
        }
        return k;
    }

    /** The "by" phrase of a passive cue ("was reported by the Times"), or -1. */
    private static int agent(Parse p, int i) {
        for (int c : p.children(i)) {
            if (p.relation(c).equals("obl:agent") || p.baseRelation(c).equals("obl")
                    && p.children(c).stream().anyMatch(k -> p.lower(k).equals("by") && p.baseRelation(k).equals("case"))) {
                return c;
            }
        }
        return -1;
    }

    private static List<Span> content(FinderContext ctx, int verb, int subject, CueLexicon.Frame frame) {
        Parse p = ctx.parse();
        int clause = -1;
        Span span = null;
        for (int c : p.children(verb)) {
            String rel = p.baseRelation(c);
            boolean before = c < verb;
            if (c != subject && (rel.equals("ccomp") || rel.equals("parataxis") && before
                    || (rel.equals("advcl") || rel.equals("dep")) && before && ctx.insideQuotation(p.token(c).span()))) {
                clause = c;
                span = p.subtreeSpan(c);
                break;
            }
        }
        boolean bare = p.children(verb).stream().noneMatch(c -> COMPLEMENTS.contains(p.baseRelation(c)));
        boolean interrupts = bare && (p.baseRelation(verb).equals("parataxis") || CONTENT_HEAD_RELATIONS.contains(
                p.baseRelation(verb)) && p.head(verb) < verb && !ctx.lexicon().isVerb(p.token(p.head(verb)).lemma()));
        if (span == null && interrupts && p.head(verb) >= 0) {
            // "The deal holds, he said" / "Time, he added, was on their side": the cue hangs from its content
            List<Span> fragments = p.fragments(p.head(verb), Set.of(verb));
            List<Span> out = new ArrayList<>();
            for (Span f : fragments) {
                Span snapped = quotedOr(ctx, f);
                if (!out.contains(snapped)) {
                    out.add(snapped);
                }
            }
            return out;
        }
        if (span == null && frame == CueLexicon.Frame.COMPLEMENT && !p.relation(verb).equals("acl:relcl")
                && (p.head(subject) == verb || !p.baseRelation(verb).equals("conj"))) {
            for (int c : p.children(verb)) {
                if (c > verb && OBJECT_RELATIONS.contains(p.baseRelation(c)) && !p.relation(c).contains("tmod")
                        && (!p.baseRelation(c).equals("obl") || topicalCase(p, c))) {
                    clause = c;
                    span = tail(p, verb, c);
                    break;
                }
            }
        }
        List<Span> out = new ArrayList<>();
        if (span == null) {
            QuoteMarks.Stretch beside = besideCue(ctx, verb, subject);
            if (beside != null) {
                out.add(beside.outer());
                addContinuation(ctx, verb, -1, beside, out);
            }
            return out;
        }
        span = widenToMarks(ctx, span);
        QuoteMarks.Stretch around = quotedContent(ctx, span);
        if (around != null) {
            out.add(around.outer());
            addContinuation(ctx, verb, clause, around, out);
        } else {
            out.add(withoutTrailingAside(ctx, span));
        }
        return out;
    }

    /**
     * A report closing its sentence, "..., Putin's aide Yury Ushakov has said.", read from the words alone for when
     * the parse garbles it: the content is the sentence up to the last comma before the cue, the source the words
     * between that comma and the cue. Null when the sentence is not built so.
     */
    static Span[] trailingReport(FinderContext ctx, int verb) {
        Parse p = ctx.parse();
        var sentence = ctx.document().sentences().get(p.token(verb).sentence());
        Span cue = cueSpan(p, verb);
        int after = verb + 1;
        while (after < sentence.endToken() && p.token(after).span().start() < cue.end()) {
            after++;
        }
        for (int k = after; k < sentence.endToken(); k++) {
            if (!QUOTE_MARKS.contains(p.token(k).text()) && !Set.of(".", "!", "?").contains(p.token(k).text())) {
                return null;
            }
        }
        int first = verb;
        while (first > sentence.firstToken() && p.token(first - 1).span().end() > cue.start()) {
            first--;
        }
        int comma = -1;
        boolean noun = false;
        for (int k = first - 1; k > sentence.firstToken() && first - k <= MAX_TRAILING_SOURCE; k--) {
            var t = p.token(k);
            if (t.text().equals(",")) {
                comma = k;
                break;
            }
            if (t.isVerb()) {
                return null;
            }
            noun |= t.isNoun() || t.isPronoun();
        }
        if (comma < 0 || !noun) {
            return null;
        }
        int sourceStart = comma + 1;
        while (sourceStart < first && QUOTE_MARKS.contains(p.token(sourceStart).text())) {
            sourceStart++;
        }
        Span content = p.span(sentence.firstToken(), comma - 1);
        Span source = p.span(sourceStart, first - 1);
        return content == null || source == null ? null : new Span[] {content, source};
    }

    private static Span quotedOr(FinderContext ctx, Span content) {
        QuoteMarks.Stretch s = quotedContent(ctx, content);
        return s == null ? content : s.outer();
    }

    /** True for a prepositional object that says what the cue is about: "called for", "warned of", "spoke about". */
    private static boolean topicalCase(Parse p, int obl) {
        return p.children(obl).stream().anyMatch(k -> p.baseRelation(k).equals("case")
                && TOPICAL_PREPOSITIONS.contains(p.lower(k)));
    }

    /** From complement {@code first} to the end of the verb's subtree. */
    private static Span tail(Parse p, int verb, int first) {
        int end = p.extent(verb, Set.of())[1];
        return p.span(p.extent(first, Set.of())[0], end);
    }

    /**
     * The content without a trailing aside set off by a comma that the author adds: a relative clause on a person
     * (", who is 70"), a participle that is an attribution of its own (", saying ...") or a concession (", though
     * ..."). Commas inside quotation marks are the speaker's and are kept. PolNeAR: when in doubt, leave it out.
     */
    static Span withoutTrailingAside(FinderContext ctx, Span content) {
        Parse p = ctx.parse();
        var tokens = ctx.document().tokensIn(content);
        if (tokens.size() < 4) {
            return content;
        }
        int last = tokens.get(tokens.size() - 1).index();
        for (int i = 1; i < tokens.size() - 1; i++) {
            var t = tokens.get(i);
            if (!t.text().equals(",") || ctx.stretchAround(t.span()).isPresent()) {
                continue;
            }
            int next = t.index() + 1;
            if (!asideOpener(p, next)) {
                continue;
            }
            int top = next;
            while (p.head(top) >= 0 && p.head(top) > t.index() && p.head(top) <= last) {
                top = p.head(top);
            }
            int[] ext = p.extent(top, Set.of());
            if (ext[0] >= next && ext[1] >= last - 1) {
                Span cut = p.span(tokens.get(0).index(), t.index() - 1);
                return cut == null ? content : cut;
            }
        }
        return content;
    }

    /**
     * A word that opens an aside: "who" of a relative clause (PolNeAR keeps ", which ..." after a clause more often
     * than not), a participle, a conceding conjunction.
     */
    private static boolean asideOpener(Parse p, int i) {
        if (i >= p.size()) {
            return false;
        }
        var t = p.token(i);
        String lower = p.lower(i);
        if (lower.equals("who") && p.relation(p.head(i) < 0 ? i : p.head(i)).equals("acl:relcl")) {
            return true;
        }
        if (t.pos().equals("VBG") && ASIDE_RELATIONS.contains(p.baseRelation(i))) {
            return true;
        }
        return CONCESSIONS.contains(lower) && p.baseRelation(i).equals("mark");
    }

    /**
     * The content widened over the end of a quotation it stops just short of ("part of the “Trump doctrine.”", whose
     * closing period and mark the parse leaves out), so that the quotation is whole inside it.
     */
    static Span widenToMarks(FinderContext ctx, Span content) {
        String text = ctx.document().text();
        int start = content.start();
        int end = content.end();
        for (QuoteMarks.Stretch s : ctx.stretches()) {
            Span o = s.outer();
            if (o.start() >= start && o.start() < end && o.end() > end && onlyMarks(text, end, o.end())) {
                end = o.end();
            }
            if (o.end() <= end && o.end() > start && o.start() < start && onlyMarks(text, o.start(), start)) {
                start = o.start();
            }
        }
        return new Span(start, end);
    }

    /**
     * The quotation the content is, when it is one: the content lies inside it (the parse cut it short or it crosses
     * sentences), or it holds the quotation and nothing else but punctuation.
     */
    private static QuoteMarks.Stretch quotedContent(FinderContext ctx, Span content) {
        String text = ctx.document().text();
        for (QuoteMarks.Stretch s : ctx.stretches()) {
            if (s.outer().contains(content) || content.contains(s.outer())
                    && onlyPunctuation(text, content.start(), s.outer().start())
                    && onlyPunctuation(text, s.outer().end(), content.end())) {
                return s;
            }
        }
        return null;
    }

    /** A quotation that ends just before the cue's clause or starts just after it, in the same sentence. */
    private static QuoteMarks.Stretch besideCue(FinderContext ctx, int verb, int subject) {
        Parse p = ctx.parse();
        int[] ext = p.extent(verb, Set.of());
        Span clause = p.span(ext[0], ext[1]);
        if (clause == null) {
            return null;
        }
        String text = ctx.document().text();
        for (QuoteMarks.Stretch s : ctx.stretches()) {
            if (s.outer().end() <= clause.start() && onlyPunctuation(text, s.outer().end(), clause.start())
                    || s.outer().start() >= clause.end() && onlyPunctuation(text, clause.end(), s.outer().start())) {
                if (!s.outer().overlaps(p.token(subject).span())) {
                    return s;
                }
            }
        }
        return null;
    }

    /** A second quotation straight after the cue clause: "“A,” he said, “B.”" */
    private static void addContinuation(FinderContext ctx, int verb, int clause, QuoteMarks.Stretch first,
                                        List<Span> out) {
        Parse p = ctx.parse();
        if (first.outer().start() > p.token(verb).span().start()) {
            return;
        }
        int[] ext = p.extent(verb, clause < 0 ? Set.of() : Set.of(clause));
        Span cueClause = p.span(ext[0], ext[1]);
        if (cueClause == null) {
            return;
        }
        String text = ctx.document().text();
        for (QuoteMarks.Stretch s : ctx.stretches()) {
            if (s.outer().start() >= cueClause.end() && s.outer().start() - cueClause.end() <= 3
                    && onlyPunctuation(text, cueClause.end(), s.outer().start()) && !ctx.isAttributed(s.outer())) {
                out.add(s.outer());
                return;
            }
        }
    }

    /** True when the text between holds only sentence punctuation and quotation marks, three characters at most. */
    private static boolean onlyMarks(String text, int from, int to) {
        return to - from <= 3 && text.substring(from, to).chars().allMatch(c -> ".,!?\"'\u201C\u201D".indexOf(c) >= 0);
    }

    private static boolean onlyPunctuation(String text, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ',' && c != ':' && c != ' ' && c != '\u2014' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The verb with the auxiliaries, negation and adverbs right before it, and a particle and colon right after it. */
    static Span cueSpan(Parse p, int verb) {
        int first = verb;
        for (int k = verb - 1; k >= 0 && p.head(k) == verb && CUE_MODIFIERS.contains(p.baseRelation(k))
                && !p.token(k).text().equals(","); k--) {
            first = k;
        }
        int last = verb;
        if (last + 1 < p.size() && p.head(last + 1) == verb && p.relation(last + 1).equals("compound:prt")) {
            last++;
        }
        if (last + 1 < p.size() && p.token(last + 1).text().equals(":")
                && p.token(last + 1).span().start() == p.token(last).span().end()) {
            last++;
        }
        return new Span(p.token(first).span().start(), p.token(last).span().end());
    }
}
