package dev.dossier.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The non-blank lines of a line-oriented input (JSON Lines), read lazily, each parsed with its position
 * ({@code file:line}) for messages. A read error ends the stream with one error record instead of an exception, so
 * a batch keeps what it has read.
 */
public final class NumberedLines {

    private NumberedLines() {
    }

    /**
     * Streams parsed lines; closing the stream closes the reader.
     *
     * @param name   names the input in positions
     * @param reader the input
     * @param parse  turns a position and a line into a record
     * @param error  turns a position and a reason into a record, for a read error that ends the input
     */
    public static <T> Stream<T> of(String name, BufferedReader reader, BiFunction<String, String, T> parse,
                                   BiFunction<String, String, T> error) {
        Iterator<T> it = new Iterator<>() {
            private int lineNumber;
            private T next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    lineNumber++;
                    String position = name + ":" + lineNumber;
                    String line;
                    try {
                        line = reader.readLine();
                    } catch (CharacterCodingException e) {
                        next = error.apply(position, "is not valid UTF-8; the rest of the file cannot be read");
                        done = true;
                        break;
                    } catch (IOException e) {
                        next = error.apply(position, "cannot be read (" + e.getMessage() + "); the rest of the file "
                                + "is skipped");
                        done = true;
                        break;
                    }
                    if (line == null) {
                        done = true;
                    } else if (!line.isBlank()) {
                        next = parse.apply(position, line);
                    }
                }
                return next != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T r = next;
                next = null;
                return r;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
