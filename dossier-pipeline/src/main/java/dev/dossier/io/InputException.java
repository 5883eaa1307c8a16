package dev.dossier.io;

/** An input cannot be analysed; the message names the input, the problem and what to do. */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String input;

    public InputException(String input, String problem) {
        super(input + ": " + problem);
        this.input = input;
    }

    public String input() {
        return input;
    }

    /** The problem without the input's name. */
    public String problem() {
        return getMessage().substring(input.length() + 2);
    }
}
