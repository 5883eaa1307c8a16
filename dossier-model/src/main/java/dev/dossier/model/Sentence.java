package dev.dossier.model;

/**
 * A sentence: its span and the range of its tokens in {@link Document#tokens()}.
 *
 * @param index      position in the document, from 0
 * @param span       characters of the sentence
 * @param firstToken index of its first token
 * @param endToken   index one past its last token
 */
public record Sentence(int index, Span span, int firstToken, int endToken) implements Annotation {

    public Sentence {
        if (index < 0 || firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("Invalid sentence " + index + " tokens [" + firstToken + "," + endToken + ")");
        }
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
