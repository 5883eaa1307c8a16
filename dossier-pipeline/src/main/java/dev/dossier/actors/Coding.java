package dev.dossier.actors;

import dev.dossier.entities.DependencyTree;
import dev.dossier.model.Actor;
import dev.dossier.model.ActorCode;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import dev.dossier.reference.ActorBase;
import dev.dossier.reference.Country;
import dev.dossier.reference.Institution;
import dev.dossier.reference.Leaders;
import dev.dossier.reference.ReferenceData;
import dev.dossier.reference.RoleLexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The work of {@link ActorCoder} on one document: mutable, used once, never shared. */
final class Coding {

    /**
     * An entity's code with what later entities may inherit from it.
     *
     * @param code      the actor code
     * @param role      the role in words ("President of Russia")
     * @param title     the bare title ("President"), for counterparts
     * @param roleCode  the title's role code ("GOV")
     * @param country   the country, or null
     * @param evidence  the phrase read, or null
     */
    record Coded(ActorCode code, String role, String title, String roleCode, Country country, Span evidence) {
    }

    /**
     * Kinds of institution every country has one of, so that the table's country is only the default ("the
     * Democratic Party" is American, "South Korea's Democratic Party" is not).
     */
    private static final Set<String> NATIONAL_KINDS = Set.of("government", "military", "legislature", "judiciary",
            "intelligence", "police", "party");
    private static final Set<String> COUNTRY_MODIFIERS = Set.of("nmod:poss", "amod", "compound");

    private final Document doc;
    private final DependencyTree tree;
    private final ReferenceData data;
    private final List<TitleFinder> finders;
    private final TitleReader reader;
    private final Map<String, Optional<Coded>> done = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private final Leaders leaders;
    private final ActorBase base;
    private final Map<String, Country> respectively;

    Coding(Document doc, ReferenceData data, List<TitleFinder> finders, Leaders leaders, ActorBase base) {
        this.doc = doc;
        this.leaders = leaders;
        this.base = base;
        this.tree = DependencyTree.of(doc);
        this.data = data;
        this.finders = finders;
        this.reader = new TitleReader(doc, tree, data, RoleLexicon.agents(), base);
        this.respectively = respectively();
    }

