package dev.dossier.store.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rows of a query or an export table: column names and SQL types, and values as JDBC returns them (String, Integer,
 * Long, Double, Boolean, java.time.LocalDate or null).
 *
 * @param name    table name ("events")
 * @param columns the columns in order
 * @param rows    the rows, each as long as {@code columns}
 */
public record Table(String name, List<Column> columns, List<Object[]> rows) {

    /** One column: its name and kind. */
    public record Column(String name, Kind kind) {
        public Column {
            Objects.requireNonNull(name, "column name");
            Objects.requireNonNull(kind, "column kind");
        }
    }

    /** The value kinds a column can hold. */
    public enum Kind { STRING, INT, LONG, DOUBLE, BOOLEAN, DATE }

    public Table {
        columns = List.copyOf(columns);
        rows = new ArrayList<>(rows);
    }

    public int index(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No column '" + column + "' in table " + name);
    }

    public Object value(int row, String column) {
        return rows.get(row)[index(column)];
    }

    public int size() {
        return rows.size();
    }
}
