package dev.dossier.model;

import java.util.Objects;

/**
 * One token with its part of speech, lemma and named-entity tag.
 *
 * @param index    position in the document, from 0
 * @param sentence index of the sentence that holds it
 * @param span     characters of the token in the original text
 * @param text     the token as written (equal to the span's text)
 * @param pos      Penn Treebank tag, e.g. {@code NNP}
 * @param lemma    dictionary form, lower-cased for common words
 * @param ner      named-entity class such as {@code PERSON}, or {@code O}
 */
public record Token(int index, int sentence, Span span, String text, String pos, String lemma, String ner)
        implements Annotation {

    public Token {
        Objects.requireNonNull(span, "token span");
        Objects.requireNonNull(text, "token text");
        pos = pos == null ? "" : pos;
        lemma = lemma == null ? text : lemma;
        ner = ner == null ? "O" : ner;
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isPronoun() {
        return pos.equals("PRP") || pos.equals("PRP$");
    }
}
