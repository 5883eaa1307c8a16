package dev.dossier.store;

/** The store cannot do what was asked; the message says what failed and, where it can, what to do. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
