package dev.dossier.actors;

import dev.dossier.entities.DependencyTree;
import dev.dossier.model.ActorCode;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.Layer;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import dev.dossier.reference.ActorBase;
import dev.dossier.reference.Leaders;
import dev.dossier.reference.ReferenceData;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Codes any noun phrase of an analysed document as an actor, for stages that meet actors which are not entities:
 * an event's source "Russian officials" is {@code RUSGOV}, "two Chinese warplanes" {@code CHNMIL}, "Chile's Ministry
 * of Mines" {@code CHLGOV}. A phrase whose head is a name of an entity gets that entity's actor; any other phrase is
 * read like a title (nationality or country, institution, role word, "former", possessor), with the modifiers the
 * parse attaches to its head even outside the span ("German" for "Defense Minister" in "German Defense Minister").
 * A capital standing for its country ("Moscow said") is that country's government.
 *
 * <p>Needs a document with {@link Layer#ENTITIES}; reads {@link Layer#ACTORS} where present. Thread-safe.
 */
public final class PhraseCoder {

    /**
     * An actor code for a phrase.
     *
     * @param code     the actor code
     * @param role     the role in words, possibly empty
     * @param entityId the entity the phrase names, or null when it names none
     * @param evidence the phrase
     */
    public record PhraseActor(ActorCode code, String role, String entityId, Span evidence) {
        public PhraseActor {
            Objects.requireNonNull(code, "phrase actor code");
            role = role == null ? "" : role;
        }
    }

    private final ReferenceData data;
    private final List<TitleFinder> finders;

    public PhraseCoder(ReferenceData data, List<TitleFinder> finders) {
        this.data = Objects.requireNonNull(data, "reference data");
        this.finders = List.copyOf(finders);
    }

    public PhraseCoder() {
        this(ReferenceData.standard(), TitleFinder.standard(ReferenceData.standard().roles()));
    }

    /** The actor a phrase stands for, or empty when neither an entity nor its words say. */
    public Optional<PhraseActor> code(Document doc, Span phrase) {
        List<Token> tokens = doc.tokensIn(phrase);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        DependencyTree tree = DependencyTree.of(doc);
        int head = head(tree, tokens);
        Coding coding = new Coding(doc, data, finders, Leaders.standard(), ActorBase.standard());
        Optional<Entity> named = entityNamedAt(doc, tree.token(head).span());
        if (named.isPresent() && named.get().type() == EntityType.COUNTRY
                && data.countries().byCapital(tree.token(head).text()).isPresent()) {
            Entity e = named.get();
            return data.countries().byName(e.name()).map(c -> new PhraseActor(ActorCode.of(c.code(), "GOV"),
                    "government of " + c.nameInText(), e.id(), phrase));
        }
        if (named.isPresent()) {
            Entity e = named.get();
            Optional<PhraseActor> known = doc.actorOf(e.id())
                    .map(a -> new PhraseActor(a.code(), a.role(), e.id(), phrase));
            if (known.isPresent()) {
                return known;
            }
            Optional<Coding.Coded> coded = coding.codeOf(e);
            if (coded.isPresent()) {
                return coded.map(c -> new PhraseActor(c.code(), c.role(), e.id(), phrase));
            }
        }
        Set<Integer> words = new java.util.TreeSet<>();
        tokens.forEach(t -> words.add(t.index()));
        words.addAll(new PrenominalTitle().find(tree, head, Set.of(head)));
        return coding.codePhrase(List.copyOf(words))
                .map(c -> new PhraseActor(c.code(), c.role(), named.map(Entity::id).orElse(null), phrase));
    }

    private static Optional<Entity> entityNamedAt(Document doc, Span head) {
        for (Entity e : doc.entities()) {
            for (EntityMention m : e.mentions()) {
                if (m.span().contains(head)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** The first token whose governor lies outside the phrase; the last token when the phrase is unparsed. */
    private static int head(DependencyTree tree, List<Token> tokens) {
        Set<Integer> inside = new HashSet<>();
        tokens.forEach(t -> inside.add(t.index()));
        for (Token t : tokens) {
            int g = tree.governor(t.index());
            if (!inside.contains(g) && !tree.relation(t.index()).isEmpty() && !t.pos().equals("DT")) {
                return t.index();
            }
        }
        return tokens.get(tokens.size() - 1).index();
    }
}
