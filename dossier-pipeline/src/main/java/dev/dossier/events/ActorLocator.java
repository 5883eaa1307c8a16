package dev.dossier.events;

import dev.dossier.model.Actor;
import dev.dossier.model.ActorCode;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.EventActor;
import dev.dossier.model.Mention;
import dev.dossier.model.Span;
import dev.dossier.model.TextRef;
import dev.dossier.reference.Countries;
import dev.dossier.reference.Country;
import dev.dossier.reference.Leaders;
import dev.dossier.reference.RoleLexicon;
import dev.dossier.reference.RoleWord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the entity and actor code a token stands for: through the entity mentions of the ENTITIES layer, the parts of
 * a hyphenated name ("Trump-Putin"), and the coreference chain of the MENTIONS layer for descriptions and pronouns
 * the entity layer left unresolved. A person the actor layer left without a country is looked up among the office
 * holders of {@link Leaders} on the publication date ("Obama" in 2014 is {@code USAGOV}); a place it left uncoded
 * takes the country the {@link Gazetteer} puts it in ("Aleppo" is {@code SYR}) and stays a place. A group noun of
 * the role table that names no entity ("insurgents", "police", "protesters") is coded with its role and the country
 * of a country word that modifies it, directly or through an "of" or possessive phrase ("Georgian demonstrators" are
 * {@code GEOOPP}, "the mayor of the West Bank city of Nablus" {@code PSEGOV}), else with its role alone ("insurgents"
 * are {@code REB}): as in PETRARCH, the country of the sentence is not assumed to be theirs. A singular personal
 * pronoun ("he", "she") coreference left unresolved stands for the last coded, non-place actor before it in its
 * sentence or the one before. "They" is left alone (it as often means a group the text never codes) except as the
 * subject of a clause reported by a verb of saying, where it is that verb's coded organisation or country subject;
 * a reflexive ("themselves") is the coded subject of its own clause.
 */
final class ActorLocator {

    /**
     * A participant of an event.
     *
     * @param token   the token it was found at
     * @param entity  the entity
     * @param code    its actor code, or null when it has none
     * @param mention the text that names it here
     */
    record Side(int token, Entity entity, ActorCode code, TextRef mention) {
        Side {
            Objects.requireNonNull(mention, "mention");
            if (entity == null && code == null) {
                throw new IllegalArgumentException("A side needs an entity or an actor code");
            }
        }

        String country() {
            return code == null ? "" : code.country();
        }

        /** What makes two sides the same: the entity, or the code of a side named only by a country word. */
        String key() {
            return entity != null ? entity.id() : "code:" + code;
        }

        String name() {
            return entity != null ? entity.name() : mention.text();
        }

        boolean isPlace() {
            return entity != null && entity.type() == EntityType.LOCATION;
        }

        EventActor toEventActor() {
            return new EventActor(code, entity == null ? null : entity.id(), mention);
        }
    }

    private final ParseGraph graph;
    private final Countries countries;
    private final Leaders leaders;
    private final RoleLexicon roles;
    private final Gazetteer gazetteer;
    private final Set<String> speech;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");
    private static final Set<String> REFLEXIVES = Set.of("themselves", "itself", "himself", "herself");
    private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss", "nmod", "nmod:of", "nmod:in");
    /** Relations from a noun to the nouns that say whose or where it is: "of"- and possessive chains. */
    private static final Set<String> OWNERS = Set.of("nmod:of", "nmod:poss");
    private final Entity[] entityAt;
    private final Span[] mentionAt;
    private final Map<Integer, List<Entity>> entitiesByChain = new HashMap<>();
    private final Map<Integer, Mention> corefAt = new HashMap<>();
    private final List<Side>[] cache;

