package dev.dossier.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An article and everything Dossier has found in it, as typed, immutable layers.
 *
 * <p>Build one with {@link #of(Article)} and add layers with the {@code with...} methods; each returns a new
 * document and records the layer in {@link #layers()}. Every annotation's span is checked once here to lie within
 * the text, so code that reads a document never has to.
 */
public record Document(Article article, Set<Layer> layers, List<Sentence> sentences, List<Token> tokens,
                       List<Dependency> dependencies, List<Mention> mentions, List<TimeExpression> times,
                       List<Entity> entities, List<Actor> actors, List<Quote> quotes, List<Event> events) {

    public Document {
        Objects.requireNonNull(article, "article");
        layers = Collections.unmodifiableSet(layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers));
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        entities = List.copyOf(entities);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        int length = article.text().length();
        List<Annotation> all = new ArrayList<>();
        all.addAll(sentences);
        all.addAll(tokens);
        all.addAll(mentions);
        all.addAll(times);
        all.addAll(quotes);
        all.addAll(events);
        entities.forEach(e -> all.addAll(e.mentions()));
        for (Annotation a : all) {
            if (a.span().end() > length) {
                throw new IllegalArgumentException("Annotation " + a + " lies outside the text of article '"
                        + article.id() + "' (" + length + " characters)");
            }
        }
        for (Dependency d : dependencies) {
            if (d.dependent() >= tokens.size() || d.governor() >= tokens.size()) {
                throw new IllegalArgumentException("Dependency " + d + " points past the " + tokens.size() + " tokens");
            }
        }
    }

    /** A document with no layers yet. */
    public static Document of(Article article) {
        return new Document(article, EnumSet.noneOf(Layer.class), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String text() {
        return article.text();
    }

    public String id() {
        return article.id();
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    /** The text a span covers. */
    public String text(Span span) {
        return span.of(article.text());
    }

    private Set<Layer> plus(Layer... added) {
        EnumSet<Layer> set = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        Collections.addAll(set, added);
        return set;
    }

    public Document withSentencesAndTokens(List<Sentence> newSentences, List<Token> newTokens) {
        return new Document(article, plus(Layer.SENTENCES, Layer.TOKENS), newSentences, newTokens, dependencies,
                mentions, times, entities, actors, quotes, events);
    }

    public Document withDependencies(List<Dependency> newDependencies) {
        return new Document(article, plus(Layer.DEPENDENCIES), sentences, tokens, newDependencies, mentions, times,
                entities, actors, quotes, events);
    }

    public Document withMentions(List<Mention> newMentions) {
        return new Document(article, plus(Layer.MENTIONS), sentences, tokens, dependencies, newMentions, times,
                entities, actors, quotes, events);
    }

    public Document withTimes(List<TimeExpression> newTimes) {
        return new Document(article, plus(Layer.TIMES), sentences, tokens, dependencies, mentions, newTimes,
                entities, actors, quotes, events);
    }

    public Document withEntities(List<Entity> newEntities) {
        return new Document(article, plus(Layer.ENTITIES), sentences, tokens, dependencies, mentions, times,
                newEntities, actors, quotes, events);
    }

    /** The entities with the gazetteer places they were resolved to; entities not in the map keep no place. */
    public Document withPlaces(Map<String, GeoPlace> byEntity) {
        List<Entity> resolved = entities.stream().map(e -> e.withPlace(byEntity.get(e.id()))).toList();
        return new Document(article, plus(Layer.PLACES), sentences, tokens, dependencies, mentions, times,
                resolved, actors, quotes, events);
    }

    public Document withActors(List<Actor> newActors) {
        return new Document(article, plus(Layer.ACTORS), sentences, tokens, dependencies, mentions, times,
                entities, newActors, quotes, events);
    }

    public Document withQuotes(List<Quote> newQuotes) {
        return new Document(article, plus(Layer.QUOTES), sentences, tokens, dependencies, mentions, times,
                entities, actors, newQuotes, events);
    }

    public Document withEvents(List<Event> newEvents) {
        return new Document(article, plus(Layer.EVENTS), sentences, tokens, dependencies, mentions, times,
                entities, actors, quotes, newEvents);
    }

    /** The tokens of one sentence. */
    public List<Token> tokens(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** The sentence that holds a character offset, if any. */
    public Optional<Sentence> sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.span().start()) {
                hi = mid - 1;
            } else if (offset >= s.span().end()) {
                lo = mid + 1;
            } else {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Tokens whose spans overlap {@code span}, in order. */
    public List<Token> tokensIn(Span span) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.span().start() >= span.end()) {
                break;
            }
            if (t.span().overlaps(span)) {
                out.add(t);
            }
        }
        return out;
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Actor> actorOf(String entityId) {
        return actors.stream().filter(a -> a.entityId().equals(entityId)).findFirst();
    }

    /** The entity with a mention that overlaps {@code span}, preferring the mention closest in length. */
    public Optional<Entity> entityAt(Span span) {
        Entity best = null;
        int bestDiff = Integer.MAX_VALUE;
        for (Entity e : entities) {
            for (EntityMention m : e.mentions()) {
                if (m.span().overlaps(span)) {
                    int diff = Math.abs(m.span().length() - span.length());
                    if (diff < bestDiff) {
                        best = e;
                        bestDiff = diff;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every span-carrying annotation of every layer. */
    public Stream<Annotation> annotations() {
        return Stream.of(sentences.stream(), tokens.stream(), mentions.stream(), times.stream(),
                        entities.stream().flatMap(e -> e.mentions().stream()), quotes.stream(), events.stream())
                .flatMap(s -> s.map(a -> (Annotation) a));
    }
}
