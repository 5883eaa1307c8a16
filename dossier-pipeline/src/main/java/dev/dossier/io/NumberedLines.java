package dev.dossier.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
     * Streams parsed lines of UTF-8 bytes; closing the stream closes the input. Each line is decoded on its own, so a
     * byte that is not UTF-8 costs only its line (reported through {@code error}), and a line longer than
     * {@code maxLineBytes} is skipped without being held in memory. A byte-order mark at the start is dropped.
     *
     * @param name         names the input in positions
     * @param in           the input
     * @param maxLineBytes longest line accepted
     * @param parse        turns a position and a line into a record
     * @param error        turns a position and a reason into a record, for a line that cannot be read
     */
    public static <T> Stream<T> ofUtf8(String name, InputStream in, long maxLineBytes,
                                       BiFunction<String, String, T> parse, BiFunction<String, String, T> error) {
        InputStream input = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
        Lines<T> it = new Lines<>(name) {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

            @Override
            void step(String position) {
                long length = 0;
                boolean any = false;
                line.reset();
                try {
                    int b;
                    while ((b = input.read()) >= 0 && b != '\n') {
                        any = true;
                        if (++length <= maxLineBytes) {
                            line.write(b);
                        }
                    }
                    if (b < 0) {
                        done = true;
                    }
                } catch (IOException e) {
                    next = error.apply(position, "cannot be read (" + e.getMessage() + "); the rest of the file "
                            + "is skipped");
                    done = true;
                    return;
                }
                if (!any) {
                    return;
                }
                if (length > maxLineBytes) {
                    next = error.apply(position, "is " + length + " bytes long, over the limit of " + maxLineBytes
                            + " for one record; the line is skipped");
                    return;
                }
                byte[] bytes = line.toByteArray();
                int start = lineNumber == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
                        && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
                ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
                String text;
                try {
                    text = decoder.reset().decode(buffer).toString();
                } catch (CharacterCodingException e) {
                    next = error.apply(position, "is not valid UTF-8 (bad byte at column " + (buffer.position()
                            - start + 1) + "); the line is skipped");
                    return;
                }
                if (!text.isBlank()) {
                    next = parse.apply(position, text);
                }
            }
        };
        return stream(it, input);
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
        Lines<T> it = new Lines<>(name) {
            @Override
            void step(String position) {
                String line;
                try {
                    line = reader.readLine();
                } catch (CharacterCodingException e) {
                    next = error.apply(position, "is not valid UTF-8; the rest of the file cannot be read");
                    done = true;
                    return;
                } catch (IOException e) {
                    next = error.apply(position, "cannot be read (" + e.getMessage() + "); the rest of the file "
                            + "is skipped");
                    done = true;
                    return;
                }
                if (line == null) {
                    done = true;
                } else if (!line.isBlank()) {
                    next = parse.apply(position, line);
                }
            }
        };
        return stream(it, reader);
    }

    private static <T> Stream<T> stream(Iterator<T> it, Closeable input) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        input.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Reads one line at a time through {@link #step}, which sets {@code next} (a record) or {@code done}. */
    private abstract static class Lines<T> implements Iterator<T> {
        private final String name;
        int lineNumber;
        T next;
        boolean done;

        Lines(String name) {
            this.name = name;
        }

        abstract void step(String position);

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                lineNumber++;
                step(name + ":" + lineNumber);
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
    }
}
