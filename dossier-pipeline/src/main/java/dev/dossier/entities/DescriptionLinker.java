package dev.dossier.entities;

import dev.dossier.model.Document;
import dev.dossier.model.EntityMention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import dev.dossier.reference.RoleLexicon;
import dev.dossier.reference.RoleWord;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Links definite descriptions of people ("the presidential aide", "the official") to the person they describe:
 * first a person the article introduced with the same role word ("President Putin's aide Yury Ushakov"), else the
 * most recently mentioned person whose role words share the description's role code (an aide is a GOV official).
 */
final class DescriptionLinker {

    /** Relations by which a role word sits beside a name: "journalist Pavel Zarubin", "Ushakov, an aide". */
    private static final Set<String> BESIDE_NAME = Set.of("compound", "amod", "appos", "flat");
    /** Role codes of words that describe a person rather than a group or place. */
    private static final Set<String> PERSON_CODES = Set.of("GOV", "LEG", "MIL", "MED", "JUD", "COP", "BUS", "OPP",
            "REB", "SPY", "EDU", "REL", "HLH");
    private static final Set<String> GROUP_WORDS = Set.of("government", "administration", "cabinet", "army",
            "military", "navy", "company", "firm", "corporation", "business", "bank", "newspaper", "media", "court",
            "parliament", "police", "opposition", "union", "intelligence", "outlet", "broadcaster", "fleet",
            "guard", "warplane", "warship", "destroyer", "ministry", "department", "authority", "legislature",
            "party", "university", "college", "institute", "cartel", "gang", "militia", "agency", "people",
            "delegation");

    private final Document doc;
    private final DependencyTree tree;
    private final RoleLexicon roles;
    private final int maxSentences;

    DescriptionLinker(Document doc, DependencyTree tree, RoleLexicon roles, int maxSentences) {
        this.doc = doc;
        this.tree = tree;
        this.roles = roles;
        this.maxSentences = maxSentences;
    }

    /** Records the role words written beside each of a person's names. */
    void collectDescriptors(Cluster person) {
        for (EntityMention m : person.mentions()) {
            if (m.kind() != MentionKind.NAME) {
                continue;
            }
            List<Token> ts = doc.tokensIn(m.span());
            if (ts.isEmpty()) {
                continue;
            }
            int head = ts.get(ts.size() - 1).index();
            for (int d : tree.dependents(head, BESIDE_NAME)) {
                addRoleWords(person, d);
            }
            String rel = tree.baseRelation(head);
            int gov = tree.governor(head);
            if (gov >= 0 && (rel.equals("appos") || rel.equals("dep")) && tree.token(gov).isNoun()) {
                addRoleWords(person, gov);
            }
        }
    }

    private void addRoleWords(Cluster person, int token) {
        for (int t : tree.subtree(token, Set.of("nmod", "case", "punct", "cc", "conj", "det"))) {
            String lemma = tree.token(t).lemma().toLowerCase(Locale.ROOT);
            if (roles.isRole(lemma) && !tree.token(t).isProperNoun() || tree.token(t).ner().equals("TITLE")) {
                person.descriptors.add(lemma);
            }
        }
    }

    /** The person a definite description headed by {@code head} and starting at {@code start} refers to. */
    Optional<Cluster> resolve(int head, int start, List<Cluster> people) {
        Token h = tree.token(head);
        String lemma = h.lemma().toLowerCase(Locale.ROOT);
        if (!isDefinite(head) || !isPersonWord(lemma)) {
            return Optional.empty();
        }
        int sentence = h.sentence();
        Cluster same = mostRecent(people, start, sentence, c -> c.descriptors.contains(lemma));
        if (same != null) {
            return Optional.of(same);
        }
        String code = roles.word(lemma).map(RoleWord::code).orElse("");
        return Optional.ofNullable(mostRecent(people, start, sentence, c -> c.descriptors.stream()
                .map(roles::word).flatMap(Optional::stream).anyMatch(w -> w.code().equals(code))));
    }

    private Cluster mostRecent(List<Cluster> people, int start, int sentence, java.util.function.Predicate<Cluster> ok) {
        Cluster best = null;
        int bestStart = -1;
        for (Cluster c : people) {
            int last = c.lastStartBefore(start);
            if (last > bestStart && ok.test(c)) {
                int lastSentence = doc.sentenceAt(last).map(s -> s.index()).orElse(-1);
                if (sentence - lastSentence <= maxSentences) {
                    best = c;
                    bestStart = last;
                }
            }
        }
        return best;
    }

    /**
     * Finds definite descriptions the coreference system did not mark ("According to the official") and links
     * each to the person it describes, when there is one.
     */
    void linkStandaloneDescriptions(List<Cluster> people, Set<Integer> covered) {
        for (Token t : doc.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (!t.pos().equals("NN") || covered.contains(t.index()) || !isPersonWord(lemma)
                    || tree.baseRelation(t.index()).equals("compound") || namesSomeone(t.index())) {
                continue;
            }
            Optional<Integer> det = tree.dependents(t.index(), Set.of("det")).stream().findFirst();
            if (det.isEmpty() || det.get() > t.index()) {
                continue;
            }
            Span span = new Span(tree.token(det.get()).span().start(), t.span().end());
            resolve(t.index(), span.start(), people)
                    .ifPresent(c -> c.add(new EntityMention(span, doc.text(span), MentionKind.NOMINAL)));
        }
    }

    private boolean namesSomeone(int token) {
        return tree.dependents(token).stream().anyMatch(d -> tree.token(d).isProperNoun()
                && !tree.baseRelation(d).equals("nmod"))
                || (tree.governor(token) >= 0 && tree.token(tree.governor(token)).isProperNoun());
    }

    private boolean isDefinite(int head) {
        return tree.dependents(head, Set.of("det")).stream()
                .anyMatch(d -> tree.token(d).lemma().equalsIgnoreCase("the") || tree.token(d).lemma().equalsIgnoreCase("this"));
    }

    private boolean isPersonWord(String lemma) {
        return !GROUP_WORDS.contains(lemma) && roles.word(lemma).filter(w -> PERSON_CODES.contains(w.code())).isPresent();
    }
}
