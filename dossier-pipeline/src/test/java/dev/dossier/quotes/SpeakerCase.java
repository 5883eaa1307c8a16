package dev.dossier.quotes;

import dev.dossier.model.Actor;
import dev.dossier.model.ActorCode;
import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Quote;
import dev.dossier.model.Span;
import dev.dossier.model.Speaker;
import dev.dossier.model.TextRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence (or a few paragraphs) of the speaker regression set, built from literals as the entity, actor and quote
 * stages would leave it: entities by their surfaces (every whole-word occurrence is a mention), actors with a code and
 * role, a quote by its content and its source's surface. {@link #speaker()} runs {@link SpeakerResolver} on it.
 */
final class SpeakerCase {

    private final String text;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Mention> chain = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    private SpeakerCase(String text) {
        this.text = text;
    }

    static SpeakerCase text(String text) {
        return new SpeakerCase(text);
    }

    SpeakerCase person(String... surfaces) {
        return entity(EntityType.PERSON, surfaces);
    }

    SpeakerCase organization(String... surfaces) {
        return entity(EntityType.ORGANIZATION, surfaces);
    }

    SpeakerCase nationality(String surface) {
        return entity(EntityType.NATIONALITY, surface);
    }

    /** An entity of the given type named by every whole-word occurrence of each surface; its name is the first. */
    SpeakerCase entity(EntityType type, String... surfaces) {
        List<EntityMention> mentions = new ArrayList<>();
        for (String s : surfaces) {
            for (Span span : all(s)) {
                boolean inside = entities.stream().flatMap(e -> e.mentions().stream())
                        .anyMatch(m -> m.span().contains(span)) || mentions.stream().anyMatch(m -> m.span().contains(span));
                if (!inside) {
                    mentions.add(new EntityMention(span, s, MentionKind.NAME));
                }
            }
        }
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("None of " + List.of(surfaces) + " occurs in '" + text + "'");
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        entities.add(new Entity("e" + (entities.size() + 1), surfaces[0], type, mentions));
        return this;
    }

    /** The last entity added acts, with this code and role ("RUSGOV", "Minister of Defense"). */
    SpeakerCase actor(String code, String role) {
        Entity e = entities.get(entities.size() - 1);
        actors.add(new Actor(e.id(), ActorCode.parse(code), role, null));
        return this;
    }

    /** A country that acts: a {@link EntityType#COUNTRY} entity with a government code. */
    SpeakerCase country(String surface, String code) {
        return entity(EntityType.COUNTRY, surface).actor(code, "");
    }

    /** Places the {@code occurrence}-th occurrence of each surface in one coreference chain. */
    SpeakerCase corefers(String first, int firstOccurrence, String second, int secondOccurrence) {
        for (Object[] m : new Object[][] {{first, firstOccurrence}, {second, secondOccurrence}}) {
            Span span = all((String) m[0]).get((int) m[1] - 1);
            chain.add(new Mention(chain.size(), span, (String) m[0], MentionKind.NAME, EntityType.PERSON, 0, 0, 1));
        }
        return this;
    }

    /**
     * A quote: its content (first occurrence) and source, the {@code occurrence}-th occurrence of its surface. Quotes
     * are given in text order; the last is the one tested.
     */
    SpeakerCase quote(String content, String source, int occurrence) {
        Span c = all(content).get(0);
        Span s = all(source).get(occurrence - 1);
        quotes.add(new Quote(Quote.Kind.INDIRECT, c, content, null,
                new Speaker(null, source, TextRef.of(text, s)), 0));
        return this;
    }

    SpeakerCase quote(String content, String source) {
        return quote(content, source, 1);
    }

    Document document() {
        if (quotes.isEmpty()) {
            throw new IllegalStateException("No quote given for '" + text + "'");
        }
        List<Mention> mentions = new ArrayList<>(chain);
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return Document.of(new Article("case", "", text, LocalDate.of(2025, 3, 14), null, null, "en"))
                .withMentions(mentions).withEntities(entities).withActors(actors).withQuotes(quotes);
    }

    /** The speaker {@link SpeakerResolver} gives the last quote. */
    Speaker speaker() {
        List<Quote> resolved = new SpeakerResolver().annotate(document()).quotes();
        return resolved.get(resolved.size() - 1).speaker();
    }

    String text() {
        return text;
    }

    private List<Span> all(String surface) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface) + "(?![\\p{L}\\p{N}])").matcher(text);
        List<Span> out = new ArrayList<>();
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("'" + surface + "' does not occur in '" + text + "'");
        }
        return out;
    }
}
