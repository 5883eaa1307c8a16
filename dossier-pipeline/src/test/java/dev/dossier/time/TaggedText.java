package dev.dossier.time;

import dev.dossier.model.Article;
import dev.dossier.model.Document;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.Timex;
import dev.dossier.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds documents from literal part-of-speech tagged text, with no models: {@code "He/PRP met/VBD on/IN
 * Sunday/NNP ./."}; a token {@code ./.} ends a sentence. Temporal expressions are given by their words and take the
 * first occurrence not yet used.
 */
final class TaggedText {

    private TaggedText() {
    }

    /** One temporal expression to place: its text, type and the value CoreNLP would have given (may be null). */
    record Time(String text, TimeExpression.Type type, String value) {
        static Time date(String text) {
            return new Time(text, TimeExpression.Type.DATE, null);
        }
    }

    static Document doc(String published, String tagged, Time... times) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int sentenceStart = 0;
        int firstToken = 0;
        for (String item : tagged.trim().split("\\s+")) {
            int slash = item.lastIndexOf('/');
            String word = item.substring(0, slash);
            String pos = item.substring(slash + 1);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            Span span = new Span(text.length(), text.length() + word.length());
            text.append(word);
            tokens.add(new Token(tokens.size(), sentences.size(), span, word, pos, word.toLowerCase(), "O"));
            if (pos.equals(".")) {
                sentences.add(new Sentence(sentences.size(), new Span(sentenceStart, span.end()), firstToken,
                        tokens.size()));
                sentenceStart = span.end() + 1;
                firstToken = tokens.size();
            }
        }
        if (firstToken < tokens.size()) {
            sentences.add(new Sentence(sentences.size(), new Span(sentenceStart, text.length()), firstToken,
                    tokens.size()));
        }
        String s = text.toString();
        List<TimeExpression> found = new ArrayList<>();
        int from = 0;
        for (Time t : times) {
            int start = s.indexOf(t.text(), from);
            if (start < 0) {
                throw new IllegalArgumentException("'" + t.text() + "' is not in '" + s + "' after " + from);
            }
            Span span = new Span(start, start + t.text().length());
            int sentence = sentences.stream().filter(x -> x.span().contains(start)).findFirst().orElseThrow().index();
            found.add(new TimeExpression(span, t.text(), t.type(), t.value() == null ? null : Timex.of(t.value()),
                    sentence));
            from = span.end();
        }
        Article article = Article.of("test", s, published == null ? null : LocalDate.parse(published));
        return Document.of(article).withSentencesAndTokens(sentences, tokens).withTimes(found);
    }
}
