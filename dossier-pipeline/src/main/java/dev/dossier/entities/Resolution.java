package dev.dossier.entities;

import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import dev.dossier.reference.Country;
import dev.dossier.reference.Institution;
import dev.dossier.reference.ReferenceData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The work of {@link EntityResolver} on one document: mutable, used once, never shared. */
final class Resolution {

    private static final Set<String> MASCULINE_FEMININE = Set.of("he", "him", "his", "himself", "she", "her", "hers",
            "herself");
    private static final Set<String> NEUTER = Set.of("it", "its", "itself");
    private static final Set<String> NAME_NOISE = Set.of("'s", "\u2019s", "'", "\u2019", "former", "ex", "late",
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.");

    /** Key prefix of entities known only by their written name, which the longest name then stands for. */
    private static final String NAMED = "named:";

    private final Document doc;
    private final DependencyTree tree;
    private final ReferenceData data;
    private final EntityResolver.Options options;
    private final Map<String, Cluster> byKey = new LinkedHashMap<>();
    private final Map<Integer, Cluster> clusterOfMention = new HashMap<>();
    /** Mentions read as something other than an entity (titles) or split into parts (hyphenated names). */
    private final Set<Integer> consumed = new HashSet<>();
    private final DescriptionLinker descriptions;
    /** Countries the article names or qualifies ("Russia", "Russian"), not counting capitals. */
    private final Set<String> namedCountries = new HashSet<>();

    Resolution(Document doc, ReferenceData data, EntityResolver.Options options) {
        this.doc = doc;
        this.tree = DependencyTree.of(doc);
        this.data = data;
        this.options = options;
        this.descriptions = new DescriptionLinker(doc, tree, data.roles(), options.maxDescriptionDistance());
        for (Mention m : doc.mentions()) {
            data.countries().byName(m.text()).or(() -> data.countries().byAdjective(m.text()))
                    .ifPresent(c -> namedCountries.add(c.code()));
        }
    }

    List<Entity> run() {
        markWrappers();
        List<Mention> later = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            if (isName(m) && !consumed.contains(m.id())) {
                classify(m, later);
            }
        }
        for (Mention m : later) {
            attachAfterPeople(m);
        }
        addInstitutionsTheTaggerMissed();
        for (Cluster c : byKey.values()) {
            if (c.type == EntityType.PERSON) {
                descriptions.collectDescriptors(c);
            }
        }
        linkChains();
        linkLonePronouns();
        descriptions.linkStandaloneDescriptions(people(), covered());
        List<Cluster> kept = byKey.values().stream().filter(Cluster::hasName)
                .sorted(Comparator.comparingInt(Cluster::firstStart)).toList();
        List<Entity> out = new ArrayList<>();
        for (Cluster c : kept) {
            out.add(c.toEntity("e" + (out.size() + 1)));
        }
        return out;
    }

    /**
     * A name is a named mention, or an adjective of nationality however the mention is kinded ("Russian" is an
     * adjective, not a proper noun, but names Russia).
     */
    private boolean isName(Mention m) {
        boolean named = m.kind() == MentionKind.NAME || m.type() == EntityType.NATIONALITY && m.kind() == MentionKind.NOMINAL;
        return named && !allPronouns(m);
    }

    /**
     * Coreference mentions that wrap a name with the same head ("President Putin's aide Yury Ushakov" around "Yury
     * Ushakov", "Washington's" around "Washington") are not names of their own: the inner name carries the entity.
     */
    private void markWrappers() {
        List<Mention> all = doc.mentions();
        for (Mention m : all) {
            for (Mention n : all) {
                if (n != m && n.kind() == MentionKind.NAME && m.span().contains(n.span())
                        && m.span().length() > n.span().length() && (n.head() == m.head()
                        || n.span().contains(tree.token(m.head()).span()) || onlyFunctionWordsAround(m, n))) {
                    consumed.add(m.id());
                    break;
                }
            }
        }
    }

    /** True when the tokens of {@code outer} outside {@code inner} are determiners, possessive marks or punctuation. */
    private boolean onlyFunctionWordsAround(Mention outer, Mention inner) {
        return doc.tokensIn(outer.span()).stream().filter(t -> !inner.span().overlaps(t.span()))
                .allMatch(t -> t.pos().equals("POS") || t.pos().equals("DT") || !Character.isLetterOrDigit(t.text().charAt(0)));
    }

    private boolean allPronouns(Mention m) {
        List<Token> ts = doc.tokensIn(m.span());
        return !ts.isEmpty() && ts.stream().allMatch(Token::isPronoun);
    }

