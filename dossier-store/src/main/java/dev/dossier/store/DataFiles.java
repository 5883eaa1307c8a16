package dev.dossier.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the store's tab-separated reference files; a bad line fails with the file and line named. */
final class DataFiles {

    private DataFiles() {
    }

    /** The rows of a resource beside this class, comments ({@code #}) and blank lines skipped. */
    static List<String[]> rows(String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Reference file " + resource + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != columns || java.util.Arrays.stream(cols).anyMatch(String::isBlank)) {
                    throw new IllegalStateException(resource + ":" + n + ": expected " + columns
                            + " non-empty tab-separated columns, found '" + line + "'");
                }
                out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return out;
    }
}
