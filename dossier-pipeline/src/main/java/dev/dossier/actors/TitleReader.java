package dev.dossier.actors;

import dev.dossier.entities.DependencyTree;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import dev.dossier.reference.ActorBase;
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
    private final RoleLexicon agents;
    private final ActorBase base;

    /**
     * A reader of title phrases.
     *
     * @param agents role words read where the reference data's own role words find none (PETRARCH's agents,
     *               {@link RoleLexicon#agents()}): "farmers" are {@code AGR}, "gangster" {@code CRM}; only as the
     *               phrase's last word, its head ("Buddhist monks", not the "Islamic" of "Islamic Consultative
     *               Assembly")
     * @param base   the actor base, for the country of a city or region ("Shanghai police")
     */
    TitleReader(Document doc, DependencyTree tree, ReferenceData data, RoleLexicon agents, ActorBase base) {
        this.doc = doc;
        this.tree = tree;
        this.data = data;
        this.agents = agents;
        this.base = base;
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
        Country attachedCountry = null;
        Institution institution = null;
        boolean former = false;
        List<Token> titleTokens = new ArrayList<>();
        List<Integer> ordered = own.stream().sorted().toList();
        Set<Integer> inPhrase = new HashSet<>(phrase);
        for (int i = 0; i < ordered.size(); i++) {
            Token t = tree.token(ordered.get(i));
            if (isAttached(ordered.get(i), inPhrase)) {
                if (attachedCountry == null) {
                    attachedCountry = countryAt(t).orElse(null);
                }
                continue;
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (SKIPPED_POS.contains(t.pos()) || t.text().equals("-")) {
                continue;
            }
            if (FORMER.contains(lower)) {
                former = true;
                continue;
            }
            if (t.ner().equals("PERSON")) {
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
            titleTokens.add(t);
        }
        List<String> lemmas = titleTokens.stream().map(this::lemma).toList();
        RoleLexicon.Match match = data.roles().longestIn(lemmas)
                .or(() -> agents.longestIn(lemmas).filter(m -> m.end() == lemmas.size())).orElse(null);
        String title = match == null ? "" : written(titleTokens);
        Span span = phrase.isEmpty() ? null : new Span(tree.token(phrase.get(0)).span().start(),
                tree.token(phrase.get(phrase.size() - 1)).span().end());
        return new TitleReading(title, match == null ? null : match.word(), country, attachedCountry, institution,
                former, possessor, span);
    }

    /**
     * True for a token inside a prepositional attachment of the phrase ("to Poland" in "Russia's ambassador to
     * Poland"): such words say where or to whom, not whose the title is.
     */
    private boolean isAttached(int token, Set<Integer> phrase) {
        int t = token;
        for (int steps = 0; steps < 20 && phrase.contains(t) && phrase.contains(tree.governor(t)); steps++) {
            String rel = tree.relation(t);
            if (rel.equals("case") || (tree.baseRelation(t).equals("nmod") && !rel.equals("nmod:poss"))
                    || tree.baseRelation(t).equals("obl") || tree.baseRelation(t).equals("acl")) {
                return true;
            }
            t = tree.governor(t);
        }
        return false;
    }

    /** The lemma, singular for plural proper nouns the tagger leaves alone ("Soldiers"). */
    private String lemma(Token t) {
        String l = t.lemma().toLowerCase(Locale.ROOT);
        if (!data.roles().isRole(l) && !agents.isRole(l) && l.endsWith("s")) {
            String singular = l.endsWith("ies") ? l.substring(0, l.length() - 3) + "y" : l.substring(0, l.length() - 1);
            if (data.roles().isRole(singular) || agents.isRole(singular)) {
                return singular;
            }
        }
        return l;
    }

    /**
     * The title as written, plural common nouns singular ("oil companies" to "oil company"), hyphens kept where they
     * join two title words ("Secretary-General").
     */
    private String written(List<Token> titleTokens) {
        StringBuilder out = new StringBuilder();
        Token previous = null;
        for (Token t : titleTokens) {
            if (previous != null) {
                boolean hyphenated = t.index() == previous.index() + 2
                        && tree.token(previous.index() + 1).text().equals("-");
                out.append(hyphenated ? "-" : " ");
            }
            out.append(t.pos().equals("NNS") ? t.lemma() : t.text());
            previous = t;
        }
        return out.toString();
    }

    Optional<Country> countryAt(Token t) {
        Optional<Entity> e = entityAt(t);
        if (e.isPresent() && e.get().type() == EntityType.COUNTRY) {
            return data.countries().byName(e.get().name());
        }
        if (t.ner().equals("NATIONALITY") || t.ner().equals("COUNTRY") || t.isProperNoun() || t.pos().startsWith("JJ")) {
            return data.countries().byAdjective(t.text()).or(() -> data.countries().byName(t.text()))
                    .or(() -> t.isProperNoun() ? data.countries().byCapital(t.text()) : Optional.empty())
                    .or(() -> t.isProperNoun() ? placeIn(t) : Optional.empty());
        }
        return Optional.empty();
    }

    /**
     * The country of a city or region the actor base lists under it ("Shanghai police", "Minsk police station"):
     * only a name the base codes as a bare country, so that a person or body is never read as a place.
     */
    private Optional<Country> placeIn(Token t) {
        String name = entityAt(t).filter(e -> e.type() == EntityType.LOCATION).map(Entity::name).orElse(t.text());
        return base.codeOn(name, null).filter(c -> c.hasCountry() && c.roles().isEmpty())
                .flatMap(c -> data.countries().byCode(c.country()));
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
