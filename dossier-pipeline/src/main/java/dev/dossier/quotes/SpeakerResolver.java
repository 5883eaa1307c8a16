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
 * Links the source of each quote to an entity of the article, so that quotes can be found by speaker, with a
 * confidence; a link less sure than {@value #THRESHOLD} is not made.
 *
 * <p>Needs {@link Layer#QUOTES} (from {@link QuoteFinder}), {@link Layer#ENTITIES}, {@link Layer#ACTORS} and
 * {@link Layer#MENTIONS}. Rewrites {@link Layer#QUOTES}: each speaker gets the entity id, the entity's canonical name
 * and the confidence of the link; its source mention is kept. A speaker is a person, an organisation, or a country or
 * place that acts (one with an actor code: "Russia said"); never a nationality, a date or another thing. The
 * candidates are ranked, the first kind that yields one decides:
 * <ol>
 *   <li>the source span itself: a name at the head of the source ("President Putin's aide Yury Ushakov" is Ushakov,
 *       not Putin; "Kenya's president William Ruto" is Ruto, not Kenya; "a spokesperson for the World Health
 *       Organization" is the organisation), or an entity mention that covers the source's head (the entity stage
 *       links descriptions such as "the official");</li>
 *   <li>for a pronoun ("he", "it", "they") or a description ("the presidential aide"): the speakers already introduced
 *       in the quote's paragraph, latest first, then the last speaker of the paragraph before; then the named mention
 *       of the source's coreference chain that comes before it; then an entity named earlier in the paragraph or the
 *       one before whose role (from {@link Actor#role()}) holds the description's head noun, or that fits the
 *       pronoun.</li>
 * </ol>
 * Nothing named after the source counts: news introduces a speaker before or in the quote's own sentence. Plural
 * descriptions ("sources familiar with the talks") and sources with nothing to go on stay unresolved, with confidence
 * 0. Options: the role lexicon (default {@link RoleLexicon#standard()}).
 */
public final class SpeakerResolver implements Annotator {

    /** Least confidence for a link to be kept. */
    static final double THRESHOLD = 0.5;
    /** A name at the head of the source, or a mention of the entity covering it. */
    static final double IN_SOURCE = 0.95;
    /** A person named in apposition to the source's head: "Kenya's president, William Ruto". */
    static final double APPOSITION = 0.9;
    /** An institution or a country in the source when the source's head is a common noun ("a WHO spokesperson"). */
    static final double INSTITUTION_IN_SOURCE = 0.8;
    /** A speaker introduced in the quote's paragraph, for a pronoun or description that fits it. */
    static final double SAME_PARAGRAPH = 0.85;
    /** The last speaker of the paragraph before. */
    static final double PREVIOUS_PARAGRAPH = 0.65;
    /** The named mention of the source's coreference chain, named before the source. */
    static final double CHAIN = 0.75;
    /** An entity of the paragraph (or the one before) whose role holds the description's head noun. */
    static final double BY_ROLE = 0.7;
    /** The latest fitting entity named in the paragraph, for a pronoun with no speaker before it. */
    static final double RECENT_IN_PARAGRAPH = 0.55;
    /** The same, named in the paragraph before: too far to trust alone. */
    static final double RECENT_BEFORE = 0.4;

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "i");
    private static final Set<String> THING_PRONOUNS = Set.of("it");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we");
    private static final Set<String> PREPOSITIONS = Set.of("to", "for", "of", "with", "from", "by", "at", "near",
            "close", "under", "on", "behind");
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
        return Map.of("threshold", Double.toString(THRESHOLD));
    }

    /** A candidate speaker and how sure its link is. */
    record Candidate(Entity entity, double confidence) {
    }

    /** An entity resolved as the speaker of an earlier quote, and where its source lies. */
    private record Resolved(Entity entity, int paragraph, int at) {
    }

    @Override
    public Document annotate(Document doc) {
        Paragraphs paragraphs = new Paragraphs(doc.text());
        List<Quote> out = new ArrayList<>();
        List<Resolved> earlier = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            if (q.speaker() == null) {
                out.add(q);
                continue;
            }
            Span source = q.speaker().mention().span();
            Optional<Candidate> best = resolve(doc, paragraphs, source, earlier)
                    .filter(c -> c.confidence() >= THRESHOLD);
            Speaker speaker = best.map(c -> new Speaker(c.entity().id(), c.entity().name(), q.speaker().mention(),
                            c.confidence()))
                    .orElse(new Speaker(null, q.speaker().mention().text(), q.speaker().mention(), 0));
            best.ifPresent(c -> earlier.add(new Resolved(c.entity(), paragraphs.of(source.start()), source.start())));
            out.add(q.withSpeaker(speaker));
        }
        return doc.withQuotes(out);
    }

    private Optional<Candidate> resolve(Document doc, Paragraphs paragraphs, Span source, List<Resolved> earlier) {
        String lower = doc.text(source).strip().toLowerCase(Locale.ROOT);
        int paragraph = paragraphs.of(source.start());
        if (PERSON_PRONOUNS.contains(lower) || THING_PRONOUNS.contains(lower) || GROUP_PRONOUNS.contains(lower)) {
            Set<EntityType> fits = pronounFits(lower);
            return previousSpeaker(paragraph, source.start(), fits, earlier)
                    .or(() -> throughChain(doc, source))
                    .or(() -> mostRecent(doc, paragraphs, source.start(), fits));
        }
        Optional<Candidate> inSource = inSource(doc, source);
        if (inSource.isPresent()) {
            return inSource;
        }
        List<String> words = List.of(headSegment(doc, source).toLowerCase(Locale.ROOT).split("\\s+"));
        String head = words.get(words.size() - 1);
        if (!DETERMINERS.contains(words.get(0)) || head.endsWith("s") && !head.endsWith("ss")) {
            return throughChain(doc, source);
        }
        return throughChain(doc, source)
                .or(() -> byRole(doc, paragraphs, head, source.start()))
                .or(() -> roles.isRole(head)
                        ? previousSpeaker(paragraph, source.start(), Set.of(EntityType.PERSON), earlier)
                        : Optional.empty());
    }

    /**
     * The speaker the source names itself: the entity named at the head of its first segment, else an entity mention
     * covering that head, else a person named in apposition ("Kenya's president, William Ruto"), else (for a
     * common-noun head: "a spokesperson for the World Health Organization", "the Defense Department's spokesman") the
     * institution named in the segment. A person is never the speaker when named as a possessor ("President Putin's
     * aide") or after a preposition ("an aide to Chancellor Scholz"); countries count only as actors.
     */
    private static Optional<Candidate> inSource(Document doc, Span source) {
        String text = doc.text();
        String segment = headSegment(doc, source);
        int segmentStart = source.start() + doc.text(source).indexOf(segment);
        int end = segmentStart + segment.length();
        Entity named = null;
        Entity covering = null;
        Entity apposition = null;
        Entity institution = null;
        for (Entity e : doc.entities()) {
            if (!canSpeak(doc, e)) {
                continue;
            }
            boolean person = e.type() == EntityType.PERSON;
            for (EntityMention m : e.mentions()) {
                Span at = m.span();
                boolean dependent = person && source.contains(at)
                        && (possessive(text, at.end()) || afterPreposition(text, source, at));
                if (at.start() >= source.start() && at.end() == end && !dependent) {
                    named = e;
                } else if (at.start() < end && at.end() >= end && at.start() <= segmentStart) {
                    covering = covering == null || person ? e : covering;
                } else if (person && source.contains(at) && !dependent && apposition == null) {
                    apposition = e;
                } else if (!person && at.start() >= segmentStart && at.end() < end
                        && (institution == null || at.start() > firstMentionIn(institution, source))) {
                    institution = e;
                }
            }
        }
        if (named != null || covering != null) {
            return Optional.of(new Candidate(named != null ? named : covering, IN_SOURCE));
        }
        if (apposition != null) {
            return Optional.of(new Candidate(apposition, APPOSITION));
        }
        boolean personNamed = doc.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .flatMap(e -> e.mentions().stream()).anyMatch(m -> source.contains(m.span()));
        if (institution != null && !personNamed && commonHead(segment)) {
            return Optional.of(new Candidate(institution, INSTITUTION_IN_SOURCE));
        }
        return Optional.empty();
    }

    /** True when a possessive mark follows: "Putin's", "Barbados'". */
    private static boolean possessive(String text, int end) {
        return text.startsWith("'", end) || text.startsWith("\u2019", end);
    }

    /** True when a preposition stands between the start of the mention's segment of the source and the mention. */
    private static boolean afterPreposition(String text, Span source, Span mention) {
        int from = source.start();
        for (int k = mention.start() - 1; k >= source.start(); k--) {
            char c = text.charAt(k);
            if (c == ',' || c == '(') {
                from = k + 1;
                break;
            }
        }
        for (String w : text.substring(from, mention.start()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (PREPOSITIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int firstMentionIn(Entity e, Span source) {
        return e.mentions().stream().filter(m -> source.contains(m.span())).mapToInt(m -> m.span().start())
                .min().orElse(Integer.MAX_VALUE);
    }

    /** True when the segment ends in a lower-case word: "a spokesperson for X" is X's, "X's head Ann Lee" is not. */
    private static boolean commonHead(String segment) {
        String[] words = segment.split("\\s+");
        String last = words[words.length - 1];
        return !last.isEmpty() && Character.isLowerCase(last.charAt(0));
    }

    /**
     * Persons and organisations speak; a country, city or region speaks only as an actor ("Russia said", "Kyiv
     * warned"), which the actor stage marks with a code; nationalities and other names never do.
     */
    static boolean canSpeak(Document doc, Entity e) {
        return switch (e.type()) {
            case PERSON, ORGANIZATION -> true;
            case COUNTRY, LOCATION -> doc.actorOf(e.id()).isPresent();
            case NATIONALITY, MISC -> false;
        };
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
        String segment = text.substring(0, cut).strip();
        return segment.isEmpty() ? text.strip() : segment;
    }

    /**
     * A speaker already resolved that fits: the latest in the quote's own paragraph, else the last one of the
     * paragraph before. Speakers further back are not candidates.
     */
    private static Optional<Candidate> previousSpeaker(int paragraph, int offset, Set<EntityType> fits,
                                                       List<Resolved> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Resolved r = earlier.get(i);
            if (r.at() >= offset || r.paragraph() > paragraph) {
                continue;
            }
            if (r.paragraph() < paragraph - 1) {
                break;
            }
            if (r.paragraph() == paragraph && fits.contains(r.entity().type())) {
                return Optional.of(new Candidate(r.entity(), SAME_PARAGRAPH));
            }
            if (r.paragraph() == paragraph - 1) {
                // only the paragraph's last speaker carries over
                return fits.contains(r.entity().type()) ? Optional.of(new Candidate(r.entity(), PREVIOUS_PARAGRAPH))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The entity of the named mention in the coreference chain of the source, named before the source. */
    private static Optional<Candidate> throughChain(Document doc, Span source) {
        int chain = doc.mentions().stream().filter(m -> m.chain() >= 0 && m.span().overlaps(source))
                .mapToInt(Mention::chain).findFirst().orElse(-1);
        if (chain < 0) {
            return Optional.empty();
        }
        for (Mention m : doc.mentions()) {
            if (m.chain() == chain && m.span().end() <= source.start()) {
                Optional<Entity> e = doc.entityAt(m.span()).filter(x -> canSpeak(doc, x));
                if (e.isPresent()) {
                    return Optional.of(new Candidate(e.get(), CHAIN));
                }
            }
        }
        return Optional.empty();
    }

    /** The entity named latest before {@code offset}, in its paragraph or the one before, whose role holds {@code head}. */
    private static Optional<Candidate> byRole(Document doc, Paragraphs paragraphs, String head, int offset) {
        int paragraph = paragraphs.of(offset);
        Entity best = null;
        int bestAt = -1;
        for (Actor a : doc.actors()) {
            List<String> words = List.of(a.role().toLowerCase(Locale.ROOT).split("[\\s,]+"));
            if (!words.contains(head)) {
                continue;
            }
            Optional<Entity> e = doc.entity(a.entityId());
            int at = e.map(x -> lastMentionBefore(x, offset)).orElse(-1);
            if (at > bestAt && paragraphs.of(at) >= paragraph - 1) {
                best = e.get();
                bestAt = at;
            }
        }
        return Optional.ofNullable(best).map(e -> new Candidate(e, BY_ROLE));
    }

    /** The fitting entity named latest before {@code offset}: sure enough only within the same paragraph. */
    private static Optional<Candidate> mostRecent(Document doc, Paragraphs paragraphs, int offset,
                                                  Set<EntityType> types) {
        Entity best = null;
        int bestAt = -1;
        for (Entity e : doc.entities()) {
            int at = types.contains(e.type()) && canSpeak(doc, e) ? lastMentionBefore(e, offset) : -1;
            if (at > bestAt) {
                best = e;
                bestAt = at;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int gap = paragraphs.of(offset) - paragraphs.of(bestAt);
        double confidence = gap == 0 ? RECENT_IN_PARAGRAPH : gap == 1 ? RECENT_BEFORE : 0;
        return Optional.of(new Candidate(best, confidence));
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
        return Set.of(EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.PERSON);
    }

    /** Paragraph numbers of offsets: a paragraph ends at a line break. */
    static final class Paragraphs {
        private final List<Integer> starts = new ArrayList<>();

        Paragraphs(String text) {
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    starts.add(i + 1);
                }
            }
        }

        /** The number of the paragraph holding {@code offset}, from 0. */
        int of(int offset) {
            int at = java.util.Collections.binarySearch(starts, offset);
            return at >= 0 ? at : -at - 2;
        }
    }
}
