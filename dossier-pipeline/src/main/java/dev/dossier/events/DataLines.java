package dev.dossier.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated data file of the events package: one entry per line, {@code #} comments, blank lines. */
final class DataLines {

    /** One non-comment line, split at tabs, with where it came from. */
    record Line(String file, int number, List<String> fields) {
        String where() {
            return file + ":" + number;
        }
    }

    private DataLines() {
    }

    static List<Line> read(String resource) {
        InputStream in = DataLines.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Data file " + resource + " is missing from the classpath; rebuild Dossier");
        }
        return read(resource, in);
    }

    static List<Line> read(String name, InputStream in) {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String raw;
            int n = 0;
            while ((raw = r.readLine()) != null) {
                n++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = new ArrayList<>();
                for (String f : raw.split("\t", -1)) {
                    fields.add(f.strip());
                }
                out.add(new Line(name, n, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read data file " + name, e);
        }
        return out;
    }
}
