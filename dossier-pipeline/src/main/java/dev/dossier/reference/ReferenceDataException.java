package dev.dossier.reference;

/** A reference table has a bad entry; the message names the file and line and says what is wrong. */
public final class ReferenceDataException extends RuntimeException {

    public ReferenceDataException(String message) {
        super(message);
    }

    public ReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
