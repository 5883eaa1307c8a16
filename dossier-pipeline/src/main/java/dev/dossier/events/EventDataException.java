package dev.dossier.events;

import java.util.List;

/**
 * Bad entries in one of the event coder's data files: every problem with its file and line, so a broken table is
 * fixed in one pass rather than one error at a time.
 */
public final class EventDataException extends RuntimeException {

    private final List<String> problems;

    public EventDataException(String file, List<String> problems) {
        super("Bad entries in " + file + " (fix these lines):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line: what is wrong}. */
    public List<String> problems() {
        return problems;
    }
}
