package dev.dossier.pipeline;

/** An annotator could not process one document; the message names the document and the stage. */
public final class AnnotationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AnnotationException(String message, Throwable cause) {
        super(message, cause);
    }
}