    private void classify(Mention m, List<Mention> later) {
        List<Token> ts = doc.tokensIn(m.span());
        String text = m.text();
        if (isTitle(m, ts)) {
            consumed.add(m.id());
            return;
        }
        Optional<Institution> inst = data.institutions().byName(text);
        if (inst.isPresent() && m.type() != EntityType.PERSON && !ofAnotherCountry(m, inst.get())) {
            add(m, institutionCluster(inst.get()), MentionKind.NAME);
            return;
        }
        if (m.type() == EntityType.PERSON && !mistaggedPlace(m, ts)) {
            person(m, ts);
            return;
        }
        if (ts.size() == 1 && ts.get(0).isProperNoun() && !tree.relation(m.head()).equals("amod")
                && matchPerson(List.of(text), m.span().start()) != null) {
            add(m, matchPerson(List.of(text), m.span().start()), MentionKind.NAME);
            return;
        }
        Optional<Country> country = data.countries().byName(text);
        if (country.isEmpty() && m.type() == EntityType.NATIONALITY) {
            country = data.countries().byAdjective(text);
            if (country.isEmpty()) {
                add(m, cluster("nationality:" + text, EntityType.NATIONALITY, text), MentionKind.NAME);
                return;
            }
        }
        if (country.isEmpty() && (m.type() == EntityType.LOCATION || m.type() == EntityType.PERSON)
                && !isPlaceInContext(m)) {
            country = data.countries().byCapital(text).filter(c -> capitalActsForItsCountry(m, c));
        }
        if (country.isPresent()) {
            Country c = country.get();
            add(m, cluster("country:" + c.code(), EntityType.COUNTRY, c.name()), MentionKind.NAME);
            return;
        }
        later.add(m);
    }

