package dev.dossier.store;

import dev.dossier.model.Actor;
import dev.dossier.model.ActorCode;
import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventActor;
import dev.dossier.model.EventStatus;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Place;
import dev.dossier.model.Quote;
import dev.dossier.model.Speaker;
import dev.dossier.model.Span;
import dev.dossier.model.TextRef;
import dev.dossier.model.Timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds analysed documents from literals, finding every span by search in the text. */
final class Docs {

    private final Article article;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    private Docs(Article article) {
        this.article = article;
    }

    static Docs article(String id, String published, String source, String text) {
        return new Docs(new Article(id, "", text, LocalDate.parse(published), source, "https://example.org/" + id,
                "en"));
    }

    Span span(String s) {
        int i = article.text().indexOf(s);
        if (i < 0) {
            throw new IllegalArgumentException("'" + s + "' is not in " + article.id());
        }
        return new Span(i, i + s.length());
    }

    TextRef ref(String s) {
        return new TextRef(span(s), s);
    }

    /** An entity named by {@code mention} (its first occurrence), with an actor code and role when given. */
    Docs entity(String id, String name, EntityType type, String mention, String code, String role) {
        entities.add(new Entity(id, name, type, List.of(new EntityMention(span(mention), mention, MentionKind.NAME))));
        if (code != null) {
            actors.add(new Actor(id, ActorCode.parse(code), role, null));
        }
        return this;
    }

    Docs quote(String words, String speakerId, String speakerName, String speakerMention) {
        quotes.add(new Quote(Quote.Kind.DIRECT, span(words), words, null,
                new Speaker(speakerId, speakerName, ref(speakerMention)), 0));
        return this;
    }

    /** An event whose actors are given by entity id (code taken from the store) or by code. */
    Docs event(String cameo, String sourceEntity, String sourceCode, String targetEntity, String targetCode,
               String when, boolean whenFromText, String place, EventStatus status, String evidence) {
        EventActor source = new EventActor(sourceCode == null ? null : ActorCode.parse(sourceCode), sourceEntity, null);
        EventActor target = new EventActor(targetCode == null ? null : ActorCode.parse(targetCode), targetEntity, null);
        events.add(new Event(cameo, "name of " + cameo, null, 1, 1.0, source, List.of(target),
                when == null ? null : Timex.of(when), whenFromText,
                place == null ? null : new Place(place, null, Double.NaN, Double.NaN, null, null), status, null,
                ref(evidence), 0));
        return this;
    }

    Document build() {
        return Document.of(article).withEntities(entities).withActors(actors).withQuotes(quotes).withEvents(events);
    }
}
