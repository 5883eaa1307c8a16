package dev.dossier.actors;

import dev.dossier.entities.DependencyTree;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import dev.dossier.reference.Country;
import dev.dossier.reference.Institution;
import dev.dossier.reference.ReferenceData;
import dev.dossier.reference.RoleLexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads a title phrase's tokens into a {@link TitleReading}: possessor, country, institution, former, title. */
final class TitleReader {

    private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "then");
    private static final Set<String> SKIPPED_POS = Set.of("DT", "POS", "PRP$", "PRP", ",", ".", "``", "''", "HYPH",
            "-LRB-", "-RRB-", ":", "CD");

    private final Document doc;
    private final DependencyTree tree;
    private final ReferenceData data;

    TitleReader(Document doc, DependencyTree tree, ReferenceData data) {
        this.doc = doc;
        this.tree = tree;
        this.data = data;
    }

    TitleReading read(List<Integer> phrase) {
        int possessor = -1;
        int possessorSize = 0;
        for (int t : phrase) {
            int size = tree.subtree(t, Set.of()).size();
            if (tree.relation(t).equals("nmod:poss") && size > possessorSize) {
                possessor = t;
                possessorSize = size;
            }
        }
        Set<Integer> own = new HashSet<>(phrase);
        if (possessor >= 0) {
            own.removeAll(tree.subtree(possessor, Set.of()));
        }
        Country country = null;
        Institution institution = null;
        boolean former = false;
        List<Token> titleTokens = new ArrayList<>();
        List<Integer> ordered = own.stream().sorted().toList();
        for (int i = 0; i < ordered.size(); i++) {
            Token t = tree.token(ordered.get(i));
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (SKIPPED_POS.contains(t.pos()) || t.text().equals("-")) {
                continue;
            }
            if (FORMER.contains(lower)) {
                former = true;
                continue;
            }
            Optional<Country> c = countryAt(t);
            if (c.isPresent()) {
                country = country == null ? c.get() : country;
                continue;
            }
            Optional<Institution> inst = institutionAt(t);
            if (inst.isPresent()) {
                institution = institution == null ? inst.get() : institution;
                continue;
            }
            if (t.ner().equals("PERSON")) {
                continue;
            }
            titleTokens.add(t);
        }
        RoleLexicon.Match match = data.roles().longestIn(titleTokens.stream().map(this::lemma).toList()).orElse(null);
        String title = match == null ? "" : String.join(" ", titleTokens.stream().map(this::written).toList());
        Span span = phrase.isEmpty() ? null : new Span(tree.token(phrase.get(0)).span().start(),
                tree.token(phrase.get(phrase.size() - 1)).span().end());
        return new TitleReading(title, match == null ? null : match.word(), country, institution, former, possessor, span);
    }

    private String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    /** Plural common nouns in their singular form ("oil companies" to "oil company"), other words as written. */
    private String written(Token t) {
        return t.pos().equals("NNS") ? t.lemma() : t.text();
    }

    private Optional<Country> countryAt(Token t) {
        Optional<Entity> e = entityAt(t);
        if (e.isPresent() && e.get().type() == EntityType.COUNTRY) {
            return data.countries().byName(e.get().name());
        }
        if (t.ner().equals("NATIONALITY") || t.ner().equals("COUNTRY") || t.isProperNoun() || t.pos().startsWith("JJ")) {
            return data.countries().byAdjective(t.text()).or(() -> data.countries().byName(t.text()));
        }
        return Optional.empty();
    }

    private Optional<Institution> institutionAt(Token t) {
        Optional<Entity> e = entityAt(t);
        if (e.isPresent() && e.get().type() == EntityType.ORGANIZATION) {
            return data.institutions().byName(e.get().name());
        }
        return Optional.empty();
    }

    Optional<Entity> entityAt(Token t) {
        for (Entity e : doc.entities()) {
            if (e.mentions().stream().anyMatch(m -> m.span().contains(t.span()))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