    /**
     * @param gazetteer the places whose country an uncoded place takes
     * @param speech    lemmas of verbs of saying, whose reported clause's "they" may be their subject
     */
    ActorLocator(ParseGraph graph, Countries countries, Leaders leaders, RoleLexicon roles, Gazetteer gazetteer,
                 Set<String> speech) {
        this.graph = graph;
        this.gazetteer = gazetteer;
        this.speech = Set.copyOf(speech);
        this.countries = countries;
        this.leaders = leaders;
        this.roles = roles;
        int n = graph.size();
        entityAt = new Entity[n];
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Side>[] sides = new List[n];
        cache = sides;
        mentionAt = new Span[n];
        for (Entity e : graph.doc().entities()) {
            for (EntityMention m : e.mentions()) {
                for (int t : graph.tokens(m.span())) {
                    if (mentionAt[t] == null || m.span().length() < mentionAt[t].length()) {
                        entityAt[t] = e;
                        mentionAt[t] = m.span();
                    }
                }
            }
        }
        for (Mention m : graph.doc().mentions()) {
            if (m.chain() < 0) {
                continue;
            }
            List<Integer> ts = graph.tokens(m.span());
            for (int t : ts) {
                corefAt.putIfAbsent(t, m);
            }
            for (int t : ts) {
                if (entityAt[t] != null) {
                    List<Entity> list = entitiesByChain.computeIfAbsent(m.chain(), k -> new ArrayList<>());
                    if (!list.contains(entityAt[t])) {
                        list.add(entityAt[t]);
                    }
                    break;
                }
            }
        }
    }

    /** The participants a token names: one, several for a hyphenated pair, or none. */
    List<Side> at(int t) {
        List<Side> known = cache[t];
        if (known == null) {
            known = List.copyOf(find(t));
            cache[t] = known;
        }
        return known;
    }

    private List<Side> find(int t) {
        List<Side> direct = direct(t);
        if (direct.size() == 1 && (direct.getFirst().code() == null || !direct.getFirst().code().hasCountry())) {
            Side d = direct.getFirst();
            if (d.entity() == null || d.entity().type() != EntityType.LOCATION) {
                Optional<ActorCode> group = groupCode(t);
                if (group.isPresent()) {
                    return List.of(new Side(t, d.entity(), group.get(), d.mention()));
                }
            }
        }
        if (!direct.isEmpty()) {
            return direct;
        }
        Optional<ActorCode> group = groupCode(t);
        if (group.isPresent()) {
            return List.of(new Side(t, null, group.get(), TextRef.of(graph.doc().text(), graph.token(t).span())));
        }
        return pronoun(t).map(List::of).orElse(List.of());
    }

    /** A participant named at the token itself: an entity, a coreferent entity or a country word. */
    private List<Side> direct(int t) {
        String text = graph.token(t).text();
        if (text.indexOf('-') > 0 && (entityAt[t] == null || mentionAt[t].length() <= text.length())) {
            List<Side> parts = hyphenParts(t, text);
            if (parts.size() > 1) {
                return parts;
            }
        }
        if (entityAt[t] != null) {
            return List.of(side(t, entityAt[t], mentionAt[t]));
        }
        Mention m = corefAt.get(t);
        if (m != null && graph.head(m.span()) == t) {
            List<Entity> chain = entitiesByChain.getOrDefault(m.chain(), List.of());
            if (!chain.isEmpty()) {
                return List.of(side(t, chain.getFirst(), m.span()));
            }
        }
        return countryWord(t);
    }

    /**
     * A country named by a word the entity layer left out ("US and Russian officials"): coded from the reference
     * country table, and joined to the article's entity for that country when there is one.
     */
    private List<Side> countryWord(int t) {
        var token = graph.token(t);
        if (!(token.isProperNoun() || token.pos().equals("JJ")) || !Character.isUpperCase(token.text().charAt(0))) {
            return List.of();
        }
        Optional<Country> c = countries.byAdjective(token.text()).or(() -> countries.byName(token.text()));
        if (c.isEmpty()) {
            return List.of();
        }
        ActorCode code = ActorCode.country(c.get().code());
        Entity known = null;
        for (Actor a : graph.doc().actors()) {
            if (a.code().equals(code)) {
                known = graph.doc().entity(a.entityId()).orElse(null);
                break;
            }
        }
        return List.of(new Side(t, known, code, TextRef.of(graph.doc().text(), token.span())));
    }

