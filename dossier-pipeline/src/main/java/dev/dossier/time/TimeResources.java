package dev.dossier.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the time stage's data files from the class path, with one message for a missing or unreadable file. */
final class TimeResources {

    /** Parses a data file; {@code source} names it in messages about bad lines. */
    @FunctionalInterface
    interface Parser<T> {
        T read(InputStream in, String source) throws IOException;
    }

    private TimeResources() {
    }

    static <T> T load(String resource, Parser<T> parser) {
        String source = "dev/dossier/time/" + resource;
        try (InputStream in = TimeResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + source);
            }
            return parser.read(in, source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
    }
}
