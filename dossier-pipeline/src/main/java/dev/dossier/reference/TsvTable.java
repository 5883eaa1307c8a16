package dev.dossier.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated reference table: {@code #} starts a comment line, blank lines are skipped, every other line must
 * have exactly the declared number of columns. Values in a column may be lists separated by {@code |}; {@code -}
 * stands for "none".
 *
 * @param source where the rows were read from, for messages ({@code countries.tsv})
 * @param rows   the data rows in file order
 */
public record TsvTable(String source, List<Row> rows) {

    /**
     * One data line.
     *
     * @param source file name, for messages
     * @param line   line number, from 1
     * @param cells  the columns
     */
    public record Row(String source, int line, List<String> cells) {

        public String get(int column) {
            return cells.get(column);
        }

        /** The column split on {@code |}, with {@code -} read as an empty list. */
        public List<String> list(int column) {
            String cell = cells.get(column).trim();
            if (cell.isEmpty() || cell.equals("-")) {
                return List.of();
            }
            return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        /** The column, or the empty string for {@code -}. */
        public String optional(int column) {
            String cell = cells.get(column).trim();
            return cell.equals("-") ? "" : cell;
        }

        /** An exception naming this row's file and line. */
        public ReferenceDataException error(String problem) {
            return new ReferenceDataException(source + ":" + line + ": " + problem + " in line '"
                    + String.join("\\t", cells) + "'");
        }
    }

    public TsvTable {
        rows = List.copyOf(rows);
    }

    /** Reads a table from a resource beside {@code anchor}; fails naming the file and line of a bad row. */
    public static TsvTable resource(Class<?> anchor, String name, int columns) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new ReferenceDataException("Reference table " + name + " is missing from the class path beside "
                    + anchor.getName() + "; the build should have packaged it");
        }
        try (in) {
            return read(in, name, columns);
        } catch (IOException e) {
            throw new ReferenceDataException("Cannot read reference table " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads a table from a stream. */
    public static TsvTable read(InputStream in, String source, int columns) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            Row row = new Row(source, number, cells);
            if (cells.size() != columns) {
                throw row.error("expected " + columns + " tab-separated columns, found " + cells.size());
            }
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).isBlank()) {
                    throw row.error("column " + (i + 1) + " is empty (write - for none)");
                }
            }
            rows.add(row);
        }
        return new TsvTable(source, rows);
    }
}