    /**
     * The code of a group noun of the role table ("insurgents", "police"): the country of a country word that modifies
     * it, or modifies a noun of its "of" or possessive phrase ("opponents of Rwanda's Senate"), and its role, else its
     * role alone; empty when the token is no such noun or only qualifies another noun ("media reports", "police
     * station").
     */
    private Optional<ActorCode> groupCode(int t) {
        var token = graph.token(t);
        if (!(token.pos().equals("NN") || token.pos().equals("NNS")) || graph.relation(t).equals("compound")
                || titlesAPerson(t)) {
            return Optional.empty();
        }
        String lemma = graph.lemma(t).toLowerCase(java.util.Locale.ROOT);
        Optional<RoleWord> role = Optional.empty();
        for (int d : graph.dependents(t, "compound")) {
            if (d == t - 1) {
                role = roles.word(graph.lemma(d).toLowerCase(java.util.Locale.ROOT) + " " + lemma);
            }
        }
        if (role.isEmpty()) {
            role = roles.word(lemma);
        }
        if (role.isEmpty() || role.get().samePostAsPossessor() || role.get().code().equals("-")) {
            return Optional.empty();
        }
        String roleCode = role.get().code();
        Optional<String> country = modifyingCountry(t);
        if (country.isEmpty()) {
            for (int d : graph.dependents(t)) {
                if (OWNERS.contains(graph.relation(d))) {
                    country = modifyingCountry(d);
                    if (country.isPresent()) {
                        break;
                    }
                }
            }
        }
        return Optional.of(country.map(c -> ActorCode.of(c, roleCode)).orElse(ActorCode.rolesOnly(roleCode)));
    }