    /**
     * True when the words before a generic institution name give it another country than the table's: "Chile's
     * Defense Department" is not the Pentagon.
     */
    private boolean ofAnotherCountry(Mention m, Institution inst) {
        for (int d : tree.dependents(m.head(), Set.of("nmod:poss", "amod", "compound"))) {
            Token t = tree.token(d);
            if (m.span().contains(t.span())) {
                continue;
            }
            Optional<Country> c = data.countries().byName(t.text()).or(() -> data.countries().byAdjective(t.text()))
                    .or(() -> data.countries().byCapital(t.text()));
            if (c.isPresent() && !c.get().code().equals(inst.code().country())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-word "person" that is a country or capital and no person's name ("Kyiv was ready", tagged PERSON):
     * read as the place it names.
     */
    private boolean mistaggedPlace(Mention m, List<Token> ts) {
        return ts.size() == 1 && matchPerson(List.of(ts.get(0).text()), m.span().start()) == null
                && (data.countries().byName(m.text()).isPresent() || data.countries().byCapital(m.text()).isPresent());
    }

    /**
     * A capital stands for its country when the article names that country elsewhere or when the capital itself
     * acts or is acted on ("Moscow said", "Washington's willingness", "praised Kyiv") or stands alone as a
     * headline or dateline; otherwise a town that shares a small country's capital's
     * name ("Nassau County police") stays a place.
     */
    private boolean capitalActsForItsCountry(Mention m, Country c) {
        if (namedCountries.contains(c.code())) {
            return true;
        }
        int head = m.head();
        for (int i = 0; i < 10 && tree.relation(head).equals("conj") && tree.governor(head) >= 0; i++) {
            head = tree.governor(head);
        }
        String rel = tree.relation(head);
        return rel.startsWith("nsubj") || rel.equals("nmod:poss") || rel.equals("obl:agent") || rel.equals("obj")
                || rel.equals("iobj") || rel.equals("root");
    }

    /** A capital written as a place ("a summit in Budapest") rather than for its government ("Moscow said"). */
    private boolean isPlaceInContext(Mention m) {
        return tree.hasCase(m.head(), options.locativePrepositions());
    }

    private boolean isTitle(Mention m, List<Token> ts) {
        if (ts.stream().allMatch(t -> t.ner().equals("TITLE"))) {
            return true;
        }
        if (m.type() != EntityType.MISC) {
            return false;
        }
        List<String> lemmas = ts.stream().map(t -> t.lemma().toLowerCase(Locale.ROOT)).toList();
        return data.roles().longestIn(lemmas).filter(x -> x.start() == 0 && x.end() == lemmas.size()).isPresent();
    }

    /** A person's name: merged with an earlier person whose name words include these, or the reverse. */
    private void person(Mention m, List<Token> ts) {
        List<Token> words = nameWords(ts);
        if (words.isEmpty()) {
            consumed.add(m.id());
            return;
        }
        List<String> w = words.stream().map(Token::text).toList();
        String name = doc.text().substring(words.get(0).span().start(), words.get(words.size() - 1).span().end());
        Cluster best = matchPerson(w, m.span().start());
        if (best == null) {
            best = cluster("person:" + name + "@" + m.span().start(), EntityType.PERSON, name, w);
        }
        best.offerName(name, w);
        add(m, best, MentionKind.NAME);
    }

    private Cluster matchPerson(List<String> words, int offset) {
        Cluster best = null;
        int bestRecency = -2;
        for (Cluster c : people()) {
            boolean match = c.nameWords().containsAll(words) || words.containsAll(c.nameWords());
            if (match && !conflicting(c.nameWords(), words)) {
                int recency = c.lastStartBefore(offset);
                if (recency > bestRecency) {
                    best = c;
                    bestRecency = recency;
                }
            }
        }
        return best;
    }

    /** "Joe Biden" and "Hunter Biden": same surname, different first names. */
    private static boolean conflicting(List<String> a, List<String> b) {
        return a.size() > 1 && b.size() > 1 && !a.get(0).equals(b.get(0));
    }

    /** The name words of a person mention, without titles, nationality words and possessive endings. */
    private List<Token> nameWords(List<Token> ts) {
        List<Token> out = new ArrayList<>();
        for (Token t : ts) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            boolean noise = NAME_NOISE.contains(lower) || t.ner().equals("TITLE") || t.isPronoun()
                    || (out.isEmpty() && (data.roles().isRole(t.lemma()) || data.countries().byAdjective(t.text()).isPresent()));
            if (!noise) {
                out.add(t);
            }
        }
        return out;
    }

    /** Non-person names that may be a person's surname ("the Trump doctrine", "the Trump-Putin summit"). */
    private void attachAfterPeople(Mention m) {
        List<Token> ts = doc.tokensIn(m.span());
        List<List<Token>> parts = splitOnHyphens(ts);
        if (parts.size() > 1) {
            boolean any = false;
            for (List<Token> part : parts) {
                List<String> words = part.stream().map(Token::text).toList();
                Cluster c = matchPerson(words, part.get(0).span().start());
                if (c != null) {
                    Span span = new Span(part.get(0).span().start(), part.get(part.size() - 1).span().end());
                    c.add(new EntityMention(span, doc.text(span), MentionKind.NAME));
                    any = true;
                }
            }
            if (any) {
                consumed.add(m.id());
                return;
            }
        }
        if (ts.size() == 1) {
            Cluster c = matchPerson(List.of(ts.get(0).text()), m.span().start());
            if (c != null) {
                add(m, c, MentionKind.NAME);
                return;
            }
        }
        String name = stripArticle(m.text());
        add(m, cluster(NAMED + m.type() + ":" + name, m.type(), name), MentionKind.NAME);
    }

    private static List<List<Token>> splitOnHyphens(List<Token> ts) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : ts) {
            if (t.text().equals("-") || t.text().equals("\u2013")) {
                if (!current.isEmpty()) {
                    parts.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /** Institution names the tagger left untagged or tagged inside no mention ("the Kremlin"). */
    private void addInstitutionsTheTaggerMissed() {
        Set<Integer> taken = covered();
        List<Token> tokens = doc.tokens();
        int longest = data.institutions().longestName();
        for (int i = 0; i < tokens.size(); i++) {
            if (taken.contains(i) || !Character.isUpperCase(tokens.get(i).text().codePointAt(0))) {
                continue;
            }
            for (int n = Math.min(longest, tokens.size() - i); n >= 1; n--) {
                Token last = tokens.get(i + n - 1);
                if (last.sentence() != tokens.get(i).sentence() || taken.contains(i + n - 1)) {
                    continue;
                }
                Span span = new Span(tokens.get(i).span().start(), last.span().end());
                Optional<Institution> inst = data.institutions().byName(doc.text(span));
                if (inst.isPresent() && (n > 1 || tokens.get(i).isProperNoun())) {
                    institutionCluster(inst.get()).add(new EntityMention(span, doc.text(span), MentionKind.NAME));
                    i += n - 1;
                    break;
                }
            }
        }
    }

    /** Token indices already inside an entity mention. */
    private Set<Integer> covered() {
        Set<Integer> out = new HashSet<>();
        for (Cluster c : byKey.values()) {
            for (EntityMention em : c.mentions()) {
                doc.tokensIn(em.span()).forEach(t -> out.add(t.index()));
            }
        }
        for (Mention m : doc.mentions()) {
            if (consumed.contains(m.id())) {
                doc.tokensIn(m.span()).forEach(t -> out.add(t.index()));
            }
        }
        return out;
    }

    /**
     * Descriptions and pronouns join the entity their coreference chain names most often; a chain that names no
     * entity joins the person its first definite description describes ("The presidential aide ... he").
     */
    private void linkChains() {
        Map<Integer, List<Mention>> chains = new LinkedHashMap<>();
        for (Mention m : doc.mentions()) {
            if (m.chain() >= 0) {
                chains.computeIfAbsent(m.chain(), k -> new ArrayList<>()).add(m);
            }
        }
        for (List<Mention> chain : chains.values()) {
            Map<Cluster, Integer> votes = new LinkedHashMap<>();
            for (Mention m : chain) {
                Cluster c = clusterOfMention.get(m.id());
                if (c != null) {
                    votes.merge(c, 1, Integer::sum);
                }
            }
            Cluster target = votes.entrySet().stream()
                    .max(Comparator.<Map.Entry<Cluster, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> -e.getKey().firstStart()))
                    .map(Map.Entry::getKey).orElse(null);
            if (target == null) {
                target = chain.stream().filter(m -> m.kind() == MentionKind.NOMINAL)
                        .map(m -> descriptions.resolve(m.head(), m.span().start(), people()))
                        .flatMap(Optional::stream).findFirst().orElse(null);
            }
            if (target == null) {
                continue;
            }
            for (Mention m : chain) {
                if (!clusterOfMention.containsKey(m.id()) && !consumed.contains(m.id()) && compatible(m, target)) {
                    add(m, target, allPronouns(m) ? MentionKind.PRONOUN : m.kind() == MentionKind.NAME
                            ? MentionKind.NOMINAL : m.kind());
                }
            }
        }
    }

    /**
     * A personal pronoun no chain holds ("Earlier in November, he called...") joins the person named last, when that
     * name is at most {@code maxPronounDistance} sentences back.
     */
    private void linkLonePronouns() {
        if (options.maxPronounDistance() < 0) {
            return;
        }
        for (Mention m : doc.mentions()) {
            if (m.chain() >= 0 || clusterOfMention.containsKey(m.id()) || !allPronouns(m)
                    || !MASCULINE_FEMININE.contains(m.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Cluster best = null;
            int bestStart = -1;
            for (Cluster c : people()) {
                int last = c.lastNameStartBefore(m.span().start());
                if (last > bestStart) {
                    best = c;
                    bestStart = last;
                }
            }
            if (best != null) {
                int named = doc.sentenceAt(bestStart).map(s -> s.index()).orElse(-1);
                if (m.sentence() - named <= options.maxPronounDistance()) {
                    add(m, best, MentionKind.PRONOUN);
                }
            }
        }
    }

    private boolean compatible(Mention m, Cluster c) {
        if (allPronouns(m)) {
            String p = m.text().toLowerCase(Locale.ROOT);
            return c.type == EntityType.PERSON ? !NEUTER.contains(p) : !MASCULINE_FEMININE.contains(p);
        }
        if (m.kind() == MentionKind.NAME) {
            return false;
        }
        Token head = tree.token(m.head());
        boolean personWord = data.roles().isRole(head.lemma()) || c.descriptors.contains(head.lemma().toLowerCase(Locale.ROOT));
        return c.type != EntityType.PERSON || personWord;
    }

    private List<Cluster> people() {
        return byKey.values().stream().filter(c -> c.type == EntityType.PERSON).toList();
    }

    private Cluster institutionCluster(Institution inst) {
        return cluster("institution:" + inst.name(), EntityType.ORGANIZATION, inst.name());
    }

    private Cluster cluster(String key, EntityType type, String name) {
        return cluster(key, type, name, List.of(name));
    }

    private Cluster cluster(String key, EntityType type, String name, List<String> words) {
        return byKey.computeIfAbsent(key, k -> new Cluster(k, type, name, words));
    }

    private void add(Mention m, Cluster c, MentionKind kind) {
        clusterOfMention.put(m.id(), c);
        c.add(new EntityMention(m.span(), m.text(), kind));
        if (kind == MentionKind.NAME && c.type != EntityType.PERSON) {
            String name = stripArticle(m.text());
            if (c.key.startsWith(NAMED)) {
                c.offerName(name, List.of(name));
            }
        }
    }

    private static String stripArticle(String text) {
        return text.startsWith("the ") || text.startsWith("The ") ? text.substring(4) : text;
    }
}
