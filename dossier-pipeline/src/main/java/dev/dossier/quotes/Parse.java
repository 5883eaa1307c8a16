package dev.dossier.quotes;

import dev.dossier.model.Dependency;
import dev.dossier.model.Document;
import dev.dossier.model.Span;
import dev.dossier.model.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Read-only index over a document's dependency arcs: each token's head and relation, its children, and the extent
 * of its subtree. Built once per document by {@link QuoteFinder} and shared by its sieves.
 */
final class Parse {

    private static final Set<String> EDGE_PUNCT = Set.of(",", ".", ";", ":", "--", "-", "\u2014", "\u2013", "(", ")");

    /** Relations of words that follow a source without belonging to it ("Liveris, of course, said"). */
    private static final Set<String> SOURCE_ASIDES = Set.of("advmod", "discourse", "obl:tmod", "nmod:tmod",
            "parataxis", "dep", "advcl");

    /** A short parenthesis right after a name, such as a party and state: "Rep. Bobby Scott (D-Va.)". */
    private static final java.util.regex.Pattern PARENTHESIS = java.util.regex.Pattern.compile(" ?\\([^()\\n]{1,20}\\)");

    private final Document doc;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;

    Parse(Document doc) {
        this.doc = doc;
        int n = doc.tokens().size();
        head = new int[n];
        relation = new String[n];
        Arrays.fill(head, -2);
        Arrays.fill(relation, "");
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (Dependency d : doc.dependencies()) {
            head[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation();
            if (d.governor() >= 0) {
                children.get(d.governor()).add(d.dependent());
            }
        }
        children.forEach(c -> c.sort(Integer::compare));
    }

    Document document() {
        return doc;
    }

    Token token(int i) {
        return doc.tokens().get(i);
    }

    int size() {
        return head.length;
    }

    /** The governor of a token, {@code -1} for a root, {@code -2} when the sentence was not parsed. */
    int head(int i) {
        return head[i];
    }

    /** The full relation to the head, e.g. {@code obl:according_to}. */
    String relation(int i) {
        return relation[i];
    }

    /** The relation without its subtype. */
    String baseRelation(int i) {
        String r = relation[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    List<Integer> children(int i) {
        return children.get(i);
    }

    /** The first child with the given base relation, or {@code -1}. */
    int child(int i, String baseRelation) {
        for (int c : children.get(i)) {
            if (baseRelation(c).equals(baseRelation)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Lowest and highest token index in the subtree of {@code i}, skipping the subtrees of {@code excluded} and
     * punctuation attached to the subtree's nodes.
     */
    int[] extent(int i, Set<Integer> excluded) {
        int[] range = {i, i};
        walk(i, excluded, range);
        return range;
    }

    private void walk(int i, Set<Integer> excluded, int[] range) {
        range[0] = Math.min(range[0], i);
        range[1] = Math.max(range[1], i);
        for (int c : children.get(i)) {
            // punctuation hangs from the root wherever it stands; it does not widen a phrase
            if (!excluded.contains(c) && !relation[c].equals("punct")) {
                walk(c, excluded, range);
            }
        }
    }

    /** True when {@code ancestor} dominates {@code i} (or is {@code i}). */
    boolean dominates(int ancestor, int i) {
        int cur = i;
        for (int guard = 0; cur >= 0 && guard < head.length; guard++) {
            if (cur == ancestor) {
                return true;
            }
            cur = head[cur];
        }
        return false;
    }

    /** The character span of tokens {@code first..last}, trimmed of punctuation at either edge; null when empty. */
    Span span(int first, int last) {
        int a = first;
        int b = last;
        while (a <= b && EDGE_PUNCT.contains(token(a).text()) && !token(a).text().equals("(")) {
            a++;
        }
        while (b >= a && EDGE_PUNCT.contains(token(b).text()) && !(token(b).text().equals(")") && opens(a, b))) {
            b--;
        }
        if (a > b) {
            return null;
        }
        return new Span(token(a).span().start(), token(b).span().end());
    }

    private boolean opens(int first, int last) {
        for (int k = first; k < last; k++) {
            if (token(k).text().equals("(")) {
                return true;
            }
        }
        return false;
    }

    /** The trimmed span of the subtree of {@code i} without the subtrees of {@code excluded}. */
    Span subtreeSpan(int i, Set<Integer> excluded) {
        int[] r = extent(i, excluded);
        return span(r[0], r[1]);
    }

    /**
     * The subtree of {@code i} without the subtrees of {@code excluded}, as trimmed runs of adjacent tokens: two
     * fragments when an excluded part sits in the middle ("Time, Mr. Pence added, was on their side").
     */
    List<Span> fragments(int i, Set<Integer> excluded) {
        java.util.BitSet in = new java.util.BitSet();
        collect(i, excluded, in);
        List<Span> out = new ArrayList<>();
        int start = in.nextSetBit(0);
        while (start >= 0) {
            int end = start;
            int next = in.nextSetBit(end + 1);
            while (next >= 0 && onlyPunctuationBetween(end, next)) {
                end = next;
                next = in.nextSetBit(end + 1);
            }
            Span span = span(start, end);
            if (span != null) {
                out.add(span);
            }
            start = next;
        }
        return out;
    }

    private void collect(int i, Set<Integer> excluded, java.util.BitSet in) {
        in.set(i);
        for (int c : children.get(i)) {
            if (!excluded.contains(c) && !relation[c].equals("punct")) {
                collect(c, excluded, in);
            }
        }
    }

    private boolean onlyPunctuationBetween(int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (!relation[k].equals("punct")) {
                return false;
            }
        }
        return true;
    }

    /** The trimmed span of the whole subtree of {@code i}. */
    Span subtreeSpan(int i) {
        return subtreeSpan(i, Set.of());
    }

    /**
     * The span of a source noun phrase headed by {@code i}, as PolNeAR marks sources: its subtree without trailing
     * asides ("Ms. Acosta, referring to the law, said") or appositions nested in an apposition ("Ben Domenech,
     * publisher of The Federalist, a journal, said"), with a short parenthesis after it ("Rep. Bobby Scott (D-Va.)")
     * and with the comma that closes a phrase set off by commas ("Josh Hendler, a Democratic operative, warned").
     */
    Span sourceSpan(int i) {
        return sourceSpan(i, false);
    }

    /**
     * {@link #sourceSpan(int)}, also without a relative clause set off by a comma when {@code dropRelative} ("“...,”
     * said Ms. Lee, who ran the count" gives "Ms. Lee").
     */
    Span sourceSpan(int i, boolean dropRelative) {
        Set<Integer> excluded = new java.util.HashSet<>();
        for (int c : children.get(i)) {
            int first = extent(c, Set.of())[0];
            String before = first > 0 ? token(first - 1).text() : "";
            boolean parenthesis = before.equals("(");
            boolean setOff = c > i && before.equals(",");
            if (c > i && SOURCE_ASIDES.contains(relation[c]) && !parenthesis
                    || setOff && (relation[c].equals("acl") || relation[c].equals("advcl")
                    || dropRelative && relation[c].equals("acl:relcl"))) {
                excluded.add(c);
            }
            if (c > i && baseRelation(c).equals("appos")) {
                for (int d : children.get(c)) {
                    if (d > c && baseRelation(d).equals("appos")) {
                        excluded.add(d);
                    }
                }
                for (int d : children.get(c)) {
                    for (int e : d > c ? children.get(d) : List.<Integer>of()) {
                        if (e > d && baseRelation(e).equals("appos")) {
                            excluded.add(e);
                        }
                    }
                }
            }
        }
        Span span = subtreeSpan(i, excluded);
        if (span == null) {
            return null;
        }
        String text = doc.text();
        span = closeParenthesis(text, span);
        java.util.regex.Matcher party = PARENTHESIS.matcher(text).region(span.end(), text.length());
        if (party.lookingAt()) {
            span = new Span(span.start(), party.end());
        }
        if (span.of(text).contains(",") && span.end() < text.length() && text.charAt(span.end()) == ',') {
            return new Span(span.start(), span.end() + 1);
        }
        return span;
    }

    /** The span widened to a closing parenthesis right after it when it holds an unclosed one ("Sen. X (I-Vt.)"). */
    private static Span closeParenthesis(String text, Span span) {
        String inside = span.of(text);
        if (inside.lastIndexOf('(') > inside.lastIndexOf(')')) {
            int k = span.end();
            while (k < text.length() && k < span.end() + 2 && (text.charAt(k) == ' ' || text.charAt(k) == '.')) {
                k++;
            }
            if (k < text.length() && text.charAt(k) == ')') {
                return new Span(span.start(), k + 1);
            }
        }
        return span;
    }

    /** {@link #sourceSpan(int)}, or an empty span at the token when there is none. */
    Span sourceSpanOrEmpty(int i) {
        Span s = sourceSpan(i);
        return s == null ? new Span(token(i).span().start(), token(i).span().start()) : s;
    }

    String lower(int i) {
        return token(i).text().toLowerCase(java.util.Locale.ROOT);
    }

    String lemma(int i) {
        return token(i).lemma().toLowerCase(java.util.Locale.ROOT);
    }
}
