package dev.dossier.places;

import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.MentionKind;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents with tokens and place entities written as literals, for tests of the place stage: one sentence per
 * text line, words and punctuation as tokens, and each named place an entity whose name mentions are every whole-word
 * occurrence of its name.
 */
final class PlaceTexts {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}.'’-]*[\\p{L}\\p{N}]|[^\\s\\p{L}\\p{N}]");

    private PlaceTexts() {
    }

    /**
     * @param text   the article
     * @param ner    the named-entity class of some words ("Georgia" → "STATE_OR_PROVINCE"); others are O
     * @param places entities: name → type
     */
    static Document of(String text, Map<String, String> ner, Map<String, EntityType> places) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            int first = tokens.size();
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                String w = m.group();
                String pos = Character.isUpperCase(w.charAt(0)) ? "NNP" : Character.isLetter(w.charAt(0)) ? "NN" : w;
                tokens.add(new Token(tokens.size(), sentences.size(), new Span(lineStart + m.start(),
                        lineStart + m.end()), w, pos, w, ner.getOrDefault(w, "O")));
            }
            if (tokens.size() > first) {
                sentences.add(new Sentence(sentences.size(), new Span(tokens.get(first).span().start(),
                        tokens.getLast().span().end()), first, tokens.size()));
            }
            lineStart += line.length() + 1;
        }
        List<Entity> entities = new ArrayList<>();
        places.forEach((name, type) -> {
            List<EntityMention> mentions = new ArrayList<>();
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(text);
            while (m.find()) {
                mentions.add(new EntityMention(new Span(m.start(), m.end()), name, MentionKind.NAME));
            }
            if (mentions.isEmpty()) {
                throw new IllegalArgumentException("'" + name + "' is not in the text");
            }
            entities.add(new Entity("e" + entities.size(), name, type, mentions));
        });
        return Document.of(new Article("places", "", text, LocalDate.of(2025, 11, 16), null, null, "en"))
                .withSentencesAndTokens(sentences, tokens).withEntities(entities);
    }
}
