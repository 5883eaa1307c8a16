package dev.dossier.quotes;

import dev.dossier.model.Actor;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.Layer;
import dev.dossier.model.Mention;
import dev.dossier.model.Quote;
import dev.dossier.model.Span;
import dev.dossier.model.Speaker;
import dev.dossier.pipeline.Annotator;
import dev.dossier.reference.RoleLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links the source of each quote to an entity of the article, so that quotes can be found by speaker.
 *
 * <p>Needs {@link Layer#QUOTES} (from {@link QuoteFinder}), {@link Layer#ENTITIES}, {@link Layer#ACTORS} and
 * {@link Layer#MENTIONS}. Rewrites {@link Layer#QUOTES}: each speaker gets the entity id and the entity's canonical
 * name; its source mention is kept. In order:
 * <ol>
 *   <li>a name at the head of the source ("President Putin's aide Yury Ushakov" is Ushakov, not Putin), or any entity
 *       mention covering the source (the entity stage links descriptions such as "the official");</li>
 *   <li>a pronoun ("he", "she", "it", "they"): the speaker of the quotes just before, when of a fitting kind and at
 *       most {@value #MAX_SENTENCES_BACK} sentences back; else the named mention of its coreference chain; else the
 *       most recent fitting entity;</li>
 *   <li>a description ("the presidential aide"): its coreference chain; else a recently mentioned entity whose role
 *       (from {@link Actor#role()}) contains the description's head noun; else, for a title or role word, the speaker
 *       of the quotes just before.</li>
 * </ol>
 * Plural descriptions ("sources familiar with the talks") and sources with nothing to go on stay unresolved. Options:
 * the role lexicon (default {@link RoleLexicon#standard()}).
 */
public final class SpeakerResolver implements Annotator {

    static final int MAX_SENTENCES_BACK = 4;

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "i");
    private static final Set<String> THING_PRONOUNS = Set.of("it");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "one", "another");

    private final RoleLexicon roles;

    public SpeakerResolver() {
        this(RoleLexicon.standard());
    }

    public SpeakerResolver(RoleLexicon roles) {
        this.roles = roles;
    }

    @Override
    public String name() {
        return "speakers";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.QUOTES, Layer.ENTITIES, Layer.ACTORS, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public Map<String, String> configuration() {
        return Map.of("maxSentencesBack", Integer.toString(MAX_SENTENCES_BACK));
    }

    @Override
    public Document annotate(Document doc) {
        List<Quote> out = new ArrayList<>();
        List<Resolved> earlier = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            if (q.speaker() == null) {
                out.add(q);
                continue;
            }
            Span source = q.speaker().mention().span();
            Optional<Entity> entity = resolve(doc, source, earlier);
            Quote resolved = entity.map(e -> q.withSpeaker(new Speaker(e.id(), e.name(), q.speaker().mention())))
                    .orElse(q.withSpeaker(new Speaker(null, q.speaker().mention().text(), q.speaker().mention())));
            entity.ifPresent(e -> earlier.add(new Resolved(e, sentenceOf(doc, source))));
            out.add(resolved);
        }
        return doc.withQuotes(out);
    }

    /** An entity resolved as the speaker of an earlier quote, and the sentence of its source. */
    private record Resolved(Entity entity, int sentence) {
    }

    private Optional<Entity> resolve(Document doc, Span source, List<Resolved> earlier) {
        String text = doc.text(source).strip();
        String lower = text.toLowerCase(Locale.ROOT);
        int sentence = sentenceOf(doc, source);
        if (PERSON_PRONOUNS.contains(lower) || THING_PRONOUNS.contains(lower) || GROUP_PRONOUNS.contains(lower)) {
            return previousSpeaker(doc, lower, sentence, earlier)
                    .or(() -> throughChain(doc, source))
                    .or(() -> mostRecent(doc, source.start(), pronounFits(lower)));
        }
        Optional<Entity> named = headName(doc, source);
        if (named.isPresent()) {
            return named;
        }
        Optional<Entity> covering = doc.entityAt(source);
        if (covering.isPresent()) {
            return covering;
        }
        List<String> words = List.of(headSegment(doc, source).toLowerCase(Locale.ROOT).split("\\s+"));
        String head = words.get(words.size() - 1);
        if (!DETERMINERS.contains(words.get(0)) || head.endsWith("s") && !head.endsWith("ss")) {
            return throughChain(doc, source);
        }
        return throughChain(doc, source)
                .or(() -> byRole(doc, head, source.start()))
                .or(() -> roles.isRole(head) ? previousSpeaker(doc, "he", sentence, earlier) : Optional.empty());
    }

    /** The source up to its first comma or parenthesis: "Josh Hendler" of "Josh Hendler, a Democratic operative,". */
    private static String headSegment(Document doc, Span source) {
        String text = doc.text(source);
        int cut = text.length();
        for (String stop : new String[] {",", "(", " -- ", " \u2014 "}) {
            int at = text.indexOf(stop);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return text.substring(0, cut).strip();
    }

    /** The entity named at the end of the source's first segment, where an English noun phrase has its head. */
    private static Optional<Entity> headName(Document doc, Span source) {
        String segment = headSegment(doc, source);
        int end = source.start() + doc.text(source).indexOf(segment) + segment.length();
        Entity best = null;
        for (Entity e : doc.entities()) {
            for (EntityMention m : e.mentions()) {
                if (m.span().start() >= source.start() && m.span().end() == end) {
                    best = e;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Entity> previousSpeaker(Document doc, String pronoun, int sentence, List<Resolved> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Resolved r = earlier.get(i);
            if (sentence - r.sentence() > MAX_SENTENCES_BACK) {
                break;
            }
            if (pronounFits(pronoun).contains(r.entity().type())) {
                return Optional.of(r.entity());
            }
        }
        return Optional.empty();
    }

    /** The entity of the named mention in the coreference chain of the mention at {@code source}. */
    private static Optional<Entity> throughChain(Document doc, Span source) {
        int chain = doc.mentions().stream().filter(m -> m.chain() >= 0 && m.span().overlaps(source))
                .mapToInt(Mention::chain).findFirst().orElse(-1);
        if (chain < 0) {
            return Optional.empty();
        }
        for (Mention m : doc.mentions()) {
            if (m.chain() == chain && !m.span().overlaps(source)) {
                Optional<Entity> e = doc.entityAt(m.span());
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        return Optional.empty();
    }

    /** The most recently mentioned entity before {@code offset} whose role contains {@code head}. */
    private static Optional<Entity> byRole(Document doc, String head, int offset) {
        Entity best = null;
        int bestAt = -1;
        for (Actor a : doc.actors()) {
            List<String> words = List.of(a.role().toLowerCase(Locale.ROOT).split("[\\s,]+"));
            if (!words.contains(head)) {
                continue;
            }
            Optional<Entity> e = doc.entity(a.entityId());
            int at = e.map(x -> lastMentionBefore(x, offset)).orElse(-1);
            if (at > bestAt) {
                best = e.get();
                bestAt = at;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Entity> mostRecent(Document doc, int offset, Set<EntityType> types) {
        Entity best = null;
        int bestAt = -1;
        for (Entity e : doc.entities()) {
            int at = types.contains(e.type()) ? lastMentionBefore(e, offset) : -1;
            if (at > bestAt) {
                best = e;
                bestAt = at;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int lastMentionBefore(Entity e, int offset) {
        int at = -1;
        for (EntityMention m : e.mentions()) {
            if (m.span().end() <= offset) {
                at = Math.max(at, m.span().start());
            }
        }
        return at;
    }

    private static Set<EntityType> pronounFits(String pronoun) {
        if (PERSON_PRONOUNS.contains(pronoun)) {
            return Set.of(EntityType.PERSON);
        }
        if (THING_PRONOUNS.contains(pronoun)) {
            return Set.of(EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.LOCATION);
        }
        return Set.of(EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.PERSON, EntityType.NATIONALITY);
    }

    private static int sentenceOf(Document doc, Span span) {
        return doc.sentenceAt(span.start()).map(s -> s.index()).orElse(0);
    }
}