    /**
     * Names and countries paired by "respectively" ("Lavrov, Wang and Blinken, of Russia, China and the United
     * States respectively"): in a sentence with the word, a run of two or more people or organisations and a run of
     * as many countries, one wholly before the other, pair in order. The entity's country is then the paired one,
     * whatever the text's title or the tables say; nothing is paired when the counts differ or the runs interleave.
     */
    private Map<String, Country> respectively() {
        Map<String, Country> out = new HashMap<>();
        for (Token t : doc.tokens()) {
            if (!t.text().equalsIgnoreCase("respectively")) {
                continue;
            }
            int sentence = t.sentence();
            List<Map.Entry<Integer, Entity>> names = new ArrayList<>();
            List<Map.Entry<Integer, Country>> countries = new ArrayList<>();
            for (Entity e : doc.entities()) {
                for (EntityMention m : e.mentions()) {
                    List<Token> ts = doc.tokensIn(m.span());
                    if (m.kind() != MentionKind.NAME || ts.isEmpty() || ts.get(0).sentence() != sentence) {
                        continue;
                    }
                    if (e.type() == EntityType.COUNTRY) {
                        data.countries().byName(e.name())
                                .ifPresent(c -> countries.add(Map.entry(m.span().start(), c)));
                    } else if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
                        names.add(Map.entry(m.span().start(), e));
                    }
                }
            }
            names.sort(Map.Entry.comparingByKey());
            countries.sort(Map.Entry.comparingByKey());
            if (names.size() < 2 || names.size() != countries.size()
                    || names.stream().map(Map.Entry::getValue).distinct().count() != names.size()) {
                continue;
            }
            boolean namesFirst = names.getLast().getKey() < countries.getFirst().getKey();
            boolean countriesFirst = countries.getLast().getKey() < names.getFirst().getKey();
            if (!namesFirst && !countriesFirst) {
                continue;
            }
            for (int i = 0; i < names.size(); i++) {
                out.put(names.get(i).getValue().id(), countries.get(i).getValue());
            }
        }
        return out;
    }

    /** A coding moved to another country: the role stays, the country is the given one. */
    private static Coded inCountry(Coded c, Country country) {
        String role = c.title().isEmpty() ? c.role() : c.title() + of(country);
        return new Coded(new ActorCode(country.code(), c.code().roles()), role, c.title(), c.roleCode(), country,
                c.evidence());
    }

    List<Actor> run() {
        List<Actor> out = new ArrayList<>();
        for (Entity e : doc.entities()) {
            code(e).ifPresent(c -> out.add(new Actor(e.id(), c.code(), c.role(), c.evidence())));
        }
        return out;
    }

    private Optional<Coded> code(Entity e) {
        Optional<Coded> known = done.get(e.id());
        if (known != null) {
            return known;
        }
        if (!inProgress.add(e.id())) {
            return Optional.empty();
        }
        Optional<Coded> result = switch (e.type()) {
            case COUNTRY -> data.countries().byName(e.name())
                    .map(c -> new Coded(ActorCode.country(c.code()), "", "", "", c, null));
            case LOCATION -> Optional.empty();
            default -> data.institutions().byName(e.name()).filter(i -> i.name().equals(e.name()))
                    .map(i -> fromInstitution(dated(i), countryModifying(e)))
                    .or(() -> fromText(e, bestReading(e)));
        };
        if (e.type() != EntityType.COUNTRY && e.type() != EntityType.LOCATION) {
            Country paired = respectively.get(e.id());
            result = paired != null ? result.map(c -> inCountry(c, paired)).or(() -> Optional.of(
                    new Coded(ActorCode.country(paired.code()), "", "", "", paired, null)))
                    : withKnown(result, known(e));
        }
        inProgress.remove(e.id());
        done.put(e.id(), result);
        return result;
    }

    /**
     * What the dated tables say an entity's name stands for on the publication date: our own table ({@link Leaders}:
     * "Obama" in 2014 is {@code USAGOV}, in 2018 {@code USAELI}; the Taliban are {@code AFGREB} in 2019 and
     * {@code AFGGOV} in 2022; a surname alone is read for people only) before the actor base derived from PETRARCH's
     * dictionaries ({@link ActorBase}: "Boko Haram" is {@code NGAREB}). Each of the entity's names is tried, the
     * canonical one first.
     */
    private Optional<Coded> known(Entity e) {
        List<String> names = new ArrayList<>();
        names.add(e.name());
        e.mentions().stream().filter(m -> m.kind() == MentionKind.NAME).map(EntityMention::text)
                .filter(n -> !names.contains(n)).forEach(names::add);
        for (String name : names) {
            Optional<Coded> known = knownName(name, e.type() == EntityType.PERSON);
            if (known.isPresent()) {
                return known;
            }
        }
        return Optional.empty();
    }

    /**
     * The text's reading completed by the dated tables: the text wins where it gives a country and a role; a role
     * the text gives without a country keeps the text's role and takes the tables' country ("the minister Diego
     * Molano"); a country the text gives without a role takes the tables' role when they agree on the country.
     */
    private static Optional<Coded> withKnown(Optional<Coded> fromText, Optional<Coded> known) {
        if (known.isEmpty() || fromText.isEmpty()) {
            return fromText.isPresent() ? fromText : known;
        }
        Coded t = fromText.get();
        Coded k = known.get();
        boolean textCountry = t.code().hasCountry();
        boolean textRole = !t.roleCode().isEmpty();
        if (textCountry && textRole) {
            return fromText;
        }
        if (!textCountry) {
            if (!k.code().hasCountry()) {
                return fromText;
            }
            return Optional.of(new Coded(new ActorCode(k.code().country(), t.code().roles()),
                    t.role().isEmpty() ? k.role() : t.role() + of(k.country()), t.title(), t.roleCode(), k.country(),
                    t.evidence()));
        }
        if (k.code().country().equals(t.code().country()) && !k.code().roles().isEmpty()) {
            return Optional.of(new Coded(k.code(), t.role().isEmpty() ? k.role() : t.role(), t.title(),
                    k.roleCode(), t.country(), t.evidence()));
        }
        return fromText;
    }

    /**
     * An institution of the table with the code our dated table gives its name on the publication date: the Taliban
     * are {@code AFGREB} before 15 August 2021 and {@code AFGGOV} after it.
     */
    private Institution dated(Institution i) {
        return leaders.codeOn(i.name(), doc.article().published(), false).filter(c -> !c.roles().isEmpty())
                .map(c -> new Institution(i.name(), i.otherNames(), c, i.kind(), i.description())).orElse(i);
    }

    /**
     * The country of an institution's code; a bloc or organisation code that is no ISO country ({@code EUR},
     * {@code UNO}, {@code IGO}) stands for the institution itself.
     */
    private Country countryOf(Institution i) {
        String code = i.code().country();
        if (code.isEmpty()) {
            return null;
        }
        return data.countries().byCode(code).orElseGet(() -> new Country(code, i.name(),
                !i.name().startsWith("The ") && !i.name().equals(i.name().toUpperCase(java.util.Locale.ROOT)),
                List.of(), List.of(), List.of()));
    }

    /**
     * An institution of the table; a national body that another country's name modifies is that country's body of
     * the same kind: the table's "Senate" is the US Senate, but "Rwanda's Senate", "the Brazilian Congress" and "the
     * Supreme Court of Kenya" are not. International organisations, companies, media and armed groups keep the
     * table's country ("Qatar's Al Jazeera" is still Qatari, "Iran's Hezbollah" still Lebanese).
     */
    private Coded fromInstitution(Institution i, Country modifier) {
        Country country = countryOf(i);
        if (modifier != null && NATIONAL_KINDS.contains(i.kind()) && country != null
                && !modifier.code().equals(country.code())) {
            ActorCode code = new ActorCode(modifier.code(), i.code().roles());
            return new Coded(code, i.name() + of(modifier), "", code.primaryRole(), modifier, null);
        }
        return new Coded(i.code(), i.description(), "", i.code().primaryRole(), country, null);
    }

    /**
     * The country a name of the entity is modified by: a possessor ("Rwanda's Senate"), an adjective or compound
     * ("the Brazilian Congress", "the US Senate") or an of-phrase ("the Senate of Rwanda"); null when none is.
     */
    private Country countryModifying(Entity e) {
        for (EntityMention m : e.mentions()) {
            List<Token> ts = doc.tokensIn(m.span());
            if (m.kind() != MentionKind.NAME || ts.isEmpty()) {
                continue;
            }
            Set<Integer> name = new HashSet<>();
            ts.forEach(t -> name.add(t.index()));
            for (int d : tree.dependents(headOf(ts))) {
                String rel = tree.relation(d);
                boolean modifies = COUNTRY_MODIFIERS.contains(rel)
                        || rel.equals("nmod:of") || (rel.equals("nmod") && tree.hasCase(d, Set.of("of")));
                if (modifies && !name.contains(d)) {
                    Optional<Country> c = reader.countryAt(tree.token(d));
                    if (c.isPresent()) {
                        return c.get();
                    }
                }
            }
        }
        return null;
    }

    /** The reading of the mention whose title phrase says most; the country may come from another mention. */
    private TitleReading bestReading(Entity e) {
        TitleReading best = null;
        Country anyCountry = null;
        for (EntityMention m : e.mentions()) {
            if (m.kind() != MentionKind.NAME) {
                continue;
            }
            List<Token> ts = doc.tokensIn(m.span());
            if (ts.isEmpty()) {
                continue;
            }
            Set<Integer> name = new HashSet<>();
            ts.forEach(t -> name.add(t.index()));
            int head = headOf(ts);
            Set<Integer> phrase = new LinkedHashSet<>();
            for (TitleFinder f : finders) {
                phrase.addAll(f.find(tree, head, name));
                if (!phrase.isEmpty()) {
                    break;
                }
            }
            if (phrase.isEmpty()) {
                continue;
            }
            TitleReading r = reader.read(phrase.stream().sorted().toList());
            anyCountry = anyCountry == null ? r.country() : anyCountry;
            if (best == null || r.weight() > best.weight()) {
                best = r;
            }
        }
        if (best != null && best.country() == null && anyCountry != null) {
            best = new TitleReading(best.title(), best.role(), anyCountry, best.attachedCountry(), best.institution(),
                    best.former(), best.possessor(), best.span());
        }
        if (e.type() == EntityType.ORGANIZATION && (best == null || best.role() == null)) {
            best = withOwnName(e, best);
        }
        return best;
    }

    /**
     * An organisation whose name holds its role ("Northern Fleet", "Institutional Revolutionary Party", "Syrian
     * Democratic Forces") takes the role, and a country, from its own name.
     */
    private TitleReading withOwnName(Entity e, TitleReading best) {
        for (EntityMention m : e.mentions()) {
            if (m.kind() != MentionKind.NAME) {
                continue;
            }
            TitleReading own = reader.read(doc.tokensIn(m.span()).stream().map(Token::index).toList());
            if (own.role() != null || own.country() != null) {
                if (best == null) {
                    return own;
                }
                return new TitleReading(own.role() != null ? own.title() : best.title(),
                        own.role() != null ? own.role() : best.role(),
                        best.country() != null ? best.country() : own.country(), best.attachedCountry(),
                        best.institution(), best.former(), best.possessor(), best.span());
            }
        }
        return best;
    }

    /** The token of a name whose governor lies outside it. */
    private int headOf(List<Token> ts) {
        Set<Integer> inside = new HashSet<>();
        ts.forEach(t -> inside.add(t.index()));
        for (Token t : ts) {
            if (!inside.contains(tree.governor(t.index()))) {
                return t.index();
            }
        }
        return ts.get(ts.size() - 1).index();
    }

    /**
     * The code of a phrase that names no entity ("Russian officials", "two Chinese warplanes"), read from its own
     * words like a title.
     */
    Optional<Coded> codePhrase(List<Integer> tokens) {
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        return withKnown(fromText(null, reader.read(tokens)), knownName(doc.text(new Span(
                tree.token(tokens.getFirst()).span().start(), tree.token(tokens.getLast()).span().end())), false));
    }

    /**
     * What the dated tables say a name stands for on the publication date, with our own table first; a surname
     * alone is read only for people.
     */
    private Optional<Coded> knownName(String name, boolean person) {
        LocalDate day = doc.article().published();
        return leaders.codeOn(name, day, person).or(() -> base.codeOn(name, day)).map(c -> {
            Country country = data.countries().byCode(c.country()).orElse(null);
            String what = person ? "office holder" : "";
            return new Coded(c, country == null || what.isEmpty() ? what : what + of(country), "", c.primaryRole(),
                    country, null);
        });
    }

    /** The code of an entity of the document, computed once. */
    Optional<Coded> codeOf(Entity e) {
        return code(e);
    }

    private Optional<Coded> fromText(Entity e, TitleReading r) {
        if (r == null) {
            return Optional.empty();
        }
        Country country = r.country();
        Entity owner = r.possessor() >= 0 ? reader.entityAt(tree.token(r.possessor())).filter(p -> p != e).orElse(null)
                : null;
        Coded over = owner == null ? null : code(owner).orElse(null);
        if (owner != null && owner.type() == EntityType.COUNTRY) {
            country = country == null && over != null ? over.country() : country;
            owner = null;
            over = null;
        }
        if (country == null && r.institution() != null) {
            country = countryOf(r.institution());
        }
        if (country == null) {
            country = r.attachedCountry();
        }
        String title = r.title();
        String roleCode = r.role() == null ? "" : r.role().code();
        String role;
        if (r.role() != null && r.role().samePostAsPossessor() && over != null) {
            title = over.title();
            roleCode = over.roleCode();
            country = country == null ? over.country() : country;
            role = title.isEmpty() ? "counterpart of " + owner.name() : title + of(country);
        } else if (owner != null && !title.isEmpty()) {
            country = country == null && over != null ? over.country() : country;
            String whose = over == null || over.role().isEmpty() ? owner.name() : "the " + over.role();
            role = title + " " + r.role().link() + " " + whose;
        } else if (r.institution() != null && !title.isEmpty()) {
            role = title + " " + r.role().link() + " " + r.institution().nameInText();
            if (roleCode.isEmpty()) {
                roleCode = r.institution().code().primaryRole();
            }
        } else {
            role = title.isEmpty() ? "" : title + of(country);
        }
        if (r.former() && !role.isEmpty()) {
            role = "former " + role;
            roleCode = roleCode.isEmpty() ? "" : "ELI";
        }
        if (country == null && roleCode.isEmpty()) {
            return Optional.empty();
        }
        ActorCode code = new ActorCode(country == null ? "" : country.code(), roleCode);
        return Optional.of(new Coded(code, role, title, roleCode, country, r.span()));
    }

    private static String of(Country country) {
        return country == null ? "" : " of " + country.nameInText();
    }
}
