package dev.dossier.events;

import dev.dossier.model.Actor;
import dev.dossier.model.ActorCode;
import dev.dossier.model.Article;
import dev.dossier.model.Dependency;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Quote;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Speaker;
import dev.dossier.model.TextRef;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import dev.dossier.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds documents with every layer the event coder reads from literals: tokens written as
 * {@code word/POS/lemma/head/relation} (head counted from 1 within the sentence, 0 for the root), entities named by
 * their text with an actor code, time expressions by their text and value. No models.
 */
final class LiteralDocument {

    static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 16);

    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final Map<String, Object[]> entities = new LinkedHashMap<>();
    private final List<Object[]> times = new ArrayList<>();
    private final List<Object[]> quotes = new ArrayList<>();

    /** Adds a sentence; each token is {@code word/POS/lemma/head/relation}. */
    LiteralDocument sentence(String... parsed) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        int start = text.length();
        int first = tokens.size();
        int s = sentences.size();
        for (int i = 0; i < parsed.length; i++) {
            String[] f = parsed[i].split("/");
            if (i > 0 && !f[0].matches("[.,;:!?’”]|'s|n't")) {
                text.append(' ');
            }
            int b = text.length();
            text.append(f[0]);
            tokens.add(new Token(tokens.size(), s, new Span(b, text.length()), f[0], f[1], f[2], "O"));
            int head = Integer.parseInt(f[3]);
            dependencies.add(new Dependency(head == 0 ? -1 : first + head - 1, first + i, f[4]));
        }
        sentences.add(new Sentence(s, new Span(start, text.length()), first, tokens.size()));
        return this;
    }

    /** An entity mentioned by every occurrence of each given surface form. */
    LiteralDocument entity(String id, EntityType type, String code, String... surfaces) {
        entities.put(id, new Object[] {type, code, surfaces});
        return this;
    }

    LiteralDocument time(String surface, String value) {
        times.add(new Object[] {surface, value});
        return this;
    }

    /** A quote whose content is {@code content}, said by the entity {@code speaker} named as {@code name}. */
    LiteralDocument quote(String content, String speaker, String name) {
        quotes.add(new Object[] {content, speaker, name});
        return this;
    }

    Document build() {
        String t = text.toString();
        Document d = Document.of(Article.of("literal", t, PUBLISHED));
        List<Entity> es = new ArrayList<>();
        List<Actor> as = new ArrayList<>();
        for (var e : entities.entrySet()) {
            Object[] v = e.getValue();
            List<EntityMention> ms = new ArrayList<>();
            for (String surface : (String[]) v[2]) {
                for (Span span : t.contains(surface) ? occurrences(t, surface) : List.<Span>of()) {
                    ms.add(new EntityMention(span, surface, MentionKind.NAME));
                }
            }
            ms.sort((a, b) -> a.span().compareTo(b.span()));
            es.add(new Entity(e.getKey(), ((String[]) v[2])[0], (EntityType) v[0], ms));
            if (v[1] != null) {
                as.add(new Actor(e.getKey(), ActorCode.parse((String) v[1]), "", null));
            }
        }
        List<TimeExpression> ts = new ArrayList<>();
        for (Object[] x : times) {
            Span span = occurrences(t, (String) x[0]).getFirst();
            int s = d.withSentencesAndTokens(sentences, tokens).sentenceAt(span.start()).orElseThrow().index();
            ts.add(new TimeExpression(span, (String) x[0], TimeExpression.Type.DATE, Timex.of((String) x[1]), s));
        }
        List<Quote> qs = new ArrayList<>();
        for (Object[] x : quotes) {
            Span span = occurrences(t, (String) x[0]).getFirst();
            Span who = occurrences(t, (String) x[2]).getFirst();
            qs.add(new Quote(Quote.Kind.DIRECT, span, (String) x[0], null,
                    new Speaker((String) x[1], (String) x[2], TextRef.of(t, who)), 0));
        }
        return d.withSentencesAndTokens(sentences, tokens).withDependencies(dependencies).withMentions(List.of())
                .withTimes(ts).withEntities(es).withActors(as).withQuotes(qs);
    }

    private static List<Span> occurrences(String text, String needle) {
        List<Span> out = new ArrayList<>();
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + needle.length();
            boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (wordStart && wordEnd) {
                out.add(new Span(i, end));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("'" + needle + "' is not in '" + text + "'");
        }
        return out;
    }
}