    /**
     * The country of a country word, coded entity or known place that modifies the noun directly; for a role noun one
     * level deeper ("the mayor of the West Bank city of Nablus") see {@link #groupCode}.
     */
    private Optional<String> modifyingCountry(int t) {
        for (int d : graph.dependents(t)) {
            if (MODIFIERS.contains(graph.relation(d))) {
                for (Side s : direct(d)) {
                    if (s.code() != null && s.code().hasCountry()) {
                        return Optional.of(s.country());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True when the noun is a title of a named person rather than a group: it stands beside a person's name
     * ("Secretary-General Antonio Guterres", "the general, Ivan Petrov").
     */
    private boolean titlesAPerson(int t) {
        int g = graph.governor(t);
        if (g >= 0 && isPersonName(g)) {
            return true;
        }
        return graph.hasDependent(t, d -> isPersonName(d)
                && (graph.base(d).equals("appos") || graph.base(d).equals("flat") || graph.base(d).equals("compound")));
    }

    /** True when the token lies in a name mention of a person entity. */
    private boolean isPersonName(int t) {
        Span span = graph.token(t).span();
        return graph.doc().entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .flatMap(e -> e.mentions().stream())
                .anyMatch(m -> m.kind() == dev.dossier.model.MentionKind.NAME && m.span().contains(span));
    }

    /**
     * An unresolved personal pronoun: a reflexive is the coded subject of its clause ("Iraq had attacked itself"); a
     * "they" subject of a clause reported by a verb of saying is the coded organisation or country that says it ("the
     * ministry claimed that they had..."); a singular one is the last coded actor before it in its sentence or the one
     * before.
     */
    private Optional<Side> pronoun(int t) {
        var token = graph.token(t);
        String word = token.text().toLowerCase(java.util.Locale.ROOT);
        if (!token.pos().equals("PRP")) {
            return Optional.empty();
        }
        if (REFLEXIVES.contains(word)) {
            return reflexive(t);
        }
        if (PLURAL_PRONOUNS.contains(word)) {
            return reportingSpeaker(t);
        }
        if (!PRONOUNS.contains(word)) {
            return Optional.empty();
        }
        for (int i = t - 1; i >= 0 && graph.token(i).sentence() >= token.sentence() - 1; i--) {
            for (Side s : at(i)) {
                if (s.code() != null && s.code().hasCountry() && !s.isPlace()) {
                    return Optional.of(new Side(t, s.entity(), s.code(), TextRef.of(graph.doc().text(), token.span())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A reflexive pronoun object ("attacked themselves", "voted for itself"): the coded active subject of its clause.
     * An emphatic one ("released by Putin himself") is left to coreference.
     */
    private Optional<Side> reflexive(int t) {
        int clause = graph.governor(t);
        String rel = graph.relation(t);
        boolean object = rel.equals("obj") || rel.equals("iobj")
                || (graph.base(t).equals("obl") && !graph.dependents(t, "case").isEmpty());
        if (clause < 0 || !object) {
            return Optional.empty();
        }
        for (int subject : graph.dependents(clause)) {
            if (!graph.relation(subject).equals("nsubj")) {
                continue;
            }
            for (Side s : at(subject)) {
                if (s.code() != null && !s.isPlace()) {
                    return Optional.of(as(t, s));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A plural pronoun subject of a clause reported by a verb of saying: the organisation, country or group noun
     * that is the subject of that verb ("The US claimed that they had attacked Iraq").
     */
    private Optional<Side> reportingSpeaker(int t) {
        int clause = graph.governor(t);
        if (clause < 0 || !graph.base(t).equals("nsubj") || !graph.relation(clause).equals("ccomp")) {
            return Optional.empty();
        }
        int verb = graph.governor(clause);
        if (verb < 0 || !speech.contains(graph.lemma(verb)) || pluralNounBefore(t)) {
            return Optional.empty();
        }
        for (int subject : graph.dependents(verb, "nsubj")) {
            for (Side s : at(subject)) {
                boolean group = s.entity() == null || s.entity().type() == EntityType.ORGANIZATION
                        || s.entity().type() == EntityType.COUNTRY;
                if (s.code() != null && group && !s.isPlace()) {
                    return Optional.of(as(t, s));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True when an uncoded plural noun is a subject or object earlier in the pronoun's sentence: the likelier thing
     * "they" means ("the understandings are still relevant since Washington never stated that they are no longer
     * valid").
     */
    private boolean pluralNounBefore(int t) {
        int sentence = graph.token(t).sentence();
        for (int i = t - 1; i >= 0 && graph.token(i).sentence() == sentence; i--) {
            String pos = graph.token(i).pos();
            String rel = graph.base(i);
            if ((pos.equals("NNS") || pos.equals("NNPS")) && (rel.equals("nsubj") || rel.equals("obj"))
                    && at(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The side {@code s} named at the token {@code t}. */
    private Side as(int t, Side s) {
        return new Side(t, s.entity(), s.code(), TextRef.of(graph.doc().text(), graph.token(t).span()));
    }

    /** Whether any participant lies at the token. */
    boolean isActor(int t) {
        return !at(t).isEmpty();
    }

    private List<Side> hyphenParts(int t, String text) {
        List<Side> out = new ArrayList<>();
        int start = graph.token(t).span().start();
        int offset = 0;
        for (String part : text.split("-")) {
            int partStart = start + offset;
            offset += part.length() + 1;
            if (part.isEmpty()) {
                continue;
            }
            findByName(part).ifPresent(e -> out.add(side(t, e, new Span(partStart, partStart + part.length()))));
        }
        return out;
    }

    private Optional<Entity> findByName(String name) {
        for (Entity e : graph.doc().entities()) {
            if (e.name().equals(name) || e.name().endsWith(" " + name)
                    || e.mentions().stream().anyMatch(m -> m.text().equals(name))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private Side side(int t, Entity e, Span span) {
        ActorCode code = graph.doc().actorOf(e.id()).map(Actor::code).orElse(null);
        TextRef mention = TextRef.of(graph.doc().text(), span);
        LocalDate day = graph.doc().article().published();
        if ((code == null || !code.hasCountry()) && e.type() == EntityType.PERSON && day != null) {
            code = leaders.codeOn(e.name(), day).orElse(code);
        }
        if (code == null && e.type() == EntityType.LOCATION) {
            code = gazetteer.find(e.name()).or(() -> gazetteer.find(mention.text()))
                    .map(place -> ActorCode.country(place.country())).orElse(null);
        }
        return new Side(t, e, code, mention);
    }

    /**
     * The nearest actor before token {@code t}, within {@code sentences} sentences back, whose country differs from
     * {@code otherThan}: the partner a text leaves implicit ("ready to resume contacts").
     */
    Optional<Side> nearestBefore(int t, String otherThan, int sentences) {
        int firstSentence = graph.token(t).sentence() - sentences;
        for (int i = t - 1; i >= 0 && graph.token(i).sentence() >= firstSentence; i--) {
            for (Side s : at(i)) {
                if (s.code() != null && s.code().hasCountry() && !s.country().equals(otherThan) && !s.isPlace()) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }
}
